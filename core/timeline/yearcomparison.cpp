#include "yearcomparison.h"

#include "goals/goalstore.h"
#include "journal/entrystore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

Status readKpt(const KptStore &store, YearSide &side, QList<DatedKptItem> *datedProblems)
{
    const KptStore::Filter filter{side.year, side.year, std::nullopt};
    for (const KptSection section : allKptSections) {
        auto items = store.sectionItems(section, filter);
        if (!items)
            return items.error();
        QList<KptItem> &column = section == KptSection::Keep ? side.keep : section == KptSection::Problem ? side.problem : side.tries;
        for (const DatedKptItem &dated : std::as_const(*items))
            column << dated.item;
        if (section == KptSection::Problem && datedProblems)
            *datedProblems = *items;
    }
    return Done{};
}

Status readGoals(const GoalStore &store, YearSide &side)
{
    auto goals = store.list(side.year);
    if (!goals)
        return goals.error();
    side.goals = *goals;
    for (const Goal &goal : side.goals) {
        side.goalsSet += goal.status != GoalStatus::Dropped ? 1 : 0;
        side.goalsMet += goal.status == GoalStatus::Achieved ? 1 : 0;
    }
    return Done{};
}

void readCounts(const QList<YearStats> &stats, YearSide &side)
{
    for (const YearStats &year : stats) {
        if (year.year == side.year) {
            side.entries = year.entries;
            side.chars = year.chars;
        }
    }
}

} // namespace

Result<YearComparison> compareYears(Journal &journal, int first, int second)
{
    if (first == second)
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("YearComparison", "Choose two different years to compare."));
    YearComparison comparison;
    comparison.earlier.year = qMin(first, second);
    comparison.later.year = qMax(first, second);
    const KptStore kpt(journal);
    const GoalStore goals(journal);
    auto stats = EntryStore(journal).yearStats();
    if (!stats)
        return stats.error();
    QList<DatedKptItem> earlierProblems;
    for (YearSide *side : {&comparison.earlier, &comparison.later}) {
        if (Status read = readKpt(kpt, *side, side == &comparison.earlier ? &earlierProblems : nullptr); !read)
            return read.error();
        if (Status read = readGoals(goals, *side); !read)
            return read.error();
        readCounts(*stats, *side);
    }
    comparison.recurring = findRecurringProblems(comparison.later.problem, earlierProblems);
    for (const RecurringProblem &recurring : std::as_const(comparison.recurring)) {
        comparison.recurringProblemIds.insert(recurring.problem.id);
        for (const DatedKptItem &earlier : recurring.earlier)
            comparison.recurringProblemIds.insert(earlier.item.id);
    }
    QSet<qint64> earlierGoalIds;
    for (const Goal &goal : std::as_const(comparison.earlier.goals))
        earlierGoalIds.insert(goal.id);
    for (const Goal &goal : std::as_const(comparison.later.goals)) {
        if (goal.carriedFrom != 0 && earlierGoalIds.contains(goal.carriedFrom))
            comparison.carriedGoalIds << goal.id << goal.carriedFrom;
    }
    return comparison;
}

} // namespace hoego
