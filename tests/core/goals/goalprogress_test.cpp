#include "goals/goalprogress.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

Goal weeklyGoal(int year, double timesPerWeek, const QString &unit = u"회"_s)
{
    return Goal::fromParsed(ParsedGoal{u"주 3회 50분 이상 조깅"_s, GoalMeasure::Frequency, timesPerWeek, unit, GoalCadence::Week}, year);
}

// `times` check-ins in the ISO week that holds `day` (Monday onwards).
QList<CheckIn> sessionsInWeekOf(const QDate &day, int times, double amount = 1)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    QList<CheckIn> checkIns;
    for (int i = 0; i < times; ++i)
        checkIns << CheckIn{0, 1, monday.addDays(i * 2 % 7), amount, {}};
    return checkIns;
}

QList<CheckIn> sessionsInWeeks(int year, const QList<int> &weeks, int times)
{
    const QDate january4(year, 1, 4);
    const QDate week1 = january4.addDays(1 - january4.dayOfWeek());
    QList<CheckIn> checkIns;
    for (int week : weeks)
        checkIns << sessionsInWeekOf(week1.addDays(7 * (week - 1)), times);
    return checkIns;
}

TEST(GoalProgress, CountGoalAddsUpCheckInsAgainstTheTarget)
{
    const Goal books = Goal::fromParsed(parseGoal(u"책 15권 읽기"_s), 2025);
    const QList<CheckIn> read = {{0, 1, QDate(2025, 2, 1), 3, {}}, {0, 1, QDate(2025, 6, 1), 4, u"여름휴가"_s}};
    const GoalProgress progress = measureProgress(books, read, QDate(2025, 12, 31));
    EXPECT_DOUBLE_EQ(progress.achieved, 7);
    EXPECT_DOUBLE_EQ(progress.fraction, 7.0 / 15.0);
    EXPECT_EQ(progress.proposedStatus(books), GoalStatus::Partly);
}

TEST(GoalProgress, CountGoalBeyondItsTargetIsFullAndAchieved)
{
    const Goal papers = Goal::fromParsed(parseGoal(u"논문 2편 리뷰"_s), 2025);
    const GoalProgress progress = measureProgress(papers, {{0, 1, QDate(2025, 3, 1), 3, {}}}, QDate(2025, 12, 31));
    EXPECT_DOUBLE_EQ(progress.fraction, 1.0);
    EXPECT_EQ(progress.proposedStatus(papers), GoalStatus::Achieved);
}

TEST(GoalProgress, DoneGoalIsDoneWithItsFirstCheckIn)
{
    const Goal course = Goal::fromParsed(parseGoal(u"영어 강의 완강"_s), 2025);
    ASSERT_EQ(course.measure, GoalMeasure::Done);
    EXPECT_DOUBLE_EQ(measureProgress(course, {}, QDate(2025, 12, 31)).fraction, 0.0);
    EXPECT_EQ(measureProgress(course, {}, QDate(2025, 12, 31)).proposedStatus(course), GoalStatus::Missed);
    EXPECT_DOUBLE_EQ(measureProgress(course, {{0, 1, QDate(2025, 11, 2), 1, u"마지막 강의"_s}}, QDate(2025, 12, 31)).fraction, 1.0);
}

TEST(GoalProgress, SessionGoalsCountCheckInsNotTheirAmounts)
{
    // Someone logs the minutes they ran: each check-in is still one of the three runs of the week.
    const GoalProgress progress = measureProgress(weeklyGoal(2025, 3), sessionsInWeekOf(QDate(2025, 3, 12), 2, 50), QDate(2025, 3, 16));
    EXPECT_EQ(progress.periodsMet, 0);
    EXPECT_EQ(progress.periodsElapsed, 10); // weeks 1-10 finished (all missed), week 11 ends today unmet
}

TEST(GoalProgress, QuantityPerDayAddsUpAmountsWithinTheDay)
{
    const Goal pages = Goal::fromParsed(parseGoal(u"매일 20쪽 읽기"_s), 2025);
    ASSERT_EQ(pages.per, GoalCadence::Day);
    const QList<CheckIn> checkIns = {{0, 1, QDate(2025, 1, 1), 12, {}}, {0, 1, QDate(2025, 1, 1), 8, {}}, {0, 1, QDate(2025, 1, 2), 19, {}}};
    const GoalProgress progress = measureProgress(pages, checkIns, QDate(2025, 1, 3));
    EXPECT_EQ(progress.periodsMet, 1);
    EXPECT_EQ(progress.periodsElapsed, 2); // 3 January is still running and unmet
    EXPECT_DOUBLE_EQ(progress.fraction, 0.5);
}

TEST(GoalProgress, FinishedYearCountsEveryWeekAndTheLongestStreak)
{
    const Goal jogging = weeklyGoal(2025, 3);
    const GoalProgress progress = measureProgress(jogging, sessionsInWeeks(2025, {1, 2, 3, 5, 6, 7, 8, 9, 10}, 3), QDate(2026, 2, 1));
    EXPECT_EQ(progress.periodsInYear, 52);
    EXPECT_EQ(progress.periodsElapsed, 52);
    EXPECT_EQ(progress.periodsMet, 9);
    EXPECT_EQ(progress.longestStreak, 6);
    EXPECT_EQ(progress.currentStreak, 0);
    EXPECT_DOUBLE_EQ(progress.fraction, 9.0 / 52.0);
    EXPECT_EQ(progress.proposedStatus(jogging), GoalStatus::Missed);
}

TEST(GoalProgress, RunningWeekCountsOnceMetAndNeverBreaksTheStreak)
{
    const Goal jogging = weeklyGoal(2026, 3);
    QList<CheckIn> checkIns = sessionsInWeeks(2026, {1, 2, 3, 4}, 3);
    const QDate wednesdayOfWeek5 = QDate(2026, 1, 28);
    ASSERT_EQ(wednesdayOfWeek5.weekNumber(), 5);
    checkIns << CheckIn{0, 1, QDate(2026, 1, 26), 1, {}};

    GoalProgress progress = measureProgress(jogging, checkIns, wednesdayOfWeek5);
    EXPECT_EQ(progress.periodsElapsed, 4);
    EXPECT_EQ(progress.currentStreak, 4);
    EXPECT_DOUBLE_EQ(progress.fraction, 1.0);

    checkIns << CheckIn{0, 1, QDate(2026, 1, 27), 1, {}} << CheckIn{0, 1, QDate(2026, 1, 28), 1, {}};
    progress = measureProgress(jogging, checkIns, wednesdayOfWeek5);
    EXPECT_EQ(progress.periodsElapsed, 5);
    EXPECT_EQ(progress.currentStreak, 5);
}

TEST(GoalProgress, IsoWeeksCrossNewYear)
{
    // 2026 starts on a Thursday, so its ISO year has 53 weeks, and week 53 ends on Sunday 3 January 2027.
    EXPECT_EQ(cadencePeriodKey(GoalCadence::Week, QDate(2026, 12, 31)), cadencePeriodKey(GoalCadence::Week, QDate(2027, 1, 1)));
    EXPECT_EQ(cadencePeriodKey(GoalCadence::Week, QDate(2027, 1, 3)), 202653);
    EXPECT_EQ(cadencePeriodKey(GoalCadence::Week, QDate(2024, 12, 30)), 202501);

    const Goal jogging = weeklyGoal(2026, 3);
    const QList<CheckIn> newYearRuns = {{0, 1, QDate(2026, 12, 31), 1, {}}, {0, 1, QDate(2027, 1, 1), 1, {}}, {0, 1, QDate(2027, 1, 3), 1, {}}};
    const GoalProgress progress = measureProgress(jogging, newYearRuns, QDate(2027, 1, 10));
    EXPECT_EQ(progress.periodsInYear, 53);
    EXPECT_EQ(progress.periodsMet, 1);
    EXPECT_EQ(progress.currentStreak, 1);

    // Runs in the last days of 2025 belong to the first week of 2026.
    const QList<CheckIn> earlyRuns = {{0, 1, QDate(2025, 12, 29), 1, {}}, {0, 1, QDate(2025, 12, 30), 1, {}}, {0, 1, QDate(2026, 1, 2), 1, {}}};
    EXPECT_EQ(measureProgress(jogging, earlyRuns, QDate(2026, 1, 5)).periodsMet, 1);
}

TEST(GoalProgress, LeapYearHasItsLeapDay)
{
    const Goal daily = Goal::fromParsed(parseGoal(u"매일 영어 단어 외우기"_s), 2028);
    ASSERT_EQ(daily.per, GoalCadence::Day);
    const QList<CheckIn> leapDay = {{0, 1, QDate(2028, 2, 29), 1, {}}};
    const GoalProgress progress = measureProgress(daily, leapDay, QDate(2029, 1, 1));
    EXPECT_EQ(progress.periodsInYear, 366);
    EXPECT_EQ(progress.periodsMet, 1);
    EXPECT_EQ(measureProgress(Goal::fromParsed(parseGoal(u"매일 영어 단어 외우기"_s), 2027), {}, QDate(2028, 1, 1)).periodsInYear, 365);
}

TEST(GoalProgress, MonthlyCadenceHasTwelvePeriods)
{
    const Goal meetups = Goal::fromParsed(parseGoal(u"월 2회 스터디 참석"_s), 2025);
    ASSERT_EQ(meetups.per, GoalCadence::Month);
    QList<CheckIn> checkIns;
    for (int month = 1; month <= 12; ++month)
        checkIns << CheckIn{0, 1, QDate(2025, month, 3), 1, {}} << CheckIn{0, 1, QDate(2025, month, 17), 1, {}};
    const GoalProgress progress = measureProgress(meetups, checkIns, QDate(2026, 1, 1));
    EXPECT_EQ(progress.periodsInYear, 12);
    EXPECT_EQ(progress.periodsMet, 12);
    EXPECT_EQ(progress.longestStreak, 12);
    EXPECT_EQ(progress.proposedStatus(meetups), GoalStatus::Achieved);
}

TEST(GoalProgress, NothingElapsesBeforeTheYearStarts)
{
    const GoalProgress progress = measureProgress(weeklyGoal(2027, 3), {}, QDate(2026, 11, 24));
    EXPECT_EQ(progress.periodsElapsed, 0);
    EXPECT_DOUBLE_EQ(progress.fraction, 0.0);
}

TEST(GoalProgress, DroppedGoalIsProposedAsDropped)
{
    Goal books = Goal::fromParsed(parseGoal(u"책 15권 읽기"_s), 2025);
    books.status = GoalStatus::Dropped;
    EXPECT_EQ(measureProgress(books, {}, QDate(2025, 12, 31)).proposedStatus(books), GoalStatus::Dropped);
}

} // namespace
} // namespace hoego
