#include "goals/goaldelegate.h"
#include "goalsfixture.h"
#include "goals/goalsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class GoalsModelTest : public GoalsFixture
{
protected:
    void SetUp() override
    {
        GoalsFixture::SetUp();
        m_model = std::make_unique<GoalsModel>(*m_store);
        m_model->setClock([] { return today(); });
        m_model->setYear(2025);
    }

    QModelIndex rowOf(qint64 id) const { return m_model->index(m_model->rowOf(id)); }

    std::unique_ptr<GoalsModel> m_model;
};

TEST_F(GoalsModelTest, PassesTheModelTesterThroughReloadsAndYears)
{
    QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    addGoal(u"책 15권 읽고 7권 서평"_s);
    addGoal(u"주 3회 50분 이상 조깅"_s);
    addGoal(u"영어 강의 완강"_s, 2026);
    ASSERT_TRUE(m_model->reload());
    EXPECT_EQ(m_model->rowCount(), 2);
    m_model->setYear(2026);
    EXPECT_EQ(m_model->rowCount(), 1);
    EXPECT_EQ(m_model->data(m_model->index(0), GoalsModel::TitleRole).toString(), u"영어 강의 완강"_s);
    m_model->setYear(2024);
    EXPECT_EQ(m_model->rowCount(), 0);
}

TEST_F(GoalsModelTest, CountGoalShowsSumOverTargetWithTheUsersCounter)
{
    const qint64 books = addGoal(u"책 15권 읽고 7권 서평"_s);
    checkIn(books, {2025, 2, 3}, 3, u"「클린 아키텍처」 포함"_s);
    checkIn(books, {2025, 7, 20}, 4);
    m_model->reload();
    const QModelIndex index = rowOf(books);
    EXPECT_DOUBLE_EQ(index.data(GoalsModel::FractionRole).toDouble(), 7.0 / 15.0);
    EXPECT_EQ(index.data(GoalsModel::ProgressTextRole).toString(), u"7 / 15 권"_s);
    EXPECT_EQ(index.data(GoalsModel::StatusRole).toInt(), int(GoalStatus::Open));
    EXPECT_EQ(index.data(GoalsModel::StatusTextRole).toString(), u"Open"_s);
    EXPECT_EQ(index.data(GoalsModel::IdRole).toLongLong(), books);
}

TEST_F(GoalsModelTest, FrequencyGoalShowsCadenceWeeksMetAndStreak)
{
    const qint64 jogging = addGoal(u"주 3회 50분 이상 조깅"_s);
    // ISO week 1 of 2025 (30 Dec – 5 Jan) missed, weeks 2 to 4 met; 26 January ends week 4.
    for (const QDate monday : {QDate(2025, 1, 6), QDate(2025, 1, 13), QDate(2025, 1, 20)}) {
        for (int day : {0, 2, 4})
            checkIn(jogging, monday.addDays(day), 50);
    }
    m_model->setClock([] { return QDate(2025, 1, 26); });
    const QModelIndex index = rowOf(jogging);
    EXPECT_EQ(index.data(GoalsModel::ProgressTextRole).toString(), u"3× a week · 3 of 4 weeks · streak 3"_s);
    EXPECT_DOUBLE_EQ(index.data(GoalsModel::FractionRole).toDouble(), 0.75);

    // A week later with no run the streak is gone, and the text no longer claims one.
    m_model->setClock([] { return QDate(2025, 2, 3); });
    EXPECT_EQ(rowOf(jogging).data(GoalsModel::ProgressTextRole).toString(), u"3× a week · 3 of 5 weeks"_s);
}

TEST_F(GoalsModelTest, DoneGoalSaysWhetherItIsDone)
{
    const qint64 course = addGoal(u"영어 강의 완강"_s);
    m_model->reload();
    EXPECT_EQ(rowOf(course).data(GoalsModel::ProgressTextRole).toString(), u"Not done yet"_s);
    checkIn(course, {2025, 9, 30});
    m_model->reload();
    EXPECT_EQ(rowOf(course).data(GoalsModel::ProgressTextRole).toString(), u"Done"_s);
    EXPECT_DOUBLE_EQ(rowOf(course).data(GoalsModel::FractionRole).toDouble(), 1.0);
}

TEST_F(GoalsModelTest, DelegatePaintsWhatTheModelSays)
{
    const qint64 papers = addGoal(u"양자화 논문 2편 리뷰"_s);
    checkIn(papers, {2025, 4, 1});
    ASSERT_TRUE(m_store->setStatus(papers, GoalStatus::Partly, u"한 편만 정리함"_s).ok());
    m_model->reload();
    const GoalDelegate::Texts texts = GoalDelegate::textsFor(rowOf(papers));
    EXPECT_EQ(texts.title, u"양자화 논문 2편 리뷰"_s);
    EXPECT_EQ(texts.progress, u"1 / 2 편"_s);
    EXPECT_EQ(texts.status, u"Partly"_s);
}

} // namespace
