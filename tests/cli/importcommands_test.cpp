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

QString fixture(const QString &name)
{
    return QStringLiteral(HOEGO_TEST_DATA "/import/") + name;
}

QJsonObject rowFor(const QJsonArray &rows, const QString &fileName)
{
    for (const QJsonValue &row : rows) {
        if (row.toObject().value(u"path"_s).toString().endsWith(u"/"_s + fileName))
            return row.toObject();
    }
    return {};
}

TEST(ImportCommand, PrintsOneRowPerImportedFileInTheContractShape)
{
    TempJournal temp;
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"import"_s, fixture(u"kpt-headings.md"_s),
                                 fixture(u"good-and-regret.md"_s), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray rows = run.json().array();
    ASSERT_EQ(rows.size(), 2);
    const QJsonObject first = rows.at(0).toObject();
    EXPECT_EQ(QStringList(first.keys()).join(u','),
              u"goals,id,keep,kind,path,period,problem,title,try"_s); // exactly the keys of shared/CLI.md
    EXPECT_EQ(first.value(u"title"_s).toString(), u"2024년 회고"_s);
    EXPECT_EQ(first.value(u"kind"_s).toString(), u"year"_s);
    EXPECT_EQ(first.value(u"period"_s).toString(), u"2024"_s);
    EXPECT_EQ(first.value(u"keep"_s).toInt(), 3);
    EXPECT_EQ(first.value(u"problem"_s).toInt(), 2);
    EXPECT_EQ(first.value(u"try"_s).toInt(), 2);
    EXPECT_EQ(first.value(u"goals"_s).toInt(), 3);
    ASSERT_TRUE(first.value(u"id"_s).isDouble());

    const CliRun shown = runHoego({u"--journal"_s, temp.path(), u"show"_s,
                                   QString::number(first.value(u"id"_s).toInteger()), u"--json"_s});
    ASSERT_EQ(shown.exitCode, 0) << shown.err.toStdString();
    const QJsonObject kpt = shown.json().object().value(u"kpt"_s).toObject();
    EXPECT_EQ(kpt.value(u"keep"_s).toArray().first().toString(), u"매주 금요일 오후에 한 주를 돌아보는 메모를 남겼다"_s);
    EXPECT_EQ(kpt.value(u"try"_s).toArray().size(), 2);
}

TEST(ImportCommand, DryRunShowsWhatWouldBeCreatedAndStoresNothing)
{
    TempJournal temp;
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"import"_s, u"--dry-run"_s, fixture(u"goals-2025.md"_s), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray rows = run.json().array();
    ASSERT_EQ(rows.size(), 1);
    EXPECT_TRUE(rows.at(0).toObject().value(u"id"_s).isNull());
    EXPECT_EQ(rows.at(0).toObject().value(u"kind"_s).toString(), u"plan"_s);
    EXPECT_EQ(rows.at(0).toObject().value(u"goals"_s).toInt(), 3);
    EXPECT_FALSE(QFileInfo::exists(temp.path())) << "a dry run creates no journal";
}

TEST(ImportCommand, AFolderWithBadFilesImportsTheRestAndExitsFour)
{
    TempJournal temp;
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"import"_s, QStringLiteral(HOEGO_TEST_DATA "/import"), u"--json"_s});
    EXPECT_EQ(run.exitCode, 4);
    const QJsonArray rows = run.json().array();
    EXPECT_EQ(rows.size(), 9);
    EXPECT_TRUE(run.err.contains(u"empty.md is empty"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"screenshot-not-text.md is not a text file"_s));
    EXPECT_TRUE(run.err.contains(u"old-euc-kr.txt: decoded as EUC-KR (CP949)"_s));
    EXPECT_EQ(rowFor(rows, u"old-euc-kr.txt"_s).value(u"title"_s).toString(), u"2019년 회고"_s);
    EXPECT_EQ(rowFor(rows, u"blog-copy.txt"_s).value(u"goals"_s).toInt(), 3);

    const CliRun listed = runHoego({u"--journal"_s, temp.path(), u"list"_s, u"--json"_s});
    ASSERT_EQ(listed.exitCode, 0);
    EXPECT_EQ(listed.json().array().size(), 9);
}

TEST(ImportCommand, AMissingPathExitsFourAndSaysWhich)
{
    TempJournal temp;
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"import"_s, temp.file(u"nowhere.md"_s)});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_TRUE(run.err.contains(u"nowhere.md does not exist"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Imported 0 file(s); 1 could not be"_s)) << run.out.toStdString();
}

TEST(ImportCommand, PeopleGetATable)
{
    TempJournal temp;
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"import"_s, fixture(u"kpt-nested-bullets.md"_s)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"2023 하반기 회고"_s));
    EXPECT_TRUE(run.out.contains(u"2023-H2"_s));
    EXPECT_TRUE(run.out.contains(u"Imported 1 file(s)."_s));
}

TEST(ImportCommand, WithoutPathsIsAUsageError)
{
    EXPECT_EQ(runHoego({u"import"_s}).exitCode, 2);
    EXPECT_EQ(runHoego({u"import"_s, u"--nonsense"_s, fixture(u"kpt-headings.md"_s)}).exitCode, 2);
}

} // namespace
