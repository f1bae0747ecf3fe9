#include "backup/backupstore.h"
#include "backup/restoredialog.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QTreeWidget>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// Clicks the button of `role` in the confirmation the dialog is about to show (it is modal).
void answerConfirmation(QWidget *dialog, QMessageBox::ButtonRole role)
{
    QTimer::singleShot(0, dialog, [dialog, role] {
        auto *box = dialog->findChild<QMessageBox *>(u"confirmRestore"_s);
        ASSERT_NE(box, nullptr);
        for (QAbstractButton *button : box->buttons()) {
            if (box->buttonRole(button) == role)
                return button->click();
        }
        FAIL() << "no such button";
    });
}

class RestoreDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
        test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"팀을 옮기고 첫 분기는 적응하느라 바빴다."_s);
        m_settings.folder = m_temp.file(u"backups"_s);
        m_store = std::make_unique<BackupStore>(m_temp.path(), m_settings, [this] { return m_now; });
        ASSERT_TRUE(m_store->make(*m_journal, BackupKind::Manual).ok());
        m_now = m_now.addDays(3);
        test::addEntry(*m_journal, EntryKind::Note, u"2025"_s, u"지운 메모"_s, u"나중에 지울 메모"_s);
        ASSERT_TRUE(m_store->make(*m_journal, BackupKind::BeforeDelete).ok());
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    BackupSettings m_settings;
    QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(21, 5), QTimeZone::UTC);
    std::unique_ptr<BackupStore> m_store;
};

TEST_F(RestoreDialogTest, ListsBackupsNewestFirstWithKindSizeAndEntries)
{
    RestoreDialog dialog(*m_store, *m_journal);
    QAbstractItemModelTester tester(dialog.backupList()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QTreeWidget *list = dialog.backupList();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(0)->text(1), RestoreDialog::kindLabel(BackupKind::BeforeDelete));
    EXPECT_EQ(list->topLevelItem(0)->text(3), u"2"_s);
    EXPECT_EQ(list->topLevelItem(1)->text(1), RestoreDialog::kindLabel(BackupKind::Manual));
    EXPECT_EQ(list->topLevelItem(1)->text(3), u"1"_s);
    EXPECT_EQ(list->topLevelItem(1)->text(0), QLocale().toString(m_now.addDays(-3).toLocalTime(), QLocale::ShortFormat));
    EXPECT_FALSE(list->topLevelItem(0)->text(2).isEmpty());
    EXPECT_FALSE(dialog.restoreButton()->isEnabled()) << "nothing chosen yet";
}

TEST_F(RestoreDialogTest, BackUpNowAddsAVerifiedBackupToTheList)
{
    RestoreDialog dialog(*m_store, *m_journal);
    m_now = m_now.addDays(1);
    QTest::mouseClick(dialog.backUpNowButton(), Qt::LeftButton);
    ASSERT_EQ(dialog.backupList()->topLevelItemCount(), 3);
    const QString path = dialog.backupList()->topLevelItem(0)->data(0, Qt::UserRole).toString();
    EXPECT_TRUE(path.endsWith(u"-manual.sqlite"_s));
    EXPECT_TRUE(BackupStore::verify(path).ok());
}

TEST_F(RestoreDialogTest, RestoreAsksFirstThenChoosesTheSelectedBackup)
{
    RestoreDialog dialog(*m_store, *m_journal);
    dialog.show();
    dialog.backupList()->setCurrentItem(dialog.backupList()->topLevelItem(1));
    ASSERT_TRUE(dialog.restoreButton()->isEnabled());
    answerConfirmation(&dialog, QMessageBox::AcceptRole);
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.chosenBackup(), m_store->list().at(1).path);
}

TEST_F(RestoreDialogTest, CancellingTheConfirmationChoosesNothing)
{
    RestoreDialog dialog(*m_store, *m_journal);
    dialog.show();
    dialog.backupList()->setCurrentItem(dialog.backupList()->topLevelItem(0));
    answerConfirmation(&dialog, QMessageBox::RejectRole);
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.chosenBackup().isEmpty());
}

// File ▸ Restore from Backup… closes the window with the chosen backup: main() then restores and reopens.
TEST_F(RestoreDialogTest, MenuActionClosesTheWindowWithTheChosenBackup)
{
    MainWindow window(*m_journal);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"restoreFromBackup"_s);
    ASSERT_NE(action, nullptr);
    // The window uses the application's backup folder: give it a backup there.
    BackupStore appStore(m_journal->path());
    auto made = appStore.make(*m_journal, BackupKind::Manual);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    QTimer::singleShot(0, &window, [&window] {
        auto *dialog = window.findChild<RestoreDialog *>();
        ASSERT_NE(dialog, nullptr);
        dialog->backupList()->setCurrentItem(dialog->backupList()->topLevelItem(0));
        answerConfirmation(dialog, QMessageBox::AcceptRole);
        dialog->restoreButton()->click();
    });
    action->trigger();
    EXPECT_EQ(window.pendingRestore(), made->path);
    EXPECT_FALSE(window.isVisible());
}

} // namespace
