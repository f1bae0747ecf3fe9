#include "goals/goalstore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

qint64 newEntry(const TempJournal &temp, const QString &kind, const QString &period, const QString &title)
{
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"new"_s, u"--kind"_s, kind, u"--period"_s, period, u"--title"_s, title,
                                 u"--body-file"_s, u"-"_s, u"--json"_s},
                                u"올해의 회고를 적는다."_s.toUtf8());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    return run.json().object().value(u"id"_s).toInteger();
}

TEST(TimelineCommand, PrintsOneRowPerYearNewestFirstAsCliMdSays)
{
    TempJournal temp;
    const qint64 review2024 = newEntry(temp, u"year"_s, u"2024"_s, u"2024년 회고"_s);
    newEntry(temp, u"year"_s, u"2025"_s, u"2025년 회고"_s);
    newEntry(temp, u"month"_s, u"2025-11"_s, u"11월 회고"_s);
    {
        auto journal = Journal::open(temp.path(), Journal::OpenMode::ExistingOnly);
        ASSERT_TRUE(journal.ok());
        KptStore kpt(**journal);
        ASSERT_TRUE(kpt.append(review2024, KptSection::Keep, u"주간 회고 작성"_s).ok());
        ASSERT_TRUE(kpt.append(review2024, KptSection::Problem, u"야근이 잦았다"_s).ok());
        ASSERT_TRUE(kpt.append(review2024, KptSection::Problem, u"운동 부족"_s).ok());
        ASSERT_TRUE(kpt.append(review2024, KptSection::Try, u"저녁 산책"_s).ok());
        GoalStore goals(**journal);
        for (const auto &[sentence, status] : {std::pair{u"책 12권 읽기"_s, GoalStatus::Achieved}, {u"주 3회 조깅"_s, GoalStatus::Missed},
                                               {u"영어 강의 완강"_s, GoalStatus::Dropped}}) {
            auto id = goals.add(Goal::fromParsed(parseGoal(sentence), 2024));
            ASSERT_TRUE(id.ok());
            ASSERT_TRUE(goals.setStatus(*id, status, {}).ok());
        }
    }

    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"timeline"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray years = run.json().array();
    ASSERT_EQ(years.size(), 2);
    const QJsonObject newest = years.at(0).toObject();
    const QJsonObject older = years.at(1).toObject();
    EXPECT_EQ(newest.keys(), (QStringList{u"chars"_s, u"entries"_s, u"goals_met"_s, u"goals_set"_s, u"keep"_s, u"problem"_s,
                                          u"try"_s, u"year"_s}));
    EXPECT_EQ(newest.value(u"year"_s).toInt(), 2025);
    EXPECT_EQ(newest.value(u"entries"_s).toInt(), 2);
    EXPECT_EQ(newest.value(u"chars"_s).toInt(), 2 * 12);
    EXPECT_EQ(older.value(u"year"_s).toInt(), 2024);
    EXPECT_EQ(older.value(u"goals_set"_s).toInt(), 2);
    EXPECT_EQ(older.value(u"goals_met"_s).toInt(), 1);
    EXPECT_EQ(older.value(u"keep"_s).toInt(), 1);
    EXPECT_EQ(older.value(u"problem"_s).toInt(), 2);
    EXPECT_EQ(older.value(u"try"_s).toInt(), 1);

    const CliRun table = runHoego({u"--journal"_s, temp.path(), u"timeline"_s});
    ASSERT_EQ(table.exitCode, 0);
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3) << table.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(u"YEAR"_s));
    EXPECT_TRUE(lines[1].startsWith(u"2025"_s));
    EXPECT_TRUE(lines[2].contains(u"1/2"_s)) << lines[2].toStdString();
}

TEST(TimelineCommand, AnEmptyJournalIsAnEmptyListAndAMissingOneIsNotCreated)
{
    TempJournal temp;
    newEntry(temp, u"note"_s, u"2025-01"_s, u"지울 메모"_s);
    ASSERT_EQ(runHoego({u"--journal"_s, temp.path(), u"delete"_s, u"1"_s}).exitCode, 0);
    const CliRun empty = runHoego({u"--journal"_s, temp.path(), u"timeline"_s, u"--json"_s});
    ASSERT_EQ(empty.exitCode, 0) << empty.err.toStdString();
    EXPECT_TRUE(empty.json().isArray());
    EXPECT_TRUE(empty.json().array().isEmpty());

    const QString missing = temp.file(u"none.sqlite"_s);
    const CliRun run = runHoego({u"--journal"_s, missing, u"timeline"_s});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_FALSE(QFileInfo::exists(missing));
    EXPECT_EQ(runHoego({u"timeline"_s, u"2025"_s}).exitCode, 2);
}

} // namespace
