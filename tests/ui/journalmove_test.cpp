// Settings ▸ Journal: Move Journal… copies the journal to a new file, checks it, and closes the
// window so that main() reopens on the copy (nothing is ever written over); Open Another Journal…
// closes the window for another journal, but never for a file that is not one.
#include "editor/markdowneditor.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "settings/appsettings.h"
#include "settings/settingsdialog.h"
#include "support/modal.h"
#include "support/tempjournal.h"
#include "support/typing.h"
#include "templates/templatecatalog.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class JournalMoveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_entry = test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s,
                                 u"# 2025년 회고\n\n올해는 Apache Beam 파이프라인을 운영으로 옮겼다.\n"_s);
        m_window = std::make_unique<MainWindow>(*m_journal, m_entry);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QString target() const { return m_temp.file(u"옮긴 곳/hoego.sqlite"_s); }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    qint64 m_entry = 0;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(JournalMoveTest, MovingCopiesEveryWordAndReopensThere)
{
    // Text typed a moment ago, not yet autosaved, moves too.
    m_window->editor()->moveCursor(QTextCursor::End);
    test::typeText(m_window->editor(), u"Quantization 실험은 내년으로 미룬다."_s);
    ASSERT_TRUE(QDir().mkpath(QFileInfo(target()).path()));

    QString question;
    test::answerMessageBox(u"confirmJournalMove"_s, QMessageBox::AcceptRole, &question);
    EXPECT_TRUE(m_window->moveJournal(target()));

    EXPECT_TRUE(question.contains(QFileInfo(target()).absoluteFilePath())) << question.toStdString();
    EXPECT_EQ(m_window->nextJournal(), QFileInfo(target()).absoluteFilePath());
    EXPECT_FALSE(m_window->isVisible());
    EXPECT_EQ(AppSettings::load(QSettings()).journalPath, QFileInfo(target()).absoluteFilePath());
    // main() removes the old file once the window and the journal are closed.
    EXPECT_TRUE(m_window->journalMoved());

    m_window.reset();
    m_journal.reset();
    auto moved = Journal::open(target(), Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    auto entry = EntryStore(**moved).get(m_entry);
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->title, u"2025년 회고"_s);
    EXPECT_TRUE(entry->body.endsWith(u"올해는 Apache Beam 파이프라인을 운영으로 옮겼다.\nQuantization 실험은 내년으로 미룬다."_s))
        << entry->body.toStdString();
}

TEST_F(JournalMoveTest, AnExistingFileIsNeverWrittenOver)
{
    ASSERT_TRUE(QDir().mkpath(QFileInfo(target()).path()));
    QFile other(target());
    ASSERT_TRUE(other.open(QIODevice::WriteOnly));
    other.write("다른 프로그램의 파일");
    other.close();
    const QString settingsBefore = AppSettings::load(QSettings()).journalPath;

    QString problem;
    test::answerMessageBox(u"journalProblem"_s, QMessageBox::AcceptRole, &problem);
    EXPECT_FALSE(m_window->moveJournal(target()));

    EXPECT_TRUE(problem.contains(u"already exists"_s)) << problem.toStdString();
    EXPECT_EQ(test::fileBytes(target()), QByteArray("다른 프로그램의 파일"));
    EXPECT_TRUE(m_window->nextJournal().isEmpty());
    EXPECT_FALSE(m_window->journalMoved());
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_EQ(AppSettings::load(QSettings()).journalPath, settingsBefore);
}

TEST_F(JournalMoveTest, CancellingMovesNothing)
{
    test::answerMessageBox(u"confirmJournalMove"_s, QMessageBox::RejectRole);
    EXPECT_FALSE(m_window->moveJournal(target()));
    EXPECT_FALSE(QFileInfo::exists(target()));
    EXPECT_TRUE(m_window->nextJournal().isEmpty());
    EXPECT_TRUE(m_window->isVisible());
}

TEST_F(JournalMoveTest, AFolderThatCannotBeCreatedIsReportedAndTheWindowStays)
{
    // A path under a regular file: no folder can be made there, not even by root.
    QFile blocker(m_temp.file(u"not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString impossible = m_temp.file(u"not-a-folder/hoego.sqlite"_s);

    test::answerMessageBox(u"confirmJournalMove"_s, QMessageBox::AcceptRole);
    QString problem;
    test::answerMessageBox(u"journalProblem"_s, QMessageBox::AcceptRole, &problem);
    EXPECT_FALSE(m_window->moveJournal(impossible));

    EXPECT_TRUE(problem.contains(u"not moved"_s)) << problem.toStdString();
    EXPECT_TRUE(m_window->nextJournal().isEmpty());
    EXPECT_TRUE(m_window->isVisible());
}

TEST_F(JournalMoveTest, TheSettingsButtonAsksForTheNewPlace)
{
    TemplateCatalog templates(u"ko"_s);
    SettingsDialog dialog(m_window->settings(), templates, m_journal->path());
    QSignalSpy requested(&dialog, &SettingsDialog::moveJournalRequested);
    auto *button = dialog.findChild<QPushButton *>(u"moveJournal"_s);
    ASSERT_NE(button, nullptr);
    const QString chosen = QFileInfo(m_temp.path()).dir().filePath(u"새 일지.sqlite"_s);
    test::whenModalShown<QFileDialog>([chosen](QFileDialog *files) {
        // As a user does: the name typed into the file name box. The dialog selects the journal's
        // own name once its folder has loaded, which may come after this: type until it holds.
        auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
        ASSERT_NE(name, nullptr);
        for (int settled = 0, tries = 0; settled < 3 && tries < 250; ++tries) {
            name->setText(QFileInfo(chosen).fileName());
            QTest::qWait(20);
            settled = files->selectedFiles().value(0) == chosen ? settled + 1 : 0;
        }
        QMetaObject::invokeMethod(files, &QDialog::accept);
    });
    button->click();
    ASSERT_EQ(requested.count(), 1);
    EXPECT_EQ(QFileInfo(requested.at(0).at(0).toString()).absoluteFilePath(), QFileInfo(chosen).absoluteFilePath());
}

TEST_F(JournalMoveTest, AFileThatIsNotAJournalIsRefusedBeforeAnythingCloses)
{
    const QString post = m_temp.file(u"2024-회고.md"_s);
    QFile file(post);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(u"# 2024년 회고\n\n## Keep\n- 아침 독서 30분\n"_s.toUtf8());
    file.close();
    const QByteArray before = test::fileBytes(post);

    QString problem;
    test::answerMessageBox(u"journalProblem"_s, QMessageBox::AcceptRole, &problem);
    EXPECT_FALSE(m_window->openAnotherJournal(post));

    EXPECT_TRUE(problem.contains(u"not a Hoego journal"_s)) << problem.toStdString();
    EXPECT_TRUE(m_window->isVisible());
    EXPECT_TRUE(m_window->nextJournal().isEmpty());
    EXPECT_EQ(test::fileBytes(post), before);
}

TEST_F(JournalMoveTest, AnotherJournalIsOpenedOnceThisOneIsClosed)
{
    const QString other = m_temp.file(u"2019-2023/hoego.sqlite"_s);
    ASSERT_TRUE(Journal::open(other, Journal::OpenMode::CreateIfMissing).ok());

    test::answerMessageBox(u"confirmJournalSwitch"_s, QMessageBox::YesRole);
    EXPECT_TRUE(m_window->openAnotherJournal(other));

    EXPECT_EQ(m_window->nextJournal(), QFileInfo(other).absoluteFilePath());
    EXPECT_FALSE(m_window->journalMoved());
    EXPECT_FALSE(m_window->isVisible());
    EXPECT_EQ(AppSettings::load(QSettings()).journalPath, QFileInfo(other).absoluteFilePath());
    // This journal is left as it is.
    EXPECT_TRUE(QFileInfo::exists(m_temp.path()));
}

} // namespace
