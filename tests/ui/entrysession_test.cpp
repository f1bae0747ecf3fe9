#include "editor/markdowneditor.h"
#include "entries/entrysession.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "support/tempjournal.h"
#include "support/typing.h"
#include "timeline/timelinepane.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QInputMethodEvent>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class EntrySessionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
        m_store = std::make_unique<EntryStore>(*m_journal);
        m_first = create(u"2024"_s, u"2024년 회고"_s, u"작년 이야기"_s);
        m_second = create(u"2025"_s, u"2025년 회고"_s, u"# 2025년 회고\n\n"_s);
        m_window = std::make_unique<MainWindow>(*m_journal, m_second);
        m_window->session()->setAutosaveDelay(100);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        m_window->editor()->setFocus();
    }

    qint64 create(const QString &period, const QString &title, const QString &body)
    {
        return test::addEntry(*m_journal, EntryKind::Year, period, title, body);
    }

    QString stored(qint64 id) { return m_store->get(id)->body; }
    EntrySession *session() { return m_window->session(); }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_first = 0;
    qint64 m_second = 0;
};

TEST_F(EntrySessionTest, OpensTheRequestedEntryWithTheCursorAtTheEnd)
{
    EXPECT_EQ(session()->currentId(), m_second);
    EXPECT_EQ(m_window->editor()->toPlainText(), u"# 2025년 회고\n\n"_s);
    EXPECT_EQ(m_window->editor()->textCursor().position(), m_window->editor()->document()->characterCount() - 1);
    EXPECT_EQ(session()->state(), EntrySession::State::Saved);
}

TEST_F(EntrySessionTest, AutosavesAfterAPauseInTyping)
{
    typeText(m_window->editor(), u"올해는 책을 12권 읽었다."_s);
    EXPECT_EQ(session()->state(), EntrySession::State::Unsaved);
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_EQ(m_window->saveStateLabel()->text(), u"Unsaved changes"_s);
    EXPECT_EQ(stored(m_second), u"# 2025년 회고\n\n"_s) << "not before the pause";
    QSignalSpy saved(session(), &EntrySession::saved);
    ASSERT_TRUE(saved.wait(2000));
    EXPECT_EQ(stored(m_second), u"# 2025년 회고\n\n올해는 책을 12권 읽었다."_s);
    EXPECT_EQ(session()->state(), EntrySession::State::Saved);
    EXPECT_FALSE(m_window->isWindowModified());
    EXPECT_EQ(m_window->saveStateLabel()->text(), u"Saved"_s);
}

TEST_F(EntrySessionTest, HangulBeingComposedIsNotSavedOrDisturbed)
{
    for (const QString &preedit : {u"ㅊ"_s, u"채"_s, u"책"_s}) {
        QInputMethodEvent composing(preedit, {});
        QApplication::sendEvent(m_window->editor(), &composing);
    }
    QTest::qWait(300); // three autosave delays
    EXPECT_EQ(session()->state(), EntrySession::State::Saved) << "a preedit is not a change";
    EXPECT_EQ(m_window->editor()->toPlainText(), u"# 2025년 회고\n\n"_s);
    QInputMethodEvent commit;
    commit.setCommitString(u"책"_s);
    QApplication::sendEvent(m_window->editor(), &commit);
    EXPECT_EQ(session()->state(), EntrySession::State::Unsaved);
    QSignalSpy saved(session(), &EntrySession::saved);
    ASSERT_TRUE(saved.wait(2000));
    EXPECT_EQ(stored(m_second), u"# 2025년 회고\n\n책"_s);
}

TEST_F(EntrySessionTest, SwitchingEntriesSavesAtOnceAndShowsTheOther)
{
    session()->setAutosaveDelay(60000);
    typeText(m_window->editor(), u"잘한 점: 꾸준한 달리기"_s);
    ASSERT_TRUE(m_window->openEntry(m_first));
    EXPECT_EQ(stored(m_second), u"# 2025년 회고\n\n잘한 점: 꾸준한 달리기"_s);
    EXPECT_EQ(m_window->editor()->toPlainText(), u"작년 이야기"_s);
    EXPECT_TRUE(m_window->editor()->hasFocus());
    ASSERT_TRUE(m_window->openEntry(m_second));
    EXPECT_EQ(m_window->editor()->toPlainText(), u"# 2025년 회고\n\n잘한 점: 꾸준한 달리기"_s);
}

TEST_F(EntrySessionTest, ClickingAnEntryInTheListOpensIt)
{
    m_window->timeline()->selectYear(2024);
    QListView *list = m_window->entryList();
    ASSERT_EQ(list->model()->rowCount(), 1);
    list->setCurrentIndex(list->model()->index(0, 0));
    EXPECT_EQ(session()->currentId(), m_first);
    EXPECT_EQ(m_window->editor()->toPlainText(), u"작년 이야기"_s);
}

TEST_F(EntrySessionTest, LosingFocusSaves)
{
    session()->setAutosaveDelay(60000);
    typeText(m_window->editor(), u"Keep: 회고 쓰기"_s);
    m_window->entryList()->setFocus();
    EXPECT_EQ(stored(m_second), u"# 2025년 회고\n\nKeep: 회고 쓰기"_s);
}

TEST_F(EntrySessionTest, ClosingTheWindowSaves)
{
    session()->setAutosaveDelay(60000);
    typeText(m_window->editor(), u"Try: 영어 강의 완강"_s);
    EXPECT_TRUE(m_window->close());
    EXPECT_EQ(stored(m_second), u"# 2025년 회고\n\nTry: 영어 강의 완강"_s);
}

TEST_F(EntrySessionTest, AJournalThatRefusesWritesKeepsTheTextAndSaysSo)
{
    // The journal stops accepting writes, as on a full disk or a read-only mount.
    QSqlQuery(m_journal->database()).exec(u"PRAGMA query_only = ON"_s);
    typeText(m_window->editor(), u"이 문장은 사라지면 안 된다."_s);
    QSignalSpy changed(session(), &EntrySession::stateChanged);
    ASSERT_TRUE(changed.wait(2000));
    EXPECT_EQ(session()->state(), EntrySession::State::Failed);
    EXPECT_TRUE(m_window->isWindowModified());
    EXPECT_EQ(m_window->saveStateLabel()->text(), u"Not saved"_s);
    EXPECT_TRUE(m_window->findChild<QWidget *>(u"saveProblemBar"_s)->isVisible());
    EXPECT_EQ(m_window->editor()->toPlainText(), u"# 2025년 회고\n\n이 문장은 사라지면 안 된다."_s);
    EXPECT_FALSE(m_window->openEntry(m_first)) << "switching away would lose the text";
    EXPECT_EQ(session()->currentId(), m_second);

    // The disk has room again: the next save succeeds and the warning goes.
    QSqlQuery(m_journal->database()).exec(u"PRAGMA query_only = OFF"_s);
    typeText(m_window->editor(), u" 다행이다."_s);
    QSignalSpy saved(session(), &EntrySession::saved);
    ASSERT_TRUE(saved.wait(2000));
    EXPECT_EQ(stored(m_second), u"# 2025년 회고\n\n이 문장은 사라지면 안 된다. 다행이다."_s);
    EXPECT_FALSE(m_window->findChild<QWidget *>(u"saveProblemBar"_s)->isVisible());
}

} // namespace
