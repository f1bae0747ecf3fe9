#include "journal/journal.h"
#include "journal/kptstore.h"
#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class KptCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // The journal is closed again before hoego runs: one Hoego at a time may have it open.
        auto journal = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(journal.ok());
        m_entry = addEntry(**journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"올해를 돌아보며.\n"_s);
        m_empty = addEntry(**journal, EntryKind::Month, u"2025-11"_s, u"11월 회고"_s);
        KptStore store(**journal);
        for (const auto &[section, text] : QList<std::pair<KptSection, QString>>{
                 {KptSection::Try, u"주 3회 50분 조깅"_s},
                 {KptSection::Keep, u"매주 일요일 주간 회고"_s},
                 {KptSection::Problem, u"회의가 너무 많았다"_s},
                 {KptSection::Keep, u"Apache Beam 스터디 운영"_s},
                 {KptSection::Try, u"영어 강의 완강"_s}})
            ASSERT_TRUE(store.append(m_entry, section, text).ok());
    }

    CliRun hoego(QStringList arguments) { return runHoego(QStringList{u"--journal"_s, m_temp.path()} + arguments); }

    TempJournal m_temp;
    qint64 m_entry = 0;
    qint64 m_empty = 0;
};

TEST_F(KptCommand, JsonHasTheContractShapeWithItemsInOrder)
{
    const CliRun run = hoego({u"kpt"_s, QString::number(m_entry), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.err.isEmpty());
    EXPECT_EQ(run.json().object(),
              QJsonObject({{u"keep"_s, QJsonArray({u"매주 일요일 주간 회고"_s, u"Apache Beam 스터디 운영"_s})},
                           {u"problem"_s, QJsonArray({u"회의가 너무 많았다"_s})},
                           {u"try"_s, QJsonArray({u"주 3회 50분 조깅"_s, u"영어 강의 완강"_s})}}));
}

TEST_F(KptCommand, ShowJsonCarriesTheSameKpt)
{
    const CliRun kpt = hoego({u"kpt"_s, QString::number(m_entry), u"--json"_s});
    const CliRun show = hoego({u"show"_s, QString::number(m_entry), u"--json"_s});
    ASSERT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_EQ(show.json().object().value(u"kpt"_s).toObject(), kpt.json().object());
}

TEST_F(KptCommand, EntryWithoutItemsGivesThreeEmptyLists)
{
    const CliRun run = hoego({u"kpt"_s, QString::number(m_empty), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.json().object(),
              QJsonObject({{u"keep"_s, QJsonArray()}, {u"problem"_s, QJsonArray()}, {u"try"_s, QJsonArray()}}));
}

TEST_F(KptCommand, ForPeopleThreeTitledLists)
{
    const CliRun run = hoego({u"kpt"_s, QString::number(m_entry)});
    ASSERT_EQ(run.exitCode, 0);
    const qsizetype keep = run.out.indexOf(u"KEEP\n"_s), problem = run.out.indexOf(u"PROBLEM\n"_s), tries = run.out.indexOf(u"TRY\n"_s);
    EXPECT_TRUE(run.out.startsWith(u"2025년 회고"_s)) << run.out.toStdString();
    EXPECT_TRUE(keep >= 0 && keep < problem && problem < tries) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"  - 회의가 너무 많았다\n"_s));
    EXPECT_TRUE(hoego({u"kpt"_s, QString::number(m_empty)}).out.contains(u"PROBLEM\n  (none)\n"_s));
}

TEST_F(KptCommand, UnknownOrMalformedIdIsBadUsage)
{
    const QByteArray before = fileBytes(m_temp.path());
    const CliRun unknown = hoego({u"kpt"_s, u"4242"_s, u"--json"_s});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(unknown.out.isEmpty());
    EXPECT_TRUE(unknown.err.contains(u"4242"_s)) << unknown.err.toStdString();
    EXPECT_EQ(hoego({u"kpt"_s, u"둘"_s}).exitCode, 2);
    EXPECT_EQ(hoego({u"kpt"_s}).exitCode, 2);
    EXPECT_EQ(fileBytes(m_temp.path()), before);
}

TEST_F(KptCommand, MissingJournalIsNotCreated)
{
    const QString missing = m_temp.file(u"nowhere/hoego.sqlite"_s);
    const CliRun run = runHoego({u"kpt"_s, u"1"_s, u"--journal"_s, missing});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_FALSE(QFile::exists(missing));
}

} // namespace
