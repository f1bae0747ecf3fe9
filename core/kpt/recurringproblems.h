#pragma once

#include "common/result.h"
#include "journal/kptstore.h"

#include <QList>
#include <QString>

namespace hoego
{

class Journal;

// How alike two Problem items are, from 0 to 1, for Korean and English: the texts are normalised
// (NFC, case folded, punctuation and spaces dropped, common particles, endings and filler adverbs
// such as 을/를/이/가, 했다/했음/하지, 너무/계속 stripped), then compared as sets of syllables
// (letters) and pairs of neighbouring syllables with the Dice coefficient. Saying the opposite —
// one negated (못, 안, 않았다, not, never…), the other not — halves the score, so "운동을 꾸준히 못
// 했다" stays apart from "운동은 꾸준히 했다".
double problemSimilarity(const QString &a, const QString &b);

// The score from which two problems count as the same one coming back (tuned with the table in
// tests/core/kpt/recurringproblems_test.cpp).
inline constexpr double similarProblemThreshold = 0.55;
bool areSimilarProblems(const QString &a, const QString &b);

// A Problem item of this year and the similar ones of earlier years, oldest first.
struct RecurringProblem {
    KptItem problem;
    QList<DatedKptItem> earlier;
};

// For each of `problems` that resembles any of `earlier`, the resembling ones; problems that are
// new this year are left out.
QList<RecurringProblem> findRecurringProblems(const QList<KptItem> &problems, const QList<DatedKptItem> &earlier);

// The Problem items of the entries of `year` that came back from earlier years.
[[nodiscard]] Result<QList<RecurringProblem>> recurringProblems(Journal &journal, int year);

} // namespace hoego
