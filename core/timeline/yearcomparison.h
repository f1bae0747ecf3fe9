#pragma once

#include "common/result.h"
#include "goals/goal.h"
#include "journal/kptstore.h"
#include "kpt/recurringproblems.h"

#include <QList>
#include <QSet>

namespace hoego
{

class Journal;

// One year's side of a comparison: its KPT columns, its goals with their outcomes, and counts.
struct YearSide {
    int year = 0;
    QList<KptItem> keep;
    QList<KptItem> problem;
    QList<KptItem> tries;
    QList<Goal> goals; // in their order, dropped ones included (their outcome is part of the story)
    int entries = 0;
    qint64 chars = 0;
    int goalsSet = 0; // not dropped
    int goalsMet = 0; // achieved
};

// Two years side by side, the earlier first, and what kept coming back from the earlier to the later:
// Problem items that resemble each other (the KPT board's recurring-problems logic) and goals
// carried over.
struct YearComparison {
    YearSide earlier;
    YearSide later;
    QList<RecurringProblem> recurring;  // problems of the later year with their look-alikes in the earlier one
    QSet<qint64> recurringProblemIds;   // both sides' Problem items that appear in `recurring`
    QSet<qint64> carriedGoalIds;        // goals of the earlier year carried into the later, and their carried copies

    bool recurs(qint64 kptItemId) const { return recurringProblemIds.contains(kptItemId); }
};

// Compares two years (in either order; the same year twice is a Usage error).
[[nodiscard]] Result<YearComparison> compareYears(Journal &journal, int first, int second);

} // namespace hoego
