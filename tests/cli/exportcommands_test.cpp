#include "journal/journal.h"
#include "support/clirunner.h"
#include "support/samplejournal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class ExportCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto journal = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(journal.ok());
        m_sample = fillSampleJournal(**journal);
        QDir(m_temp.folder()).mkpath(u"out"_s);
    }

    CliRun hoego(QStringList arguments)
    {
        arguments.prepend(m_temp.path());
        arguments.prepend(u"--journal"_s);
        return runHoego(arguments);
    }

    QString out(const QString &name) const { return m_temp.file(u"out/"_s + name); }
    QStringList outFolder() const { return QDir(m_temp.file(u"out"_s)).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden); }

    TempJournal m_temp;
    SampleJournal m_sample;
};

TEST_F(ExportCommands, MarkdownOfAYearPrintsItsFilesAndCount)
{
    const CliRun run = hoego({u"export"_s, u"--format"_s, u"md"_s, u"--year"_s, u"2025"_s, u"-o"_s, out(u"blog"_s), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json().object();
    EXPECT_EQ(json.value(u"entries"_s).toInt(), 3);
    const QJsonArray files = json.value(u"files"_s).toArray();
    ASSERT_EQ(files.size(), 3);
    for (const QJsonValue &file : files) {
        EXPECT_TRUE(file.toString().startsWith(out(u"blog/2025/"_s))) << file.toString().toStdString();
        EXPECT_TRUE(QFileInfo::exists(file.toString()));
    }
    EXPECT_FALSE(QFileInfo::exists(out(u"blog/2024"_s)));
}

TEST_F(ExportCommands, PdfIsMadeWithoutADisplay)
{
    // runHoego clears DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM.
    const CliRun run = hoego({u"export"_s, u"--format"_s, u"pdf"_s, u"--all"_s, u"-o"_s, out(u"회고.pdf"_s), u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonObject json = run.json().object();
    EXPECT_EQ(json.value(u"entries"_s).toInt(), 4);
    EXPECT_EQ(json.value(u"files"_s).toArray(), QJsonArray{out(u"회고.pdf"_s)});
    EXPECT_TRUE(fileBytes(out(u"회고.pdf"_s)).startsWith("%PDF-"));
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        return;
    QProcess text;
    text.start(u"pdftotext"_s, {out(u"회고.pdf"_s), u"-"_s});
    ASSERT_TRUE(text.waitForFinished(30000));
    EXPECT_TRUE(QString::fromUtf8(text.readAllStandardOutput()).contains(u"장마 때문에 조깅을 세 번밖에 못 했다."_s));
}

TEST_F(ExportCommands, PdfOfOneEntryOnLetterPaper)
{
    const CliRun run = hoego({u"export"_s, u"--format=pdf"_s, u"--entry"_s, QString::number(m_sample.july2025), u"--page-size"_s,
                              u"letter"_s, u"-o"_s, out(u"july.pdf"_s)});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.contains(u"Exported 1 entry to "_s)) << run.out.toStdString();
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        return;
    QProcess info;
    info.start(u"pdfinfo"_s, {out(u"july.pdf"_s)});
    ASSERT_TRUE(info.waitForFinished(30000));
    const QString text = QString::fromUtf8(info.readAllStandardOutput());
    EXPECT_TRUE(text.contains(u"(letter)"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"7월 회고"_s)) << "the PDF's title";
}

struct Unwritable {
    const char *name;
    QString format;
    QString target; // under out/, where "blocker" is a file
};

class ExportToUnwritableTarget : public ExportCommands, public ::testing::WithParamInterface<Unwritable>
{
};

TEST_P(ExportToUnwritableTarget, ExitsWithFiveAndLeavesNothing)
{
    QFile blocker(out(u"blocker"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.write("이미 있는 파일");
    blocker.close();
    const CliRun run = hoego({u"export"_s, u"--format"_s, GetParam().format, u"--all"_s, u"-o"_s, out(GetParam().target)});
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_TRUE(run.err.startsWith(u"hoego: "_s));
    EXPECT_EQ(outFolder(), QStringList{u"blocker"_s});
    EXPECT_EQ(fileBytes(out(u"blocker"_s)), QByteArray("이미 있는 파일"));
}

INSTANTIATE_TEST_SUITE_P(Targets, ExportToUnwritableTarget,
                         ::testing::Values(Unwritable{"MarkdownUnderAFile", u"md"_s, u"blocker/blog"_s},
                                           Unwritable{"MarkdownOverAFile", u"md"_s, u"blocker"_s},
                                           Unwritable{"PdfUnderAFile", u"pdf"_s, u"blocker/book.pdf"_s},
                                           Unwritable{"PdfIntoAFolderThatIsMissing", u"pdf"_s, u"missing/book.pdf"_s}),
                         [](const auto &info) { return std::string(info.param.name); });

struct BadUsage {
    const char *name;
    QStringList arguments;
};

class ExportUsage : public ExportCommands, public ::testing::WithParamInterface<BadUsage>
{
};

TEST_P(ExportUsage, ExitsWithTwoAndWritesNothing)
{
    QStringList arguments{u"export"_s};
    for (const QString &argument : GetParam().arguments)
        arguments << (argument == u"OUT"_s ? out(u"x"_s) : argument);
    const CliRun run = hoego(arguments);
    EXPECT_EQ(run.exitCode, 2) << run.err.toStdString();
    EXPECT_FALSE(run.err.isEmpty());
    EXPECT_EQ(outFolder(), QStringList());
}

INSTANTIATE_TEST_SUITE_P(
    Arguments, ExportUsage,
    ::testing::Values(BadUsage{"NoFormat", {u"--all"_s, u"-o"_s, u"OUT"_s}},
                      BadUsage{"UnknownFormat", {u"--format"_s, u"docx"_s, u"--all"_s, u"-o"_s, u"OUT"_s}},
                      BadUsage{"NoSelection", {u"--format"_s, u"md"_s, u"-o"_s, u"OUT"_s}},
                      BadUsage{"TwoSelections", {u"--format"_s, u"md"_s, u"--all"_s, u"--year"_s, u"2025"_s, u"-o"_s, u"OUT"_s}},
                      BadUsage{"NoOutput", {u"--format"_s, u"md"_s, u"--all"_s}},
                      BadUsage{"BadYear", {u"--format"_s, u"md"_s, u"--year"_s, u"올해"_s, u"-o"_s, u"OUT"_s}},
                      BadUsage{"BadPageSize", {u"--format"_s, u"pdf"_s, u"--all"_s, u"--page-size"_s, u"a5"_s, u"-o"_s, u"OUT"_s}},
                      BadUsage{"MissingEntry", {u"--format"_s, u"md"_s, u"--entry"_s, u"999"_s, u"-o"_s, u"OUT"_s}},
                      BadUsage{"EmptyYear", {u"--format"_s, u"pdf"_s, u"--year"_s, u"2019"_s, u"-o"_s, u"OUT"_s}}),
    [](const auto &info) { return std::string(info.param.name); });

TEST_F(ExportCommands, MissingJournalExitsWithThree)
{
    const CliRun run = runHoego({u"--journal"_s, m_temp.file(u"none.sqlite"_s), u"export"_s, u"--format"_s, u"md"_s, u"--all"_s, u"-o"_s,
                                 out(u"blog"_s)});
    EXPECT_EQ(run.exitCode, 3) << run.err.toStdString();
    EXPECT_EQ(outFolder(), QStringList());
    EXPECT_FALSE(QFileInfo::exists(m_temp.file(u"none.sqlite"_s)));
}

} // namespace
