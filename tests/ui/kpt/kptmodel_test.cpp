#include "journal/journal.h"
#include "journal/kptstore.h"
#include "kpt/kptmodel.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class KptModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
        m_store = std::make_unique<KptStore>(*m_journal);
        m_entry = test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s);
        for (const QString &text : {u"아침 운동 루틴"_s, u"주간 회고 쓰기"_s, u"독서 모임 참여"_s})
            ASSERT_TRUE(m_store->append(m_entry, KptSection::Keep, text).ok());
        ASSERT_TRUE(m_store->append(m_entry, KptSection::Problem, u"회의가 너무 많았다"_s).ok());
        m_model = std::make_unique<KptModel>(*m_store);
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setEntry(m_entry);
    }

    QStringList shown(KptSection section) const
    {
        QStringList texts;
        const QModelIndex parent = m_model->sectionIndex(section);
        for (int row = 0; row < m_model->rowCount(parent); ++row)
            texts << m_model->index(row, 0, parent).data().toString();
        return texts;
    }

    // What the journal holds, read with a fresh store: the model must never differ from it.
    QStringList stored(KptSection section) const
    {
        QStringList texts;
        const auto items = KptStore(*m_journal).items(m_entry); // kept: the loop reads into it
        for (const KptItem &item : *items) {
            if (item.section == section)
                texts << item.text;
        }
        return texts;
    }

    void expectInStep()
    {
        for (const KptSection section : allKptSections)
            EXPECT_EQ(shown(section), stored(section)) << kptSectionName(section).toStdString();
    }

    QModelIndex keep(int row) const { return m_model->index(row, 0, m_model->sectionIndex(KptSection::Keep)); }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<KptStore> m_store;
    qint64 m_entry = 0;
    std::unique_ptr<KptModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

TEST_F(KptModelTest, ThreeSectionsWithTheirItemsAndCounts)
{
    ASSERT_EQ(m_model->rowCount(), 3);
    EXPECT_EQ(m_model->sectionIndex(KptSection::Keep).data(KptModel::CountRole).toInt(), 3);
    EXPECT_EQ(m_model->sectionIndex(KptSection::Try).data(KptModel::CountRole).toInt(), 0);
    EXPECT_EQ(shown(KptSection::Keep), QStringList({u"아침 운동 루틴"_s, u"주간 회고 쓰기"_s, u"독서 모임 참여"_s}));
    EXPECT_TRUE(m_model->flags(keep(0)) & Qt::ItemIsEditable);
    EXPECT_TRUE(m_model->flags(keep(0)) & Qt::ItemIsDragEnabled);
    EXPECT_TRUE(m_model->flags(m_model->sectionIndex(KptSection::Try)) & Qt::ItemIsDropEnabled);
}

TEST_F(KptModelTest, EditingInPlaceSavesAndUndoes)
{
    ASSERT_TRUE(m_model->setData(keep(1), u"주간 회고를 일요일 밤에 쓰기"_s));
    EXPECT_EQ(stored(KptSection::Keep).at(1), u"주간 회고를 일요일 밤에 쓰기"_s);
    EXPECT_FALSE(m_model->setData(keep(1), u"   "_s)); // an item cannot be emptied by editing
    m_model->undoStack()->undo();
    EXPECT_EQ(stored(KptSection::Keep).at(1), u"주간 회고 쓰기"_s);
    expectInStep();
}

TEST_F(KptModelTest, MovesWithinAndAcrossSectionsPassTheTesterAndPersist)
{
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    ASSERT_TRUE(m_model->moveItem(keep(0), KptSection::Keep, 2));
    EXPECT_EQ(shown(KptSection::Keep), QStringList({u"주간 회고 쓰기"_s, u"독서 모임 참여"_s, u"아침 운동 루틴"_s}));
    ASSERT_TRUE(m_model->moveItem(keep(2), KptSection::Keep, 0));
    ASSERT_TRUE(m_model->moveItem(keep(1), KptSection::Try, 0));
    ASSERT_TRUE(m_model->moveItem(keep(0), KptSection::Problem, 1));
    EXPECT_EQ(moved.count(), 4);
    EXPECT_EQ(shown(KptSection::Keep), QStringList({u"독서 모임 참여"_s}));
    EXPECT_EQ(shown(KptSection::Problem), QStringList({u"회의가 너무 많았다"_s, u"아침 운동 루틴"_s}));
    EXPECT_EQ(shown(KptSection::Try), QStringList({u"주간 회고 쓰기"_s}));
    expectInStep();
    EXPECT_FALSE(m_model->moveItem(keep(0), KptSection::Keep, 0)); // already there: no step
    EXPECT_EQ(m_model->undoStack()->count(), 4);
}

TEST_F(KptModelTest, UndoAndRedoRestoreOrderAndText)
{
    ASSERT_TRUE(m_model->addItem(KptSection::Try, u"주 3회 50분 조깅"_s));
    ASSERT_TRUE(m_model->moveItem(keep(2), KptSection::Keep, 0));
    ASSERT_TRUE(m_model->removeItem(keep(1)));
    ASSERT_TRUE(m_model->setData(m_model->index(0, 0, m_model->sectionIndex(KptSection::Try)), u"주 3회 조깅"_s));
    const QStringList keepAfter = shown(KptSection::Keep);
    while (m_model->undoStack()->canUndo())
        m_model->undoStack()->undo();
    EXPECT_EQ(shown(KptSection::Keep), QStringList({u"아침 운동 루틴"_s, u"주간 회고 쓰기"_s, u"독서 모임 참여"_s}));
    EXPECT_TRUE(shown(KptSection::Try).isEmpty());
    expectInStep();
    while (m_model->undoStack()->canRedo())
        m_model->undoStack()->redo();
    EXPECT_EQ(shown(KptSection::Keep), keepAfter);
    EXPECT_EQ(shown(KptSection::Try), QStringList({u"주 3회 조깅"_s}));
    expectInStep();
}

TEST_F(KptModelTest, DropMovesTheDraggedItem)
{
    std::unique_ptr<QMimeData> dragged(m_model->mimeData({keep(0)}));
    ASSERT_TRUE(dragged);
    const QModelIndex tryColumn = m_model->sectionIndex(KptSection::Try);
    ASSERT_TRUE(m_model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0, tryColumn));
    ASSERT_TRUE(m_model->dropMimeData(dragged.get(), Qt::MoveAction, -1, 0, tryColumn));
    EXPECT_EQ(shown(KptSection::Try), QStringList({u"아침 운동 루틴"_s}));
    // Within a column, a drop between rows 2 and 3 puts the first item last.
    std::unique_ptr<QMimeData> again(m_model->mimeData({keep(0)}));
    ASSERT_TRUE(m_model->dropMimeData(again.get(), Qt::MoveAction, 2, 0, m_model->sectionIndex(KptSection::Keep)));
    EXPECT_EQ(shown(KptSection::Keep), QStringList({u"독서 모임 참여"_s, u"주간 회고 쓰기"_s}));
    expectInStep();
}

TEST_F(KptModelTest, ItemsOfAnotherEntryCannotBeDropped)
{
    std::unique_ptr<QMimeData> dragged(m_model->mimeData({keep(0)}));
    const qint64 other = test::addEntry(*m_journal, EntryKind::Month, u"2025-11"_s, u"11월 회고"_s);
    m_model->setEntry(other);
    EXPECT_FALSE(m_model->canDropMimeData(dragged.get(), Qt::MoveAction, -1, 0, m_model->sectionIndex(KptSection::Try)));
    EXPECT_EQ(m_model->undoStack()->count(), 0);
}

TEST_F(KptModelTest, RefusedChangeLeavesModelAndHistoryAlone)
{
    QSignalSpy errors(m_model.get(), &KptModel::errorOccurred);
    // Another writer removed the item: the move fails, and says so.
    ASSERT_TRUE(KptStore(*m_journal).remove(m_model->item(keep(0)).id).ok());
    EXPECT_FALSE(m_model->moveItem(keep(0), KptSection::Try, 0));
    EXPECT_EQ(errors.count(), 1);
    EXPECT_EQ(m_model->undoStack()->count(), 0);
    EXPECT_EQ(shown(KptSection::Keep).size(), 3);
}

} // namespace
