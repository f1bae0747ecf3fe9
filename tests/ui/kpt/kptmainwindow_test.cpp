#include "editor/markdowneditor.h"
#include "editor/previewpane.h"
#include "goals/goalspane.h"
#include "goals/goalstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "kpt/kptboard.h"
#include "kpt/kptmodel.h"
#include "mainwindow.h"
#include "markdown/markdownrenderer.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QAction>
#include <QListView>
#include <QTabWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class KptInMainWindow : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
        m_plan = addEntry(*m_journal, EntryKind::Plan, u"2026"_s, u"2026년 계획"_s, u"내년에는 덜 벌이고 더 끝내기.\n"_s);
        m_review = addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"## 올해\n\nApache Beam으로 파이프라인을 옮겼다.\n"_s);
        KptStore store(*m_journal);
        ASSERT_TRUE(store.append(m_review, KptSection::Keep, u"매주 일요일 주간 회고"_s).ok());
        ASSERT_TRUE(store.append(m_review, KptSection::Problem, u"회의가 너무 많았다"_s).ok());
        ASSERT_TRUE(store.append(m_review, KptSection::Try, u"주 3회 50분 조깅"_s).ok());
        m_window = std::make_unique<MainWindow>(*m_journal, m_review);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
    }

    QStringList shown(KptSection section) const
    {
        QStringList texts;
        const KptModel *model = m_window->kptBoard()->model();
        for (const KptItem &item : model->items(section))
            texts << item.text;
        return texts;
    }

    TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    qint64 m_plan = 0;
    qint64 m_review = 0;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(KptInMainWindow, TextAndKptTabsAboveTheEditor)
{
    QTabWidget *tabs = m_window->centreTabs();
    ASSERT_EQ(tabs->count(), 2);
    EXPECT_EQ(tabs->tabText(0), u"Text"_s);
    EXPECT_EQ(tabs->tabText(1), u"KPT"_s);
    EXPECT_TRUE(tabs->widget(0)->isAncestorOf(m_window->editor()));
    EXPECT_TRUE(tabs->widget(0)->isAncestorOf(m_window->preview()));
    EXPECT_EQ(tabs->widget(1), m_window->kptBoard());
}

TEST_F(KptInMainWindow, CtrlShiftKShowsTheBoardOfTheCurrentEntry)
{
    EXPECT_EQ(m_window->kptAction()->shortcut(), QKeySequence(u"Ctrl+Shift+K"_s));
    QTest::keyClick(m_window->editor(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_window->centreTabs()->currentWidget(), m_window->kptBoard());
    EXPECT_TRUE(m_window->kptBoard()->view(KptSection::Keep)->hasFocus());
    EXPECT_EQ(shown(KptSection::Problem), QStringList({u"회의가 너무 많았다"_s}));
}

TEST_F(KptInMainWindow, OpeningAnotherEntryShowsItsItems)
{
    ASSERT_TRUE(m_window->openEntry(m_plan));
    EXPECT_TRUE(shown(KptSection::Keep).isEmpty());
    EXPECT_EQ(m_window->kptBoard()->model()->entryId(), m_plan);
    ASSERT_TRUE(m_window->kptBoard()->model()->addItem(KptSection::Try, u"사이드 프로젝트 하나만"_s));
    ASSERT_TRUE(m_window->openEntry(m_review));
    EXPECT_EQ(shown(KptSection::Try), QStringList({u"주 3회 50분 조깅"_s}));
    const auto planItems = KptStore(*m_journal).items(m_plan);
    ASSERT_EQ(planItems->size(), 1);
}

TEST_F(KptInMainWindow, PreviewShowsTheKptBlockAfterTheBody)
{
    m_window->previewAction()->trigger();
    const QString text = m_window->preview()->browser()->toPlainText();
    const qsizetype body = text.indexOf(u"Apache Beam으로 파이프라인을 옮겼다."_s);
    const qsizetype kpt = text.indexOf(u"KPT"_s);
    EXPECT_TRUE(body >= 0 && kpt > body) << text.toStdString();
    EXPECT_TRUE(text.indexOf(u"회의가 너무 많았다"_s) > kpt);
    QStringList headings;
    for (const RenderedHeading &heading : MarkdownRenderer::headings(*m_window->preview()->browser()->document()))
        headings << heading.text;
    EXPECT_EQ(headings, QStringList({u"올해"_s, u"KPT"_s, u"Keep"_s, u"Problem"_s, u"Try"_s}));

    // A change on the board is in the preview at once, and so is its undo.
    ASSERT_TRUE(m_window->kptBoard()->model()->addItem(KptSection::Try, u"영어 강의 완강"_s));
    EXPECT_TRUE(m_window->preview()->browser()->toPlainText().contains(u"영어 강의 완강"_s));
    m_window->kptBoard()->undoStack()->undo();
    EXPECT_FALSE(m_window->preview()->browser()->toPlainText().contains(u"영어 강의 완강"_s));
}

TEST_F(KptInMainWindow, EntryWithoutItemsHasNoKptBlock)
{
    m_window->previewAction()->trigger();
    ASSERT_TRUE(m_window->openEntry(m_plan));
    EXPECT_TRUE(m_window->preview()->trailingMarkdown().isEmpty());
    EXPECT_FALSE(m_window->preview()->browser()->toPlainText().contains(u"KPT"_s));
}

TEST_F(KptInMainWindow, TryItemBecomesAGoalOfNextYearFromTheBoard)
{
    KptBoard *board = m_window->kptBoard();
    QListView *tries = board->view(KptSection::Try);
    tries->setCurrentIndex(board->model()->index(0, 0, tries->rootIndex()));
    QAction *promote = board->findChild<QAction *>(u"kptPromoteToGoal"_s);
    ASSERT_NE(promote, nullptr);
    promote->trigger();

    auto goals = GoalStore(*m_journal).list(2026);
    ASSERT_TRUE(goals.ok());
    ASSERT_EQ(goals->size(), 1);
    EXPECT_EQ(goals->at(0).title, u"주 3회 50분 조깅"_s);
    EXPECT_EQ(goals->at(0).per, GoalCadence::Week);
    EXPECT_EQ(goals->at(0).originEntry, m_review);
    EXPECT_GT(goals->at(0).originKpt, 0);
}

// Deleting a promoted Try item keeps its goal; undoing the deletion links the goal to it again.
TEST_F(KptInMainWindow, UndoingTheDeletionOfAPromotedItemRestoresTheGoalsLink)
{
    KptBoard *board = m_window->kptBoard();
    QListView *tries = board->view(KptSection::Try);
    const QModelIndex first = board->model()->index(0, 0, tries->rootIndex());
    const qint64 item = first.data(KptModel::ItemIdRole).toLongLong();
    tries->setCurrentIndex(first);
    board->findChild<QAction *>(u"kptPromoteToGoal"_s)->trigger();
    const auto goalOf = [this] {
        auto goals = GoalStore(*m_journal).list(2026);
        EXPECT_TRUE(goals.ok() && goals->size() == 1);
        return goals.ok() && goals->size() == 1 ? goals->first() : Goal();
    };
    ASSERT_EQ(goalOf().originKpt, item);

    ASSERT_TRUE(board->model()->removeItem(board->model()->index(0, 0, tries->rootIndex())));
    EXPECT_EQ(goalOf().originKpt, 0);
    EXPECT_EQ(goalOf().title, u"주 3회 50분 조깅"_s);

    board->undoStack()->undo();
    EXPECT_EQ(goalOf().originKpt, item);
    board->undoStack()->redo();
    EXPECT_EQ(goalOf().originKpt, 0);
}

} // namespace
