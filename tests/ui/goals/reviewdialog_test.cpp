#include "goals/goalspane.h"
#include "goalsfixture.h"
#include "support/typing.h"
#include "goals/goalsmodel.h"
#include "goals/reviewdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class ReviewDialogTest : public GoalsFixture
{
protected:
    void SetUp() override
    {
        GoalsFixture::SetUp();
        m_books = addGoal(u"책 15권 읽기"_s);
        checkIn(m_books, {2025, 3, 1}, 8);
        checkIn(m_books, {2025, 10, 1}, 7);
        m_papers = addGoal(u"양자화 논문 2편 리뷰"_s);
        checkIn(m_papers, {2025, 8, 15}, 1, u"GPTQ"_s);
        m_course = addGoal(u"영어 강의 완강"_s);
        m_rust = addGoal(u"러스트 책 끝내기"_s);
        ASSERT_TRUE(m_store->setStatus(m_rust, GoalStatus::Dropped, u"회사 일로 우선순위 밀림"_s).ok());
    }

    int rowOf(const ReviewDialog &dialog, qint64 id) const
    {
        for (int row = 0; row < dialog.goalCount(); ++row)
            if (dialog.goalIdAt(row) == id)
                return row;
        ADD_FAILURE() << "goal " << id << " is not in the review";
        return 0;
    }

    static GoalStatus shown(const ReviewDialog &dialog, int row) { return GoalStatus(dialog.statusBox(row)->currentData().toInt()); }

    QList<Goal> nextYear() const
    {
        auto goals = m_store->list(2026);
        EXPECT_TRUE(goals.ok());
        return goals ? *goals : QList<Goal>{};
    }

    qint64 m_books = 0;
    qint64 m_papers = 0;
    qint64 m_course = 0;
    qint64 m_rust = 0;
};

TEST_F(ReviewDialogTest, ProposedStatusesArePreselectedAndUnmetGoalsOfferedForCarryOver)
{
    ReviewDialog dialog(*m_store, 2025, QDate(2026, 1, 3));
    ASSERT_EQ(dialog.goalCount(), 4);
    EXPECT_EQ(shown(dialog, rowOf(dialog, m_books)), GoalStatus::Achieved);
    EXPECT_EQ(shown(dialog, rowOf(dialog, m_papers)), GoalStatus::Partly);
    EXPECT_EQ(shown(dialog, rowOf(dialog, m_course)), GoalStatus::Missed);
    EXPECT_EQ(shown(dialog, rowOf(dialog, m_rust)), GoalStatus::Dropped) << "a settled goal keeps its status";
    EXPECT_EQ(dialog.noteEdit(rowOf(dialog, m_rust))->text(), u"회사 일로 우선순위 밀림"_s);

    EXPECT_FALSE(dialog.carryBox(rowOf(dialog, m_books))->isChecked());
    EXPECT_TRUE(dialog.carryBox(rowOf(dialog, m_papers))->isChecked());
    EXPECT_TRUE(dialog.carryBox(rowOf(dialog, m_course))->isChecked());
    EXPECT_FALSE(dialog.carryBox(rowOf(dialog, m_rust))->isChecked());
    EXPECT_TRUE(dialog.applyButton()->isEnabled());
}

TEST_F(ReviewDialogTest, ApplyWritesStatusesNotesAndLinkedCarryOvers)
{
    ReviewDialog dialog(*m_store, 2025, QDate(2026, 1, 3));
    typeText(dialog.noteEdit(rowOf(dialog, m_papers)), u"GPTQ만 정리, AWQ는 내년에"_s);
    // The user settles the course differently from the proposal and does not carry it.
    const int course = rowOf(dialog, m_course);
    dialog.statusBox(course)->setCurrentIndex(dialog.statusBox(course)->findData(int(GoalStatus::Dropped)));
    EXPECT_FALSE(dialog.carryBox(course)->isChecked()) << "a dropped goal is not proposed for next year";
    QTest::mouseClick(dialog.applyButton(), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    EXPECT_EQ(goal(m_books).status, GoalStatus::Achieved);
    EXPECT_EQ(goal(m_papers).status, GoalStatus::Partly);
    EXPECT_EQ(goal(m_papers).outcomeNote, u"GPTQ만 정리, AWQ는 내년에"_s);
    EXPECT_EQ(goal(m_course).status, GoalStatus::Dropped);
    EXPECT_EQ(goal(m_rust).status, GoalStatus::Dropped);

    const QList<Goal> carried = nextYear();
    ASSERT_EQ(carried.size(), 1);
    EXPECT_EQ(carried.first().carriedFrom, m_papers);
    EXPECT_EQ(carried.first().title, u"양자화 논문 2편 리뷰"_s);
    EXPECT_EQ(carried.first().status, GoalStatus::Open);
    EXPECT_TRUE(dialog.summary().contains(u"1 achieved"_s)) << dialog.summary().toStdString();
    EXPECT_TRUE(dialog.summary().contains(u"1 carried over to 2026"_s)) << dialog.summary().toStdString();
}

TEST_F(ReviewDialogTest, ReviewingAgainDoesNotCarryTwice)
{
    {
        ReviewDialog first(*m_store, 2025, QDate(2026, 1, 3));
        ASSERT_TRUE(first.apply());
    }
    ASSERT_EQ(nextYear().size(), 2);
    ReviewDialog again(*m_store, 2025, QDate(2026, 1, 10));
    const QCheckBox *papers = again.carryBox(rowOf(again, m_papers));
    EXPECT_TRUE(papers->isChecked());
    EXPECT_FALSE(papers->isEnabled()) << "already carried over";
    ASSERT_TRUE(again.apply());
    EXPECT_EQ(nextYear().size(), 2);
}

TEST_F(ReviewDialogTest, AYearWithoutGoalsHasNothingToApply)
{
    ReviewDialog dialog(*m_store, 2019, QDate(2026, 1, 3));
    EXPECT_EQ(dialog.goalCount(), 0);
    EXPECT_FALSE(dialog.applyButton()->isEnabled());
}

TEST_F(ReviewDialogTest, PaneOpensTheReviewAndSaysWhatWasDone)
{
    GoalsPane pane(*m_journal);
    pane.setClock([] { return QDate(2026, 1, 3); });
    pane.showYear(2025);
    pane.setReviewOffered(true);
    pane.show();
    ASSERT_TRUE(pane.reviewBar()->isVisible());
    QTest::mouseClick(pane.findChild<QPushButton *>(u"reviewButton"_s), Qt::LeftButton);
    auto *dialog = pane.findChild<ReviewDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->year(), 2025);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);

    EXPECT_TRUE(pane.messageLabel()->isVisible());
    EXPECT_TRUE(pane.messageLabel()->text().contains(u"2 carried over to 2026"_s)) << pane.messageLabel()->text().toStdString();
    const int row = pane.model()->rowOf(m_books);
    EXPECT_EQ(pane.model()->index(row).data(GoalsModel::StatusRole).toInt(), int(GoalStatus::Achieved));
    EXPECT_FALSE(pane.reviewBar()->isVisible()) << "every goal is settled now";
}

} // namespace
