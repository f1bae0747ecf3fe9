#pragma once

#include "goals/goal.h"

#include <QByteArray>
#include <QString>

namespace hoego
{
class GoalStore;
class Journal;
}

namespace hoego::test
{

// A small journal as our users keep one, for the export tests: a Korean 2025 year review with a
// picture, KPT items, the 2025 goals it reviews and a 2026 goal it set; a 2025 month review; a 2024
// year review; an English 2025 note that set an English goal.
struct SampleJournal {
    qint64 review2025 = 0;
    qint64 july2025 = 0;
    qint64 review2024 = 0;
    qint64 englishNote = 0;
    qint64 picture = 0;     // the attachment of review2025
    QByteArray pictureBytes; // its PNG
};

// Fills `journal` (fresh) with the sample; failures are test failures.
SampleJournal fillSampleJournal(Journal &journal);

// Adds a goal parsed from `sentence` like `hoego goal add`, with its origin and status; returns its id
// (0, with a test failure, when it could not).
qint64 addGoal(GoalStore &goals, int year, const QString &sentence, qint64 originEntry, GoalStatus status = GoalStatus::Open);

// A PNG of the given size, one colour with a stripe.
QByteArray samplePng(int width, int height);

} // namespace hoego::test
