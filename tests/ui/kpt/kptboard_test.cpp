#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "kpt/kptboard.h"
#include "kpt/kptmodel.h"
#include "support/tempjournal.h"
#include "support/typing.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

constexpr auto ctrlAlt = Qt::ControlModifier | Qt::AltModifier;

class KptBoardTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
        const qint64 earlier = addEntry(*m_journal, EntryKind::Year, u"2024"_s, u"2024년 회고"_s);
        m_entryId = addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s);
        KptStore store(*m_journal);
        ASSERT_TRUE(store.append(earlier, KptSection::Problem, u"운동을 꾸준히 못 했다"_s).ok());
        for (const QString &text : {u"아침 7시 기상"_s, u"주간 회고 쓰기"_s})
            ASSERT_TRUE(store.append(m_entryId, KptSection::Keep, text).ok());
        ASSERT_TRUE(store.append(m_entryId, KptSection::Problem, u"회의가 너무 많았다"_s).ok());
        m_board = std::make_unique<KptBoard>(*m_journal);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_board->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_board->resize(900, 500);
        m_board->setEntry(*entry(m_entryId));
        m_board->show();
        ASSERT_TRUE(QTest::qWaitForWindowActive(m_board.get()));
    }

    Result<Entry> entry(qint64 id) { return EntryStore(*m_journal).get(id); }

    QStringList stored(KptSection section)
    {
        QStringList texts;
        const auto items = KptStore(*m_journal).items(m_entryId); // kept: the loop reads into it
        for (const KptItem &item : *items) {
            if (item.section == section)
                texts << item.text;
        }
        return texts;
    }

    QStringList shown(KptSection section)
    {
        QStringList texts;
        QListView *view = m_board->view(section);
        for (int row = 0; row < view->model()->rowCount(view->rootIndex()); ++row)
            texts << view->model()->index(row, 0, view->rootIndex()).data().toString();
        return texts;
    }

    void focusItem(KptSection section, int row)
    {
        QListView *view = m_board->view(section);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, 0, view->rootIndex()));
    }

    TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    qint64 m_entryId = 0;
    std::unique_ptr<KptBoard> m_board;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(KptBoardTest, ThreeColumnsWithTitlesAndCounts)
{
    EXPECT_EQ(m_board->header(KptSection::Keep)->text(), u"Keep · 2"_s);
    EXPECT_EQ(m_board->header(KptSection::Problem)->text(), u"Problem · 1"_s);
    EXPECT_EQ(m_board->header(KptSection::Try)->text(), u"Try · 0"_s);
    EXPECT_EQ(shown(KptSection::Keep), QStringList({u"아침 7시 기상"_s, u"주간 회고 쓰기"_s}));
}

TEST_F(KptBoardTest, EnterOnAColumnThenTypingAddsAnItem)
{
    focusItem(KptSection::Try, 0);
    QTest::keyClick(m_board->view(KptSection::Try), Qt::Key_Return);
    QLineEdit *field = m_board->addField(KptSection::Try);
    ASSERT_TRUE(field->hasFocus());
    typeText(field, u"주 3회 50분 조깅"_s);
    composeSyllable(field, {u"ㅎ"_s, u"하"_s, u"함"_s}); // a syllable still composed when Enter comes
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_EQ(stored(KptSection::Try), QStringList({u"주 3회 50분 조깅함"_s}));
    EXPECT_EQ(m_board->header(KptSection::Try)->text(), u"Try · 1"_s);
    EXPECT_TRUE(field->text().isEmpty());
    EXPECT_TRUE(field->hasFocus()); // ready for the next one
}

TEST_F(KptBoardTest, F2EditsInPlaceAndSaves)
{
    focusItem(KptSection::Keep, 1);
    QTest::keyClick(m_board->view(KptSection::Keep), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_TRUE(editor);
    editor->selectAll();
    typeText(editor, u"일요일 밤에 주간 회고 쓰기"_s);
    QTest::keyClick(editor, Qt::Key_Return);
    EXPECT_EQ(stored(KptSection::Keep), QStringList({u"아침 7시 기상"_s, u"일요일 밤에 주간 회고 쓰기"_s}));
}

TEST_F(KptBoardTest, DeleteRemovesAndUndoBringsItBack)
{
    focusItem(KptSection::Keep, 0);
    QTest::keyClick(m_board->view(KptSection::Keep), Qt::Key_Delete);
    EXPECT_EQ(stored(KptSection::Keep), QStringList({u"주간 회고 쓰기"_s}));
    QTest::keyClick(m_board->view(KptSection::Keep), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(KptSection::Keep), QStringList({u"아침 7시 기상"_s, u"주간 회고 쓰기"_s}));
    QTest::keyClick(m_board->view(KptSection::Keep), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(stored(KptSection::Keep), QStringList({u"주간 회고 쓰기"_s}));
}

TEST_F(KptBoardTest, KeyboardMovesAcrossAndWithinColumns)
{
    focusItem(KptSection::Keep, 0);
    QTest::keyClick(m_board->view(KptSection::Keep), Qt::Key_Right, ctrlAlt);
    EXPECT_EQ(stored(KptSection::Problem), QStringList({u"아침 7시 기상"_s, u"회의가 너무 많았다"_s}));
    // The moved item stays current, in its new column, so the next key moves it again.
    QListView *problems = m_board->view(KptSection::Problem);
    ASSERT_TRUE(problems->hasFocus());
    EXPECT_EQ(problems->currentIndex().data().toString(), u"아침 7시 기상"_s);
    QTest::keyClick(problems, Qt::Key_Down, ctrlAlt);
    EXPECT_EQ(stored(KptSection::Problem), QStringList({u"회의가 너무 많았다"_s, u"아침 7시 기상"_s}));
    QTest::keyClick(problems, Qt::Key_Right, ctrlAlt);
    EXPECT_EQ(stored(KptSection::Try), QStringList({u"아침 7시 기상"_s}));
    QTest::keyClick(m_board->view(KptSection::Try), Qt::Key_Right, ctrlAlt); // no column further right
    EXPECT_EQ(stored(KptSection::Try), QStringList({u"아침 7시 기상"_s}));

    for (int i = 0; i < 3; ++i)
        QTest::keyClick(m_board->view(KptSection::Try), Qt::Key_Z, Qt::ControlModifier);
    EXPECT_EQ(stored(KptSection::Keep), QStringList({u"아침 7시 기상"_s, u"주간 회고 쓰기"_s}));
    EXPECT_EQ(stored(KptSection::Problem), QStringList({u"회의가 너무 많았다"_s}));
    EXPECT_EQ(shown(KptSection::Keep), stored(KptSection::Keep));
}

TEST_F(KptBoardTest, DropOnAnotherColumnMovesTheItem)
{
    QListView *keep = m_board->view(KptSection::Keep);
    QListView *tries = m_board->view(KptSection::Try);
    std::unique_ptr<QMimeData> dragged(keep->model()->mimeData({keep->model()->index(1, 0, keep->rootIndex())}));
    const QPoint below = tries->viewport()->rect().center();
    QDragEnterEvent enter(below, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tries->viewport(), &enter);
    QDragMoveEvent move(below, Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tries->viewport(), &move);
    ASSERT_TRUE(move.isAccepted());
    QDropEvent drop(QPointF(below), Qt::MoveAction, dragged.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tries->viewport(), &drop);
    EXPECT_EQ(stored(KptSection::Try), QStringList({u"주간 회고 쓰기"_s}));
    EXPECT_EQ(stored(KptSection::Keep), QStringList({u"아침 7시 기상"_s}));
    EXPECT_EQ(shown(KptSection::Try), stored(KptSection::Try));
    EXPECT_EQ(m_board->header(KptSection::Try)->text(), u"Try · 1"_s);
}

TEST_F(KptBoardTest, ContextMenuShowsTheMoveShortcuts)
{
    QStringList shortcuts;
    for (QAction *action : m_board->itemActions(KptSection::Problem))
        shortcuts << action->shortcut().toString();
    EXPECT_TRUE(shortcuts.contains(u"Ctrl+Alt+Left"_s));
    EXPECT_TRUE(shortcuts.contains(u"Ctrl+Alt+Right"_s));
    EXPECT_TRUE(shortcuts.contains(u"Ctrl+Alt+Up"_s));
    EXPECT_TRUE(shortcuts.contains(u"Ctrl+Alt+Down"_s));
    EXPECT_TRUE(shortcuts.contains(u"Del"_s));
}

TEST_F(KptBoardTest, TryItemCanBeOfferedAsAGoal)
{
    ASSERT_TRUE(m_board->model()->addItem(KptSection::Try, u"영어 강의 완강"_s));
    QSignalSpy promoted(m_board.get(), &KptBoard::tryItemPromotionRequested);
    focusItem(KptSection::Try, 0);
    QAction *promote = nullptr;
    for (QAction *action : m_board->itemActions(KptSection::Try))
        promote = action->objectName() == u"kptPromoteToGoal"_s ? action : promote;
    ASSERT_TRUE(promote);
    promote->trigger();
    ASSERT_EQ(promoted.count(), 1);
    EXPECT_EQ(promoted.at(0).at(0).toLongLong(), KptStore(*m_journal).items(m_entryId)->constLast().id);
    EXPECT_EQ(promoted.at(0).at(1).toString(), u"영어 강의 완강"_s);
}

TEST_F(KptBoardTest, YearReviewShowsProblemsThatCameBack)
{
    EXPECT_TRUE(m_board->recurringList()->isHidden());
    ASSERT_TRUE(m_board->model()->addItem(KptSection::Problem, u"운동 꾸준히 하지 못함"_s));
    ASSERT_FALSE(m_board->recurringList()->isHidden());
    ASSERT_EQ(m_board->recurringList()->count(), 1);
    EXPECT_EQ(m_board->recurringList()->item(0)->text(), u"운동을 꾸준히 못 했다 (2024)"_s);
    m_board->undoStack()->undo();
    EXPECT_TRUE(m_board->recurringList()->isHidden());
}

TEST_F(KptBoardTest, OtherKindsOfEntryShowNoRecurringProblems)
{
    const qint64 month = addEntry(*m_journal, EntryKind::Month, u"2025-11"_s, u"11월 회고"_s);
    ASSERT_TRUE(KptStore(*m_journal).append(month, KptSection::Problem, u"운동 꾸준히 하지 못함"_s).ok());
    m_board->setEntry(*entry(month));
    EXPECT_EQ(shown(KptSection::Problem), QStringList({u"운동 꾸준히 하지 못함"_s}));
    EXPECT_TRUE(m_board->recurringList()->isHidden());
    EXPECT_EQ(m_board->undoStack()->count(), 0);
}

TEST_F(KptBoardTest, ChangesAreInTheJournalWhenReopened)
{
    ASSERT_TRUE(m_board->model()->addItem(KptSection::Try, u"논문 2편 리뷰"_s));
    focusItem(KptSection::Keep, 1);
    QTest::keyClick(m_board->view(KptSection::Keep), Qt::Key_Up, ctrlAlt);
    m_board.reset();
    m_tester.reset();
    m_journal.reset();
    auto reopened = Journal::open(m_temp.path(), Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(reopened.ok());
    QStringList keep, tries;
    const auto items = KptStore(**reopened).items(m_entryId); // kept: the loop reads into it
    for (const KptItem &item : *items)
        (item.section == KptSection::Keep ? keep : tries) << item.text;
    EXPECT_EQ(keep.mid(0, 2), QStringList({u"주간 회고 쓰기"_s, u"아침 7시 기상"_s}));
    EXPECT_TRUE(tries.contains(u"논문 2편 리뷰"_s));
}

} // namespace
