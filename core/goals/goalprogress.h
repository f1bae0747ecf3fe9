#pragma once

#include "goal.h"

#include <QList>

namespace hoego
{

// How far a goal has come by a given day, measured from its check-ins.
//
// Count, duration and done goals add up their check-ins against the target. Frequency goals ("주 3회")
// split the goal's year into periods (ISO weeks of the ISO week-year, calendar days or months) and
// count the periods that met the cadence; the running period counts once it is met, an unfinished
// one does not count against the goal. A check-in's amount is added up, except for goals counted in
// sessions (회, 번, times), where each check-in is one session whatever its amount.
struct GoalProgress {
    double fraction = 0;     // 0..1, what the goals pane's bar and the CLI's "progress" show
    double achieved = 0;     // count/duration: the sum so far; frequency: periods met
    int periodsMet = 0;      // frequency goals only
    int periodsElapsed = 0;  // frequency goals: periods finished, plus the running one once met
    int periodsInYear = 0;   // frequency goals: 52 or 53 weeks, 365 or 366 days, 12 months
    int currentStreak = 0;   // frequency goals: met periods in a row, ending now
    int longestStreak = 0;

    // What the year-end review proposes for this progress.
    GoalStatus proposedStatus(const Goal &goal) const;
};

[[nodiscard]] GoalProgress measureProgress(const Goal &goal, const QList<CheckIn> &checkIns, const QDate &today);

// The period a day belongs to for a cadence: its ISO week (as year * 100 + week), its day or month.
// Days of one ISO week share a key across New Year (2026-12-31 and 2027-01-01 are both 2026-W53).
[[nodiscard]] qint64 cadencePeriodKey(GoalCadence cadence, const QDate &date);

} // namespace hoego
