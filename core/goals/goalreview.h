#pragma once

#include "common/result.h"
#include "goalprogress.h"

#include <QList>

#include <optional>

namespace hoego
{

class GoalStore;

// A goal with its progress measured on a given day.
struct GoalStanding {
    Goal goal;
    GoalProgress progress;
};

// The goals of a year with progress, in their order (every year, newest first, when `year` is empty).
[[nodiscard]] Result<QList<GoalStanding>> goalStandings(const GoalStore &store, std::optional<int> year, const QDate &today);

// The year-end review of a year's goals: each with its measured progress and a proposed status,
// and the goals counted by their stored status.
struct YearReview {
    int year = 0;
    QList<GoalStanding> goals;

    int count(GoalStatus status) const;
    // Goals not met that can be carried over to the next year: missed or partly, not yet carried.
    QList<qint64> carryOverCandidates(const QList<Goal> &nextYearGoals) const;
};

[[nodiscard]] Result<YearReview> reviewYear(const GoalStore &store, int year, const QDate &today);

} // namespace hoego
