#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

const QString review2025 = u"# 2025년 회고\n\n## 잘한 점\n\n- Apache Beam으로 데이터 파이프라인을 옮겼다.\n"
                           u"- 책을 12권 읽었다.\n\n## 아쉬운 점\n\n- 영어 강의를 끝내지 못했다.\n"_s;

class EntryCommands : public ::testing::Test
{
protected:
    CliRun hoego(QStringList arguments, const QByteArray &input = {})
    {
        arguments.prepend(m_temp.path());
        arguments.prepend(u"--journal"_s);
        return runHoego(arguments, input);
    }

    qint64 newEntry(const QString &kind, const QString &period, const QString &title, const QString &body = {})
    {
        QStringList arguments{u"new"_s, u"--json"_s, u"--kind"_s, kind, u"--period"_s, period, u"--title"_s, title};
        if (!body.isNull())
            arguments << u"--body-file"_s << u"-"_s;
        const CliRun run = hoego(arguments, body.toUtf8());
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.json().object().value(u"id"_s).toInteger();
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(m_temp.file(name));
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        return file.fileName();
    }

    TempJournal m_temp;
};

TEST_F(EntryCommands, NewCreatesTheJournalAndPrintsTheId)
{
    const CliRun run = hoego({u"new"_s, u"--kind"_s, u"year"_s, u"--period"_s, u"2025"_s, u"--title"_s, u"2025년 회고"_s,
                              u"--tag"_s, u"회고"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().object(), QJsonObject({{u"id"_s, 1}}));
    EXPECT_TRUE(QFileInfo::exists(m_temp.path()));
}

TEST_F(EntryCommands, ShowJsonHasTheContractShape)
{
    const qint64 id = newEntry(u"year"_s, u"2025"_s, u"2025년 회고"_s, review2025);
    const CliRun run = hoego({u"show"_s, QString::number(id), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject entry = run.json().object();
    EXPECT_EQ(entry.value(u"id"_s).toInteger(), id);
    EXPECT_EQ(entry.value(u"kind"_s).toString(), u"year"_s);
    EXPECT_EQ(entry.value(u"period"_s).toString(), u"2025"_s);
    EXPECT_EQ(entry.value(u"title"_s).toString(), u"2025년 회고"_s);
    EXPECT_EQ(entry.value(u"body"_s).toString(), review2025);
    EXPECT_TRUE(entry.value(u"tags"_s).isArray());
    const QJsonObject kpt = entry.value(u"kpt"_s).toObject();
    EXPECT_TRUE(kpt.value(u"keep"_s).isArray() && kpt.value(u"problem"_s).isArray() && kpt.value(u"try"_s).isArray());
    EXPECT_TRUE(entry.value(u"goals"_s).isArray());
}

TEST_F(EntryCommands, ShowForPeoplePrintsTitleAndBody)
{
    const qint64 id = newEntry(u"year"_s, u"2025"_s, u"2025년 회고"_s, review2025);
    const CliRun run = hoego({u"show"_s, QString::number(id)});
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(u"2025년 회고\nyear · 2025"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"Apache Beam으로"_s));
}

TEST_F(EntryCommands, ListIsNewestFirstWithTheContractFields)
{
    newEntry(u"year"_s, u"2024"_s, u"2024년 회고"_s, u"작년에는 달리기를 시작했다."_s);
    newEntry(u"year"_s, u"2025"_s, u"2025년 회고"_s, review2025);
    newEntry(u"month"_s, u"2025-07"_s, u"7월 회고"_s, u"휴가"_s);
    const CliRun run = hoego({u"list"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray entries = run.json().array();
    ASSERT_EQ(entries.size(), 3);
    EXPECT_EQ(entries[0].toObject().value(u"title"_s).toString(), u"7월 회고"_s);
    EXPECT_EQ(entries[2].toObject().value(u"title"_s).toString(), u"2024년 회고"_s);
    const QJsonObject first = entries[2].toObject();
    for (const QString &key : {u"id"_s, u"kind"_s, u"period"_s, u"title"_s, u"updated"_s, u"chars"_s})
        EXPECT_TRUE(first.contains(key)) << key.toStdString();
    EXPECT_EQ(first.value(u"chars"_s).toInt(), 15); // 작년에는 달리기를 시작했다. : 4 + 1 + 4 + 1 + 5

    const CliRun filtered = hoego({u"list"_s, u"--json"_s, u"--year"_s, u"2025"_s, u"--kind"_s, u"year"_s});
    ASSERT_EQ(filtered.json().array().size(), 1);
    EXPECT_EQ(filtered.json().array()[0].toObject().value(u"title"_s).toString(), u"2025년 회고"_s);
}

TEST_F(EntryCommands, ListForPeopleAlignsKoreanTitles)
{
    newEntry(u"year"_s, u"2025"_s, u"2025년 회고"_s, review2025);
    newEntry(u"note"_s, u"2025-11"_s, u"메모"_s, u"짧다"_s);
    const CliRun run = hoego({u"list"_s});
    ASSERT_EQ(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(u"ID"_s));
    EXPECT_EQ(lines[1].indexOf(u"메모"_s), lines[0].indexOf(u"TITLE"_s)) << run.out.toStdString();
}

TEST_F(EntryCommands, EditChangesTitleAndBodyAndKeepsARevision)
{
    const qint64 id = newEntry(u"year"_s, u"2025"_s, u"초안"_s, u"첫 문단"_s);
    const CliRun edit = hoego({u"edit"_s, QString::number(id), u"--title"_s, u"2025년 회고"_s, u"--body-file"_s, u"-"_s, u"--json"_s},
                              review2025.toUtf8());
    ASSERT_EQ(edit.exitCode, 0) << edit.err.toStdString();
    EXPECT_EQ(edit.json().object().value(u"id"_s).toInteger(), id);
    const QJsonObject shown = hoego({u"show"_s, QString::number(id), u"--json"_s}).json().object();
    EXPECT_EQ(shown.value(u"title"_s).toString(), u"2025년 회고"_s);
    EXPECT_EQ(shown.value(u"body"_s).toString(), review2025);
}

TEST_F(EntryCommands, DeleteRemovesTheEntry)
{
    const qint64 id = newEntry(u"note"_s, u"2025"_s, u"지울 메모"_s);
    const CliRun run = hoego({u"delete"_s, QString::number(id), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().object().value(u"id"_s).toInteger(), id);
    const CliRun again = hoego({u"show"_s, QString::number(id)});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.err.contains(u"no entry"_s)) << again.err.toStdString();
}

TEST_F(EntryCommands, SearchFindsShortKoreanTermsInsideLongerWords)
{
    const qint64 id = newEntry(u"year"_s, u"2025"_s, u"2025년 회고"_s, review2025);
    newEntry(u"year"_s, u"2024"_s, u"2024년 회고"_s, u"작년에는 달리기를 시작했다."_s);
    const CliRun run = hoego({u"search"_s, u"책"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray hits = run.json().array();
    ASSERT_EQ(hits.size(), 1);
    const QJsonObject hit = hits[0].toObject();
    EXPECT_EQ(hit.value(u"id"_s).toInteger(), id);
    EXPECT_EQ(hit.value(u"period"_s).toString(), u"2025"_s);
    EXPECT_TRUE(hit.value(u"snippet"_s).toString().contains(u"«책»을"_s)) << hit.value(u"snippet"_s).toString().toStdString();

    const CliRun both = hoego({u"search"_s, u"beam"_s, u"영어"_s, u"--json"_s});
    EXPECT_EQ(both.json().array().size(), 1);
    const CliRun phrase = hoego({u"search"_s, u"영어 강의"_s, u"--json"_s});
    EXPECT_EQ(phrase.json().array().size(), 1);
    const CliRun none = hoego({u"search"_s, u"Kubernetes"_s, u"--json"_s});
    EXPECT_EQ(none.exitCode, 0);
    EXPECT_TRUE(none.json().array().isEmpty());
}

TEST_F(EntryCommands, StatsCountsTheTextWithoutMarkdown)
{
    const qint64 id = newEntry(u"note"_s, u"2025"_s, u"메모"_s, u"## 잘한 점\n\n올해는 책을 15권 읽었다.\n"_s);
    const CliRun run = hoego({u"stats"_s, QString::number(id), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject stats = run.json().object();
    // "잘한 점" (4 with the space, 3 without, 2 어절) + "올해는 책을 15권 읽었다." (15, 12, 4)
    EXPECT_EQ(stats.value(u"chars_with_spaces"_s).toInt(), 19);
    EXPECT_EQ(stats.value(u"chars_without_spaces"_s).toInt(), 15);
    EXPECT_EQ(stats.value(u"eojeol"_s).toInt(), 6);
    EXPECT_EQ(stats.value(u"reading_minutes"_s).toInt(), 1);
}

TEST_F(EntryCommands, BodyThatIsNotUtf8IsRefusedWithLineAndByteAndNothingIsWritten)
{
    newEntry(u"note"_s, u"2025"_s, u"기존 메모"_s);
    // Line 2 holds 한글 in EUC-KR, as old Korean Windows files do.
    const QString path = writeFile(u"old.txt"_s, QByteArray("first line\n") + QByteArray("\xc7\xd1\xb1\xdb\n"));
    const QByteArray before = fileBytes(m_temp.path());
    const CliRun run = hoego({u"new"_s, u"--kind"_s, u"note"_s, u"--period"_s, u"2025"_s, u"--title"_s, u"옛 글"_s, u"--body-file"_s, path});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains(u"line 2"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"byte 11"_s)) << run.err.toStdString();
    EXPECT_EQ(fileBytes(m_temp.path()), before);
    EXPECT_EQ(hoego({u"list"_s, u"--json"_s}).json().array().size(), 1);
}

TEST_F(EntryCommands, MissingBodyFileIsAnInputError)
{
    const CliRun run = hoego({u"new"_s, u"--kind"_s, u"note"_s, u"--period"_s, u"2025"_s, u"--title"_s, u"x"_s, u"--body-file"_s,
                              m_temp.file(u"nope.md"_s)});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_FALSE(QFileInfo::exists(m_temp.path())) << "a failed command creates nothing";
}

TEST_F(EntryCommands, UsageErrorsExitTwo)
{
    EXPECT_EQ(hoego({u"new"_s, u"--kind"_s, u"diary"_s, u"--period"_s, u"2025"_s, u"--title"_s, u"x"_s}).exitCode, 2);
    EXPECT_EQ(hoego({u"new"_s, u"--kind"_s, u"year"_s, u"--period"_s, u"작년"_s, u"--title"_s, u"x"_s}).exitCode, 2);
    EXPECT_EQ(hoego({u"new"_s, u"--kind"_s, u"year"_s, u"--period"_s, u"2025"_s}).exitCode, 2);
    EXPECT_EQ(hoego({u"show"_s, u"abc"_s}).exitCode, 2);
    EXPECT_EQ(hoego({u"list"_s, u"--colour"_s}).exitCode, 2);
    EXPECT_FALSE(QFileInfo::exists(m_temp.path()));
}

TEST_F(EntryCommands, ReadingCommandsDoNotCreateAJournal)
{
    const CliRun run = hoego({u"list"_s});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(u"There is no journal"_s)) << run.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(m_temp.path()));
}

TEST_F(EntryCommands, CommandHelpShowsUsage)
{
    const CliRun run = hoego({u"new"_s, u"--help"_s});
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_TRUE(run.out.startsWith(u"Usage: hoego new --kind KIND"_s)) << run.out.toStdString();
}

} // namespace
