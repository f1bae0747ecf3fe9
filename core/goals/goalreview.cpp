#include "goalreview.h"

#include "goalstore.h"

#include <QSet>

#include <algorithm>

namespace hoego
{

Result<QList<GoalStanding>> goalStandings(const GoalStore &store, std::optional<int> year, const QDate &today)
{
    auto goals = store.list(year);
    if (!goals)
        return goals.error();
    QList<GoalStanding> standings;
    standings.reserve(goals->size());
    for (const Goal &goal : *goals) {
        auto checkIns = store.checkIns(goal.id);
        if (!checkIns)
            return checkIns.error();
        standings << GoalStanding{goal, measureProgress(goal, *checkIns, today)};
    }
    return standings;
}

Result<YearReview> reviewYear(const GoalStore &store, int year, const QDate &today)
{
    auto standings = goalStandings(store, year, today);
    if (!standings)
        return standings.error();
    return YearReview{year, *standings};
}

int YearReview::count(GoalStatus status) const
{
    return int(std::count_if(goals.cbegin(), goals.cend(), [status](const GoalStanding &standing) { return standing.goal.status == status; }));
}

QList<qint64> YearReview::carryOverCandidates(const QList<Goal> &nextYearGoals) const
{
    QSet<qint64> carried;
    for (const Goal &next : nextYearGoals)
        carried.insert(next.carriedFrom);
    QList<qint64> candidates;
    for (const GoalStanding &standing : goals) {
        const GoalStatus status = standing.goal.status == GoalStatus::Open ? standing.progress.proposedStatus(standing.goal) : standing.goal.status;
        if ((status == GoalStatus::Missed || status == GoalStatus::Partly) && !carried.contains(standing.goal.id))
            candidates << standing.goal.id;
    }
    return candidates;
}

} // namespace hoego
