#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

TEST(GoalParseCommand, PrintsTheGoalShapeAndStoresNothing)
{
    TempJournal temp;
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"goal"_s, u"parse"_s, u"주 3회 50분 이상 조깅"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject goal = run.json().object();
    EXPECT_EQ(goal.value(u"title"_s).toString(), u"주 3회 50분 이상 조깅"_s);
    EXPECT_EQ(goal.value(u"measure"_s).toString(), u"frequency"_s);
    EXPECT_EQ(goal.value(u"target"_s).toDouble(), 3.0);
    EXPECT_EQ(goal.value(u"unit"_s).toString(), u"회"_s);
    EXPECT_EQ(goal.value(u"per"_s).toString(), u"week"_s);
    EXPECT_EQ(goal.value(u"status"_s).toString(), u"open"_s);
    EXPECT_FALSE(goal.contains(u"id"_s));
    for (const QString &key : {u"year"_s, u"progress"_s, u"origin_entry"_s, u"carried_from"_s})
        EXPECT_TRUE(goal.contains(key)) << key.toStdString();
    EXPECT_FALSE(QFileInfo::exists(temp.path())) << "parsing stores nothing";
}

TEST(GoalParseCommand, ACompletionGoalHasNoTarget)
{
    const CliRun run = runHoego({u"goal"_s, u"parse"_s, u"영어 강의 완강"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().object().value(u"measure"_s).toString(), u"done"_s);
    EXPECT_TRUE(run.json().object().value(u"target"_s).isNull());
    EXPECT_TRUE(run.json().object().value(u"per"_s).isNull());
}

TEST(GoalParseCommand, UsageErrorsExitTwo)
{
    EXPECT_EQ(runHoego({u"goal"_s}).exitCode, 2);
    EXPECT_EQ(runHoego({u"goal"_s, u"parse"_s}).exitCode, 2);
    EXPECT_EQ(runHoego({u"goal"_s, u"frobnicate"_s, u"x"_s}).exitCode, 2);
}

// A journal with goals of 2025 and some check-ins, set up through the command line.
class GoalCommands : public ::testing::Test
{
protected:
    CliRun hoego(QStringList arguments) { return runHoego(QStringList{u"--journal"_s, m_temp.path()} + arguments); }

    qint64 addGoal(const QString &sentence, int year = 2025)
    {
        const CliRun run = hoego({u"goal"_s, u"add"_s, u"--year"_s, QString::number(year), sentence, u"--json"_s});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.json().object().value(u"id"_s).toInteger();
    }

    TempJournal m_temp;
};

TEST_F(GoalCommands, AddStoresTheParsedGoalForItsYear)
{
    const qint64 id = addGoal(u"책 15권 읽고 7권 서평"_s, 2026);
    ASSERT_GT(id, 0);
    const CliRun run = hoego({u"goals"_s, u"--year"_s, u"2026"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray goals = run.json().array();
    ASSERT_EQ(goals.size(), 1);
    const QJsonObject goal = goals.at(0).toObject();
    EXPECT_EQ(goal.value(u"id"_s).toInteger(), id);
    EXPECT_EQ(goal.value(u"year"_s).toInt(), 2026);
    EXPECT_EQ(goal.value(u"title"_s).toString(), u"책 15권 읽고 7권 서평"_s);
    EXPECT_EQ(goal.value(u"target"_s).toDouble(), 15.0);
    EXPECT_EQ(goal.value(u"unit"_s).toString(), u"권"_s);
    EXPECT_EQ(goal.value(u"progress"_s).toDouble(), 0.0);
    EXPECT_TRUE(goal.value(u"carried_from"_s).isNull());
    EXPECT_TRUE(hoego({u"goals"_s, u"--year"_s, u"2025"_s, u"--json"_s}).json().array().isEmpty());
}

TEST_F(GoalCommands, CheckInMovesProgressAndPrintsTheGoal)
{
    const qint64 books = addGoal(u"책 15권 읽기"_s);
    CliRun run = hoego({u"checkin"_s, QString::number(books), u"6"_s, u"--date"_s, u"2025-05-02"_s, u"--note"_s, u"휴가 중 완독"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_DOUBLE_EQ(run.json().object().value(u"progress"_s).toDouble(), 0.4);
    run = hoego({u"checkin"_s, QString::number(books), u"--date"_s, u"2025-06-01"_s, u"--json"_s});
    EXPECT_DOUBLE_EQ(run.json().object().value(u"progress"_s).toDouble(), 7.0 / 15.0) << "the amount defaults to one";
}

TEST_F(GoalCommands, FailedCheckInsChangeNothing)
{
    const qint64 books = addGoal(u"책 15권 읽기"_s);
    const QByteArray before = fileBytes(m_temp.path());
    EXPECT_EQ(hoego({u"checkin"_s, QString::number(books), u"많이"_s}).exitCode, 2);
    EXPECT_EQ(hoego({u"checkin"_s, QString::number(books), u"--date"_s, u"2025-13-01"_s}).exitCode, 2);
    const CliRun missing = hoego({u"checkin"_s, u"4242"_s});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.err.contains(u"no goal 4242"_s)) << missing.err.toStdString();
    EXPECT_EQ(fileBytes(m_temp.path()), before);
    EXPECT_EQ(hoego({u"goal"_s, u"add"_s, u"책 15권 읽기"_s}).exitCode, 2) << "a goal needs its year";
}

TEST_F(GoalCommands, ReviewCountsStatusesAndShowsProgress)
{
    const qint64 jogging = addGoal(u"주 3회 50분 이상 조깅"_s);
    addGoal(u"영어 강의 완강"_s);
    const qint64 papers = addGoal(u"논문 2편 리뷰"_s);
    // Three runs in each of the first ten weeks of 2025 (ISO week 1 starts on Monday 30 December 2024).
    for (int week = 0; week < 10; ++week) {
        for (int day : {0, 2, 4})
            ASSERT_EQ(hoego({u"checkin"_s, QString::number(jogging), u"--date"_s,
                             QDate(2024, 12, 30).addDays(7 * week + day).toString(Qt::ISODate)})
                          .exitCode,
                      0);
    }
    ASSERT_EQ(hoego({u"checkin"_s, QString::number(papers), u"2"_s, u"--date"_s, u"2025-09-09"_s}).exitCode, 0);

    const CliRun run = hoego({u"review"_s, u"2025"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject review = run.json().object();
    EXPECT_EQ(review.value(u"year"_s).toInt(), 2025);
    EXPECT_EQ(review.value(u"open"_s).toInt(), 3);
    EXPECT_EQ(review.value(u"achieved"_s).toInt(), 0);
    const QJsonArray goals = review.value(u"goals"_s).toArray();
    ASSERT_EQ(goals.size(), 3);
    EXPECT_DOUBLE_EQ(goals.at(0).toObject().value(u"progress"_s).toDouble(), 10.0 / 52.0);
    EXPECT_DOUBLE_EQ(goals.at(2).toObject().value(u"progress"_s).toDouble(), 1.0);

    const CliRun human = hoego({u"review"_s, u"2025"_s});
    EXPECT_TRUE(human.out.contains(u"10 of 52 weeks"_s)) << human.out.toStdString();
    const QString papersLine = human.out.split(u'\n').filter(u"논문 2편 리뷰"_s).value(0);
    EXPECT_TRUE(papersLine.contains(u"open    achieved"_s)) << "stored open, proposed achieved: " << papersLine.toStdString();
    EXPECT_EQ(hoego({u"review"_s, u"twenty"_s}).exitCode, 2);
}

TEST_F(GoalCommands, ShowListsTheGoalsOfAYearReview)
{
    const CliRun created = hoego({u"new"_s, u"--kind"_s, u"year"_s, u"--period"_s, u"2025"_s, u"--title"_s, u"2025년 회고"_s, u"--json"_s});
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    addGoal(u"책 15권 읽기"_s);
    addGoal(u"매일 20쪽 읽기"_s, 2026);
    const CliRun run = hoego({u"show"_s, QString::number(created.json().object().value(u"id"_s).toInteger()), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray goals = run.json().object().value(u"goals"_s).toArray();
    ASSERT_EQ(goals.size(), 1);
    EXPECT_EQ(goals.at(0).toObject().value(u"title"_s).toString(), u"책 15권 읽기"_s);
}

} // namespace
