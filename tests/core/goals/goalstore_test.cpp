#include "goals/goalreview.h"
#include "goals/goalstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class GoalStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_store = std::make_unique<GoalStore>(*m_journal);
    }

    qint64 addGoal(int year, const QString &sentence)
    {
        auto id = m_store->add(Goal::fromParsed(parseGoal(sentence), year));
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<GoalStore> m_store;
};

TEST_F(GoalStoreTest, KeepsWhatTheParserUnderstoodAndTheUsersWords)
{
    const qint64 id = addGoal(2026, u"주 3회 50분 이상 조깅"_s);
    auto goal = m_store->get(id);
    ASSERT_TRUE(goal.ok());
    EXPECT_EQ(goal->title, u"주 3회 50분 이상 조깅"_s);
    EXPECT_EQ(goal->year, 2026);
    EXPECT_EQ(goal->measure, GoalMeasure::Frequency);
    EXPECT_EQ(goal->target, 3.0);
    EXPECT_EQ(goal->unit, u"회"_s);
    EXPECT_EQ(goal->per, GoalCadence::Week);
    EXPECT_EQ(goal->status, GoalStatus::Open);

    auto done = m_store->get(addGoal(2026, u"영어 강의 완강"_s));
    ASSERT_TRUE(done.ok());
    EXPECT_FALSE(done->target.has_value());
    EXPECT_TRUE(done->unit.isEmpty());
}

TEST_F(GoalStoreTest, ListsAYearInTheOrderGoalsWereSet)
{
    addGoal(2025, u"책 12권 읽기"_s);
    addGoal(2026, u"책 15권 읽고 7권 서평"_s);
    addGoal(2026, u"논문 2편 리뷰"_s);
    auto year = m_store->list(2026);
    ASSERT_TRUE(year.ok());
    ASSERT_EQ(year->size(), 2);
    EXPECT_EQ(year->at(0).title, u"책 15권 읽고 7권 서평"_s);
    EXPECT_EQ(year->at(1).title, u"논문 2편 리뷰"_s);
    auto all = m_store->list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3);
    EXPECT_EQ(all->last().year, 2025);
}

TEST_F(GoalStoreTest, EditsAndSettlesAGoal)
{
    const qint64 id = addGoal(2025, u"책 12권 읽기"_s);
    auto goal = m_store->get(id);
    goal->target = 10;
    goal->title = u"책 10권 읽기"_s;
    ASSERT_TRUE(m_store->update(*goal).ok());
    ASSERT_TRUE(m_store->setStatus(id, GoalStatus::Partly, u"8권에서 멈췄다"_s).ok());
    auto saved = m_store->get(id);
    EXPECT_EQ(saved->title, u"책 10권 읽기"_s);
    EXPECT_EQ(saved->target, 10.0);
    EXPECT_EQ(saved->status, GoalStatus::Partly);
    EXPECT_EQ(saved->outcomeNote, u"8권에서 멈췄다"_s);
    EXPECT_EQ(m_store->setStatus(9999, GoalStatus::Missed, {}).error().kind, Error::Kind::NotFound);
}

TEST_F(GoalStoreTest, CheckInsAreKeptInDateOrderAndGoWithTheirGoal)
{
    const qint64 id = addGoal(2026, u"책 15권 읽기"_s);
    ASSERT_TRUE(m_store->checkIn({0, id, QDate(2026, 3, 1), 2, u"봄"_s}).ok());
    ASSERT_TRUE(m_store->checkIn({0, id, QDate(2026, 1, 15), 1, {}}).ok());
    auto checkIns = m_store->checkIns(id);
    ASSERT_EQ(checkIns->size(), 2);
    EXPECT_EQ(checkIns->at(0).date, QDate(2026, 1, 15));
    EXPECT_EQ(checkIns->at(1).note, u"봄"_s);

    EXPECT_EQ(m_store->checkIn({0, id, QDate(2026, 3, 2), 0, {}}).error().kind, Error::Kind::Usage);
    EXPECT_EQ(m_store->checkIn({0, 4242, QDate(2026, 3, 2), 1, {}}).error().kind, Error::Kind::NotFound);

    ASSERT_TRUE(m_store->remove(id).ok());
    EXPECT_TRUE(m_store->checkIns(id)->isEmpty());
}

TEST_F(GoalStoreTest, TryItemBecomesNextYearsGoalRememberingItsOrigin)
{
    const qint64 review = test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s);
    auto tryItem = KptStore(*m_journal).append(review, KptSection::Try, u"논문 2편 리뷰하기"_s);
    ASSERT_TRUE(tryItem.ok());
    auto id = m_store->promoteTryItem(*tryItem, 2026);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();
    auto goal = m_store->get(*id);
    EXPECT_EQ(goal->year, 2026);
    EXPECT_EQ(goal->title, u"논문 2편 리뷰하기"_s);
    EXPECT_EQ(goal->target, 2.0);
    EXPECT_EQ(goal->originEntry, review);
    EXPECT_EQ(goal->originKpt, *tryItem);

    // The goal outlives the review it came from.
    ASSERT_TRUE(EntryStore(*m_journal).remove(review).ok());
    auto orphan = m_store->get(*id);
    ASSERT_TRUE(orphan.ok());
    EXPECT_EQ(orphan->originEntry, 0);
}

TEST_F(GoalStoreTest, CarriedGoalsFormALineAcrossYears)
{
    const qint64 first = addGoal(2024, u"주 3회 조깅"_s);
    ASSERT_TRUE(m_store->setStatus(first, GoalStatus::Missed, u"겨울에 멈춤"_s).ok());
    auto second = m_store->carryOver(first, 2025);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(*m_store->carryOver(first, 2025), *second) << "carrying twice into one year must not duplicate";
    auto third = m_store->carryOver(*second, 2026);
    ASSERT_TRUE(third.ok());

    auto carried = m_store->get(*second);
    EXPECT_EQ(carried->status, GoalStatus::Open);
    EXPECT_TRUE(carried->outcomeNote.isEmpty());
    EXPECT_EQ(carried->carriedFrom, first);
    EXPECT_EQ(carried->per, GoalCadence::Week);

    for (qint64 id : {first, *second, *third}) {
        auto line = m_store->lineage(id);
        ASSERT_TRUE(line.ok());
        ASSERT_EQ(line->size(), 3);
        EXPECT_EQ(line->at(0).year, 2024);
        EXPECT_EQ(line->at(2).year, 2026);
    }
}

TEST_F(GoalStoreTest, YearReviewCountsStatusesAndProposesCarryOvers)
{
    const qint64 books = addGoal(2025, u"책 15권 읽기"_s);
    const qint64 papers = addGoal(2025, u"논문 2편 리뷰"_s);
    const qint64 course = addGoal(2025, u"영어 강의 완강"_s);
    ASSERT_TRUE(m_store->checkIn({0, books, QDate(2025, 5, 1), 6, {}}).ok());
    ASSERT_TRUE(m_store->checkIn({0, papers, QDate(2025, 5, 1), 2, {}}).ok());
    ASSERT_TRUE(m_store->setStatus(papers, GoalStatus::Achieved, {}).ok());

    auto review = reviewYear(*m_store, 2025, QDate(2026, 1, 2));
    ASSERT_TRUE(review.ok());
    ASSERT_EQ(review->goals.size(), 3);
    EXPECT_EQ(review->count(GoalStatus::Achieved), 1);
    EXPECT_EQ(review->count(GoalStatus::Open), 2);
    EXPECT_EQ(review->goals.at(0).progress.proposedStatus(review->goals.at(0).goal), GoalStatus::Partly);
    EXPECT_EQ(review->carryOverCandidates({}), (QList<qint64>{books, course}));

    ASSERT_TRUE(m_store->carryOver(course, 2026).ok());
    EXPECT_EQ(review->carryOverCandidates(*m_store->list(2026)), QList<qint64>{books});
}

} // namespace
