#include "editor/markdowneditor.h"
#include "goals/checkindialog.h"
#include "goals/goalspane.h"
#include "goalsfixture.h"
#include "goals/goalsmodel.h"
#include "mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMenuBar>
#include <QTest>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class GoalsWindowTest : public GoalsFixture
{
protected:
    void SetUp() override
    {
        GoalsFixture::SetUp();
        addGoal(u"책 15권 읽기"_s, 2025);
        addGoal(u"주 3회 50분 이상 조깅"_s, 2025);
        addGoal(u"논문 2편 리뷰"_s, 2026);
        m_review = addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"# 2025년 회고\n"_s);
        m_note = addEntry(*m_journal, EntryKind::Note, u"2026-01"_s, u"1월 메모"_s);
        m_window = std::make_unique<MainWindow>(*m_journal, m_review);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    QAction *goalsAction(const QString &text) const
    {
        for (QAction *menu : m_window->menuBar()->actions()) {
            if (menu->text() != u"&Goals"_s || !menu->menu())
                continue;
            for (QAction *action : menu->menu()->actions())
                if (action->text() == text)
                    return action;
        }
        return nullptr;
    }

    qint64 m_review = 0;
    qint64 m_note = 0;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(GoalsWindowTest, GoalsFollowTheYearOfTheEntryShown)
{
    GoalsPane *pane = m_window->goals();
    EXPECT_EQ(pane->year(), 2025);
    EXPECT_EQ(pane->model()->rowCount(), 2);
    ASSERT_TRUE(m_window->openEntry(m_note));
    EXPECT_EQ(pane->year(), 2026);
    ASSERT_EQ(pane->model()->rowCount(), 1);
    EXPECT_EQ(pane->model()->index(0).data(GoalsModel::TitleRole).toString(), u"논문 2편 리뷰"_s);
}

TEST_F(GoalsWindowTest, YearReviewOffersTheGoalReviewWithoutInterruptingTyping)
{
    GoalsPane *pane = m_window->goals();
    EXPECT_TRUE(pane->reviewBar()->isVisible());
    EXPECT_EQ(QApplication::activeModalWidget(), nullptr);
    ASSERT_TRUE(m_window->openEntry(m_note));
    EXPECT_FALSE(pane->reviewBar()->isVisible()) << "a note is not a year review";
}

TEST_F(GoalsWindowTest, GoalsMenuAddsChecksInAndReviews)
{
    QAction *add = goalsAction(u"&Add Goal"_s);
    QAction *checkIn = goalsAction(u"&Check In…"_s);
    QAction *review = goalsAction(u"&Review Year…"_s);
    ASSERT_NE(add, nullptr);
    ASSERT_NE(checkIn, nullptr);
    ASSERT_NE(review, nullptr);
    EXPECT_EQ(checkIn->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    add->trigger();
    EXPECT_TRUE(m_window->goals()->addEdit()->hasFocus());
}

TEST_F(GoalsWindowTest, CtrlShiftCChecksInWhileWriting)
{
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    m_window->editor()->setFocus();
    ASSERT_NE(m_window->goals()->selectedGoalId(), 0);
    QTest::keyClick(m_window->editor(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    auto *dialog = m_window->goals()->findChild<CheckInDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    dialog->accept();
    EXPECT_EQ(m_store->checkIns(m_window->goals()->selectedGoalId())->size(), 1);
}

} // namespace
