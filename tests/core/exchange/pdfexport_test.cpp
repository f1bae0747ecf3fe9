#include "exchange/exportbundle.h"
#include "exchange/pdfexport.h"
#include "journal/journal.h"
#include "markdown/markdownrenderer.h"
#include "support/samplejournal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// Output of a poppler tool (pdftotext, pdffonts, pdfinfo, pdfimages) on `pdf`.
QString poppler(const QString &tool, QStringList arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0)
        return u"(%1 failed: %2)"_s.arg(tool, QString::fromUtf8(process.readAllStandardError()));
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pageText(const QString &pdf, int page)
{
    const QString number = QString::number(page);
    return poppler(u"pdftotext"_s, {u"-f"_s, number, u"-l"_s, number, u"-layout"_s, pdf, u"-"_s});
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(u"Pages:\\s+(\\d+)"_s);
    return pages.match(poppler(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

QList<QTextTable *> tablesOf(QTextFrame *frame)
{
    QList<QTextTable *> tables;
    for (QTextFrame *child : frame->childFrames()) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        tables << tablesOf(child);
    }
    return tables;
}

class PdfExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty() || QStandardPaths::findExecutable(u"pdffonts"_s).isEmpty())
            GTEST_SKIP() << "poppler-utils (pdftotext, pdffonts, pdfinfo) are not installed";
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_sample = test::fillSampleJournal(*m_journal);
        auto collected = collectExport(*m_journal, {}, QDate(2025, 12, 31));
        ASSERT_TRUE(collected.ok());
        m_bundle = *collected;
        QDir(m_temp.folder()).mkpath(u"out"_s);
    }

    QString pdf() const { return m_temp.file(u"out/회고.pdf"_s); }

    QString write(const PdfExportOptions &options = {})
    {
        auto report = PdfExport::write(m_bundle, pdf(), options);
        EXPECT_TRUE(report.ok()) << report.error().message.toStdString();
        // To look at the pages: HOEGO_KEEP_PDF=/tmp/book.pdf, then pdftoppm.
        if (const QString keep = qEnvironmentVariable("HOEGO_KEEP_PDF"); !keep.isEmpty()) {
            QFile::remove(keep);
            QFile::copy(pdf(), keep);
        }
        return pdf();
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    test::SampleJournal m_sample;
    ExportBundle m_bundle;
};

TEST_F(PdfExportTest, KoreanTextComesBackOut)
{
    const QString text = poppler(u"pdftotext"_s, {write(), u"-"_s});
    EXPECT_TRUE(text.contains(u"INT8 양자화를 실제 서비스에 적용하면서"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"2025-Q3 · Note · 2025-09-14 written"_s)) << "digits in Latin runs stay searchable";
    EXPECT_TRUE(text.contains(u"장마 때문에 조깅을 세 번밖에 못 했다."_s));
    EXPECT_TRUE(text.contains(u"Calibration data matters more than the method."_s));
}

TEST_F(PdfExportTest, EveryFontIsEmbedded)
{
    ASSERT_TRUE(MarkdownRenderer::koreanFontInstalled()) << "fonts-noto-cjk is needed for the Korean book";
    const QStringList lines = poppler(u"pdffonts"_s, {write()}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_FALSE(lines.isEmpty());
    bool korean = false;
    for (const QString &line : lines) {
        const QStringList columns = line.simplified().split(u' ');
        // name, type (one or two words), encoding, emb, sub, uni, object, id: "emb" is 5th from the end.
        ASSERT_GE(columns.size(), 7) << line.toStdString();
        EXPECT_EQ(columns.at(columns.size() - 5), u"yes"_s) << "not embedded: " << line.toStdString();
        korean = korean || line.contains(u"CJK"_s);
    }
    EXPECT_TRUE(korean) << "the Noto CJK KR fonts are used";
    // Subsets, not the 20 MB fonts: the whole book stays small.
    EXPECT_LT(QFileInfo(pdf()).size(), 1024 * 1024);
}

TEST_F(PdfExportTest, CoverContentsAndOneChapterPerEntry)
{
    write();
    // Cover, contents, four chapters, the 2025 review with its picture on two pages.
    EXPECT_EQ(pageCount(pdf()), 7);
    const QString cover = pageText(pdf(), 1);
    EXPECT_TRUE(cover.contains(QRegularExpression(u"회고 2024.2025"_s))) << cover.toStdString();
    EXPECT_EQ(pageText(pdf(), 3).simplified().left(8), u"2024년 회고"_s) << "a chapter starts on its own page";
}

TEST_F(PdfExportTest, ContentsListEveryChapterWithItsPage)
{
    write();
    const QString contents = pageText(pdf(), 2);
    EXPECT_TRUE(contents.contains(u"차례"_s)) << contents.toStdString();
    int page = 3;
    for (const ExportedEntry &entry : std::as_const(m_bundle.entries)) {
        const QRegularExpression line(QRegularExpression::escape(entry.entry.title) + u".*\\s%1\\s*$"_s.arg(page),
                                      QRegularExpression::MultilineOption);
        EXPECT_TRUE(line.match(contents).hasMatch()) << entry.entry.title.toStdString() << " on page " << page << " in\n"
                                                     << contents.toStdString();
        EXPECT_TRUE(pageText(pdf(), page).contains(entry.entry.title)) << "page " << page;
        ++page;
    }
}

TEST_F(PdfExportTest, PagesAreNumberedInTheFooterButNotTheCover)
{
    write();
    EXPECT_FALSE(pageText(pdf(), 1).trimmed().endsWith(u'1'));
    for (int page = 2; page <= 7; ++page)
        EXPECT_TRUE(pageText(pdf(), page).trimmed().endsWith(QString::number(page))) << "page " << page;
}

TEST_F(PdfExportTest, KptAndGoalsAreTables)
{
    const ExportedEntry *review = nullptr;
    for (const ExportedEntry &entry : std::as_const(m_bundle.entries))
        review = entry.entry.id == m_sample.review2025 ? &entry : review;
    ASSERT_NE(review, nullptr);
    const QString markdown = PdfExport::chapterMarkdown(*review);
    EXPECT_TRUE(markdown.contains(u"| Keep | Problem | Try |\n|---|---|---|\n| 금요일 회고 메모 | 운동 루틴이 무너졌다 | 출근 전 30분 조깅 |\n"
                                  u"| 논문 읽기 모임 운영 |  | 분기마다 목표 점검 |\n"_s))
        << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(u"## 2025년 목표\n\n| 목표 | 상태 | 진행 |\n|---|---|---|\n| 책 15권 읽기 | 일부 달성 | 7/15 권 |\n"_s));
    const auto document = MarkdownRenderer().render(markdown);
    const QList<QTextTable *> tables = tablesOf(document->rootFrame());
    ASSERT_EQ(tables.size(), 3); // KPT, the 2025 goals, the 2026 goal
    EXPECT_EQ(tables[0]->columns(), 3);
    EXPECT_EQ(tables[0]->rows(), 3);
    const QString text = poppler(u"pdftotext"_s, {write(), u"-"_s});
    EXPECT_TRUE(text.contains(u"일부 달성"_s));
    EXPECT_TRUE(text.contains(u"분기마다 목표 점검"_s));
}

TEST_F(PdfExportTest, AttachedImageIsInTheBook)
{
    if (QStandardPaths::findExecutable(u"pdfimages"_s).isEmpty())
        GTEST_SKIP() << "pdfimages is not installed";
    const QStringList images = poppler(u"pdfimages"_s, {u"-list"_s, write()}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    ASSERT_EQ(images.size(), 1) << images.join(u'\n').toStdString();
    EXPECT_TRUE(images[0].simplified().contains(u" 640 360 "_s)) << "full resolution: " << images[0].toStdString();
}

TEST_F(PdfExportTest, MissingImageSaysSoInTheText)
{
    m_bundle.entries.removeIf([this](const ExportedEntry &entry) { return entry.entry.id != m_sample.review2025; });
    m_bundle.entries[0].attachments.clear();
    const QString text = poppler(u"pdftotext"_s, {write(), u"-"_s});
    EXPECT_TRUE(text.contains(u"워크숍 화이트보드"_s)) << text.toStdString();
}

struct PageSizeCase {
    const char *name;
    QPageSize::PageSizeId size;
    QString pdfinfo;
};

class PdfPageSize : public PdfExportTest, public ::testing::WithParamInterface<PageSizeCase>
{
};

TEST_P(PdfPageSize, EveryPageHasTheChosenSize)
{
    PdfExportOptions options;
    options.pageSize = GetParam().size;
    const QString info = poppler(u"pdfinfo"_s, {u"-l"_s, u"7"_s, write(options)});
    EXPECT_EQ(info.count(GetParam().pdfinfo), 7) << info.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Sizes, PdfPageSize,
                         ::testing::Values(PageSizeCase{"A4", QPageSize::A4, u"(A4)"_s},
                                           PageSizeCase{"Letter", QPageSize::Letter, u"(letter)"_s}),
                         [](const auto &info) { return std::string(info.param.name); });

TEST_F(PdfExportTest, OneEntryIsTitledByIt)
{
    m_bundle.entries.removeIf([this](const ExportedEntry &entry) { return entry.entry.id != m_sample.july2025; });
    EXPECT_EQ(PdfExport::defaultTitle(m_bundle), u"7월 회고"_s);
    write();
    EXPECT_EQ(pageCount(pdf()), 3);
    EXPECT_TRUE(pageText(pdf(), 1).contains(u"7월 회고"_s));
}

TEST_F(PdfExportTest, CancelledExportLeavesNoFile)
{
    auto report = PdfExport::write(m_bundle, pdf(), {}, [](int done, int) { return done < 5; });
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(isExportCancelled(report.error()));
    EXPECT_TRUE(QDir(m_temp.file(u"out"_s)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

TEST_F(PdfExportTest, UnwritableTargetFailsAndLeavesNothing)
{
    auto report = PdfExport::write(m_bundle, m_temp.file(u"out/no-such-folder/회고.pdf"_s));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, Error::Kind::OutputUnwritable);
    EXPECT_TRUE(QDir(m_temp.file(u"out"_s)).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
}

} // namespace
