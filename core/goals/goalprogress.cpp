#include "goalprogress.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Goals counted in sessions: "주 3회 조깅" is met by three check-ins, whatever amount each records.
bool countsSessions(const QString &unit)
{
    static const QSet<QString> sessionUnits = {u"회"_s, u"번"_s, u"차례"_s, u"times"_s, u"time"_s, u"sessions"_s, u"session"_s};
    return sessionUnits.contains(unit.toLower());
}

struct Period {
    QDate first;
    QDate last;
};

// The periods of a goal's year for a cadence, in order.
QList<Period> periodsOfYear(GoalCadence cadence, int year)
{
    QList<Period> periods;
    switch (cadence) {
    case GoalCadence::Week: {
        // ISO week-year: week 1 holds 4 January; 28 December is always in the last week.
        const QDate january4(year, 1, 4);
        const QDate firstMonday = january4.addDays(1 - january4.dayOfWeek());
        const int weeks = QDate(year, 12, 28).weekNumber();
        for (int week = 0; week < weeks; ++week)
            periods << Period{firstMonday.addDays(7 * week), firstMonday.addDays(7 * week + 6)};
        break;
    }
    case GoalCadence::Day:
        for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1))
            periods << Period{day, day};
        break;
    case GoalCadence::Month:
        for (int month = 1; month <= 12; ++month) {
            const QDate first(year, month, 1);
            periods << Period{first, first.addMonths(1).addDays(-1)};
        }
        break;
    case GoalCadence::None:
        break;
    }
    return periods;
}

double amountOf(const Goal &goal, const CheckIn &checkIn)
{
    return countsSessions(goal.unit) ? 1.0 : checkIn.amount;
}

GoalProgress frequencyProgress(const Goal &goal, const QList<CheckIn> &checkIns, const QDate &today)
{
    QHash<qint64, double> done; // period key → amount
    for (const CheckIn &checkIn : checkIns)
        done[cadencePeriodKey(goal.per, checkIn.date)] += amountOf(goal, checkIn);
    const double needed = goal.target.value_or(1.0);

    GoalProgress progress;
    const QList<Period> periods = periodsOfYear(goal.per, goal.year);
    progress.periodsInYear = int(periods.size());
    int run = 0;
    for (const Period &period : periods) {
        if (period.first > today)
            break;
        const bool met = done.value(cadencePeriodKey(goal.per, period.first)) >= needed;
        const bool running = period.last >= today;
        if (running && !met)
            break; // still time left in this period: it neither counts nor breaks the streak
        ++progress.periodsElapsed;
        run = met ? run + 1 : 0;
        progress.periodsMet += met ? 1 : 0;
        progress.longestStreak = std::max(progress.longestStreak, run);
    }
    progress.currentStreak = run;
    progress.achieved = progress.periodsMet;
    progress.fraction = progress.periodsElapsed > 0 ? double(progress.periodsMet) / progress.periodsElapsed : 0.0;
    return progress;
}

} // namespace

qint64 cadencePeriodKey(GoalCadence cadence, const QDate &date)
{
    switch (cadence) {
    case GoalCadence::Week: {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        return qint64(weekYear) * 100 + week;
    }
    case GoalCadence::Month:
        return qint64(date.year()) * 100 + date.month();
    case GoalCadence::Day:
    case GoalCadence::None:
        break;
    }
    return date.toJulianDay();
}

GoalProgress measureProgress(const Goal &goal, const QList<CheckIn> &checkIns, const QDate &today)
{
    if (goal.measure == GoalMeasure::Frequency && goal.per != GoalCadence::None)
        return frequencyProgress(goal, checkIns, today);

    GoalProgress progress;
    for (const CheckIn &checkIn : checkIns)
        progress.achieved += amountOf(goal, checkIn);
    if (goal.measure == GoalMeasure::Done || !goal.target || *goal.target <= 0)
        progress.fraction = progress.achieved > 0 ? 1.0 : 0.0;
    else
        progress.fraction = std::min(1.0, progress.achieved / *goal.target);
    return progress;
}

GoalStatus GoalProgress::proposedStatus(const Goal &goal) const
{
    if (goal.status == GoalStatus::Dropped)
        return GoalStatus::Dropped;
    // Missing a week or two of 52 still reads as "I jogged three times a week".
    const double achievedFrom = goal.measure == GoalMeasure::Frequency ? 0.9 : 1.0;
    if (fraction >= achievedFrom)
        return GoalStatus::Achieved;
    if (fraction >= 0.3)
        return GoalStatus::Partly;
    return GoalStatus::Missed;
}

} // namespace hoego
