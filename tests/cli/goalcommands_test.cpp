#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFileInfo>
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

} // namespace
