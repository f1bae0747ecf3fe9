#include "goals/goalstore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "support/tempjournal.h"
#include "timeline/yearcomparison.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class YearComparisonTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
    }

    qint64 item(qint64 entry, KptSection section, const QString &text)
    {
        auto id = KptStore(*m_journal).append(entry, section, text);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    qint64 goal(int year, const QString &sentence, GoalStatus status)
    {
        GoalStore goals(*m_journal);
        auto id = goals.add(Goal::fromParsed(parseGoal(sentence), year));
        EXPECT_TRUE(id.ok());
        EXPECT_TRUE(goals.setStatus(*id, status, {}).ok());
        return *id;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
};

TEST_F(YearComparisonTest, PutsTwoYearsSideBySideAndMarksWhatCameBack)
{
    const qint64 review2024 = test::addEntry(*m_journal, EntryKind::Year, u"2024"_s, u"2024년 회고"_s, u"첫 회사에서의 일 년"_s);
    const qint64 review2025 = test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"이직 후 첫 해"_s);
    test::addEntry(*m_journal, EntryKind::Month, u"2025-06"_s, u"6월 회고"_s, u"반기 점검"_s);

    item(review2024, KptSection::Keep, u"매주 기술 블로그 읽기"_s);
    const qint64 oldLateNights = item(review2024, KptSection::Problem, u"야근이 너무 잦았다"_s);
    const qint64 oldExercise = item(review2024, KptSection::Problem, u"운동을 꾸준히 하지 못했다"_s);
    item(review2024, KptSection::Try, u"퇴근 시간 정해 두기"_s);
    const qint64 lateNights = item(review2025, KptSection::Problem, u"올해도 야근이 잦았음"_s);
    const qint64 newProblem = item(review2025, KptSection::Problem, u"코드 리뷰가 늦어졌다"_s);
    item(review2025, KptSection::Keep, u"아침 독서 30분"_s);

    const qint64 jogging = goal(2024, u"주 3회 조깅"_s, GoalStatus::Missed);
    goal(2024, u"책 12권 읽기"_s, GoalStatus::Achieved);
    goal(2025, u"영어 강의 완강"_s, GoalStatus::Dropped);
    auto carried = GoalStore(*m_journal).carryOver(jogging, 2025);
    ASSERT_TRUE(carried.ok());

    // Either order: the earlier year is always on the left.
    auto compared = compareYears(*m_journal, 2025, 2024);
    ASSERT_TRUE(compared.ok()) << compared.error().message.toStdString();
    const YearComparison &c = *compared;
    EXPECT_EQ(c.earlier.year, 2024);
    EXPECT_EQ(c.later.year, 2025);
    EXPECT_EQ(c.earlier.keep.size(), 1);
    EXPECT_EQ(c.earlier.problem.size(), 2);
    EXPECT_EQ(c.earlier.tries.size(), 1);
    EXPECT_EQ(c.later.problem.size(), 2);
    EXPECT_EQ(c.later.keep.front().text, u"아침 독서 30분"_s);
    EXPECT_EQ(c.earlier.entries, 1);
    EXPECT_EQ(c.later.entries, 2);
    EXPECT_EQ(c.earlier.goalsSet, 2);
    EXPECT_EQ(c.earlier.goalsMet, 1);
    EXPECT_EQ(c.later.goals.size(), 2) << "dropped goals are shown with their outcome";
    EXPECT_EQ(c.later.goalsSet, 1);

    EXPECT_TRUE(c.recurs(lateNights));
    EXPECT_TRUE(c.recurs(oldLateNights));
    EXPECT_FALSE(c.recurs(newProblem));
    EXPECT_FALSE(c.recurs(oldExercise));
    ASSERT_EQ(c.recurring.size(), 1);
    EXPECT_EQ(c.recurring.front().problem.id, lateNights);
    EXPECT_TRUE(c.carriedGoalIds.contains(jogging));
    EXPECT_TRUE(c.carriedGoalIds.contains(*carried));
}

TEST_F(YearComparisonTest, YearsWithoutAnythingCompareAsEmptyAndTheSameYearIsRefused)
{
    auto compared = compareYears(*m_journal, 2019, 2020);
    ASSERT_TRUE(compared.ok());
    EXPECT_TRUE(compared->earlier.problem.isEmpty());
    EXPECT_EQ(compared->later.entries, 0);
    EXPECT_TRUE(compared->recurring.isEmpty());

    auto same = compareYears(*m_journal, 2025, 2025);
    ASSERT_FALSE(same.ok());
    EXPECT_EQ(same.error().kind, Error::Kind::Usage);
}

} // namespace
