#include "exchange/exportdialog.h"
#include "journal/journal.h"
#include "support/samplejournal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class ExportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
        m_sample = test::fillSampleJournal(*m_journal);
        QDir(m_temp.folder()).mkpath(u"out"_s);
    }

    QString out(const QString &name) const { return m_temp.file(u"out/"_s + name); }
    QStringList outTree() const
    {
        QStringList paths;
        QDirIterator it(m_temp.file(u"out"_s), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << QDir(m_temp.file(u"out"_s)).relativeFilePath(it.next());
        paths.sort();
        return paths;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    test::SampleJournal m_sample;
};

TEST_F(ExportDialogTest, OpensOnTheCurrentEntryAndOffersTheYearsWithEntries)
{
    ExportDialog dialog(*m_journal, m_sample.july2025, 2025);
    EXPECT_TRUE(dialog.entryButton()->isChecked());
    ASSERT_EQ(dialog.yearBox()->count(), 2);
    EXPECT_EQ(dialog.yearBox()->currentData().toInt(), 2025);
    EXPECT_EQ(dialog.yearBox()->itemData(1).toInt(), 2024);
    EXPECT_FALSE(dialog.pageSizeBox()->isEnabled()) << "page size is for PDF only";
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"pdf"_s));
    EXPECT_TRUE(dialog.pageSizeBox()->isEnabled());
    EXPECT_TRUE(dialog.targetEdit()->text().endsWith(u".pdf"_s)) << dialog.targetEdit()->text().toStdString();
}

TEST_F(ExportDialogTest, WithoutAnEntryOpenAYearIsChosen)
{
    ExportDialog dialog(*m_journal, std::nullopt, std::nullopt);
    EXPECT_FALSE(dialog.entryButton()->isEnabled());
    EXPECT_TRUE(dialog.yearButton()->isChecked());
}

TEST_F(ExportDialogTest, ExportsAYearAsMarkdownOffTheUiThread)
{
    ExportDialog dialog(*m_journal, m_sample.july2025, 2024);
    dialog.yearButton()->setChecked(true);
    dialog.targetEdit()->clear();
    QTest::keyClicks(dialog.targetEdit(), out(u"blog"_s));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isRunning());
    EXPECT_FALSE(dialog.exportButton()->isEnabled()) << "one export at a time";
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_FALSE(dialog.isRunning());
    EXPECT_EQ(finished.at(0).at(0).toStringList(), QStringList{out(u"blog/2024/2024-12-30-2024년-회고.md"_s)});
    EXPECT_EQ(dialog.progressBar()->value(), dialog.progressBar()->maximum());
    EXPECT_TRUE(dialog.statusLabel()->text().contains(out(u"blog"_s))) << dialog.statusLabel()->text().toStdString();
    EXPECT_TRUE(dialog.exportButton()->isEnabled());
}

TEST_F(ExportDialogTest, ExportsEverythingAsAPdfBook)
{
    ExportDialog dialog(*m_journal, std::nullopt, std::nullopt);
    dialog.allButton()->setChecked(true);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"pdf"_s));
    dialog.targetEdit()->setText(out(u"book.pdf"_s));
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QSignalSpy progressed(dialog.progressBar(), &QProgressBar::valueChanged);
    ASSERT_TRUE(dialog.start());
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.at(0).at(0).toStringList(), QStringList{out(u"book.pdf"_s)});
    EXPECT_TRUE(test::fileBytes(out(u"book.pdf"_s)).startsWith("%PDF-"));
    EXPECT_GE(progressed.size(), 4) << "progress moves entry by entry";
}

TEST_F(ExportDialogTest, CancelLeavesNothingAndSaysSo)
{
    ExportDialog dialog(*m_journal, std::nullopt, std::nullopt);
    dialog.allButton()->setChecked(true);
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(u"pdf"_s));
    dialog.targetEdit()->setText(out(u"book.pdf"_s));
    QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
    ASSERT_TRUE(dialog.start());
    dialog.reject(); // Cancel (Escape) while running cancels the export, not the dialog
    ASSERT_TRUE(failed.wait(20000));
    EXPECT_TRUE(failed.at(0).at(1).toBool()) << failed.at(0).at(0).toString().toStdString();
    EXPECT_EQ(outTree(), QStringList());
    EXPECT_EQ(dialog.statusLabel()->text(), u"Export cancelled; nothing was written."_s);
}

TEST_F(ExportDialogTest, UnwritableTargetIsReportedInTheDialog)
{
    ExportDialog dialog(*m_journal, m_sample.july2025, std::nullopt);
    dialog.targetEdit()->setText(out(u"missing/folder/blog"_s));
    QSignalSpy failed(&dialog, &ExportDialog::exportFailed);
    ASSERT_TRUE(dialog.start());
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_FALSE(failed.at(0).at(1).toBool());
    EXPECT_TRUE(dialog.statusLabel()->text().contains(u"does not exist"_s)) << dialog.statusLabel()->text().toStdString();
    EXPECT_EQ(outTree(), QStringList());
}

} // namespace
