#include "exchange/importdialog.h"
#include "exchange/importpreviewmodel.h"
#include "goals/goalstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

QString fixture(const QString &name)
{
    return QStringLiteral(HOEGO_TEST_DATA "/import/") + name;
}

class ImportDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_dialog = std::make_unique<ImportDialog>(*m_journal);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_dialog->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void preview(const QStringList &paths)
    {
        QSignalSpy ready(m_dialog.get(), &ImportDialog::previewReady);
        m_dialog->addPaths(paths);
        ASSERT_TRUE(ready.wait(10000));
    }

    void importAndWait()
    {
        QSignalSpy finished(m_dialog.get(), &ImportDialog::importFinished);
        QTest::mouseClick(m_dialog->importButton(), Qt::LeftButton);
        ASSERT_TRUE(finished.wait(10000));
    }

    int rowOf(const QString &fileName) const
    {
        ImportPreviewModel *model = m_dialog->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, ImportPreviewModel::FileColumn).data().toString() == fileName)
                return row;
        }
        return -1;
    }

    QList<EntrySummary> entries() { return *EntryStore(*m_journal).list(); }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<ImportDialog> m_dialog;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(ImportDialogTest, PreviewListsWhatWillBeCreatedAndWhyBadFilesCannotBe)
{
    preview({QStringLiteral(HOEGO_TEST_DATA "/import")});
    ImportPreviewModel *model = m_dialog->model();
    ASSERT_EQ(model->rowCount(), 11);
    const int headings = rowOf(u"kpt-headings.md"_s);
    ASSERT_GE(headings, 0);
    EXPECT_EQ(model->index(headings, ImportPreviewModel::TitleColumn).data().toString(), u"2024년 회고"_s);
    EXPECT_EQ(model->index(headings, ImportPreviewModel::PeriodColumn).data().toString(), u"2024"_s);
    EXPECT_EQ(model->index(headings, ImportPreviewModel::KeepColumn).data().toInt(), 3);
    EXPECT_EQ(model->index(headings, ImportPreviewModel::GoalsColumn).data().toInt(), 3);
    EXPECT_EQ(model->index(headings, ImportPreviewModel::TitleColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    const int binary = rowOf(u"screenshot-not-text.md"_s);
    EXPECT_TRUE(model->index(binary, ImportPreviewModel::NoteColumn).data().toString().contains(u"looks binary"_s));
    EXPECT_FALSE(model->flags(model->index(binary, ImportPreviewModel::TitleColumn)) & Qt::ItemIsUserCheckable);
    EXPECT_FALSE(model->isChecked(binary));
    EXPECT_EQ(model->index(rowOf(u"old-euc-kr.txt"_s), ImportPreviewModel::NoteColumn).data().toString(), u"Read as EUC-KR (CP949)"_s);
    EXPECT_TRUE(m_dialog->importButton()->isEnabled());
    EXPECT_TRUE(entries().isEmpty()) << "the preview stores nothing";
}

TEST_F(ImportDialogTest, EditedTitleAndUncheckedRowAreRespected)
{
    preview({fixture(u"kpt-headings.md"_s), fixture(u"good-and-regret.md"_s), fixture(u"goals-2025.md"_s)});
    ImportPreviewModel *model = m_dialog->model();
    ASSERT_EQ(model->rowCount(), 3);

    // Edit the first title through the table's editor, as a user would.
    const QModelIndex title = model->index(0, ImportPreviewModel::TitleColumn);
    m_dialog->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(m_dialog.get()));
    m_dialog->table()->setCurrentIndex(title);
    m_dialog->table()->edit(title);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(editor, nullptr);
    editor->selectAll();
    QInputMethodEvent typed; // Hangul arrives from the input method as committed text
    typed.setCommitString(u"2024년, 이직한 해"_s);
    QApplication::sendEvent(editor, &typed);
    QTest::keyClick(editor, Qt::Key_Return);
    EXPECT_FALSE(m_dialog->isBusy()) << "Return commits the title; it does not start the import";
    QApplication::processEvents(); // the delegate commits on the next turn
    EXPECT_EQ(title.data().toString(), u"2024년, 이직한 해"_s);

    ASSERT_TRUE(model->setData(model->index(1, ImportPreviewModel::TitleColumn), Qt::Unchecked, Qt::CheckStateRole));
    importAndWait();

    const QList<EntrySummary> stored = entries();
    QStringList titles;
    for (const EntrySummary &entry : stored)
        titles << entry.title;
    titles.sort();
    EXPECT_EQ(titles, (QStringList{u"2024년, 이직한 해"_s, u"2025년 계획"_s}));
    EXPECT_TRUE(model->index(0, ImportPreviewModel::NoteColumn).data().toString().startsWith(u"Imported as entry"_s));
    EXPECT_TRUE(m_dialog->statusLabel()->text().contains(u"Imported 2 entries"_s)) << m_dialog->statusLabel()->text().toStdString();
    EXPECT_FALSE(m_dialog->importButton()->isEnabled()) << "imported rows are not offered again";
}

TEST_F(ImportDialogTest, ChangingThePeriodMovesTheGoalsWithIt)
{
    preview({fixture(u"kpt-headings.md"_s)});
    ImportPreviewModel *model = m_dialog->model();
    EXPECT_FALSE(model->setData(model->index(0, ImportPreviewModel::PeriodColumn), u"someday"_s));
    ASSERT_TRUE(model->setData(model->index(0, ImportPreviewModel::PeriodColumn), u"2023"_s));
    ASSERT_TRUE(model->setData(model->index(0, ImportPreviewModel::KindColumn), u"year"_s));
    importAndWait();
    EXPECT_EQ(entries().first().period.text, u"2023"_s);
    EXPECT_EQ(GoalStore(*m_journal).list(2024)->size(), 3) << "next year's goals of a 2023 review are for 2024";
}

TEST_F(ImportDialogTest, CancelStopsBeforeTheNextFile)
{
    preview({fixture(u"kpt-headings.md"_s), fixture(u"good-and-regret.md"_s)});
    QSignalSpy finished(m_dialog.get(), &ImportDialog::importFinished);
    m_dialog->startImport();
    EXPECT_TRUE(m_dialog->isBusy());
    m_dialog->cancelWork();
    ASSERT_TRUE(finished.wait(10000));
    EXPECT_EQ(finished.first().at(0).toInt(), 0);
    EXPECT_TRUE(entries().isEmpty());
    EXPECT_TRUE(m_dialog->statusLabel()->text().contains(u"Cancelled"_s));
}

TEST(ImportMenu, FileMenuOffersImport)
{
    test::TempJournal temp;
    auto journal = Journal::open(temp.path(), Journal::OpenMode::CreateIfMissing);
    ASSERT_TRUE(journal.ok());
    MainWindow window(**journal);
    QStringList actions;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() == u"&File"_s) {
            for (QAction *action : menu->menu()->actions())
                actions << action->text();
        }
    }
    EXPECT_TRUE(actions.contains(u"&Import…"_s)) << actions.join(u", "_s).toStdString();
}

} // namespace
