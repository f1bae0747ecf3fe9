#include "goals/checkindialog.h"
#include "goals/goaldelegate.h"
#include "goals/goaleditdialog.h"
#include "goals/goalhistorydialog.h"
#include "goals/goalspane.h"
#include "goalsfixture.h"
#include "goals/goalsmodel.h"
#include "support/typing.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class GoalsPaneTest : public GoalsFixture
{
protected:
    void SetUp() override
    {
        GoalsFixture::SetUp();
        m_pane = std::make_unique<GoalsPane>(*m_journal);
        m_pane->setClock([] { return today(); });
        m_pane->showYear(2025);
        m_pane->resize(360, 600);
        m_pane->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_pane.get()));
    }

    // Reloads and selects `id`, as a click on it would.
    void select(qint64 id)
    {
        m_pane->reload();
        ASSERT_TRUE(m_pane->selectGoal(id));
    }

    QModelIndex indexOf(qint64 id) const { return m_pane->model()->index(m_pane->model()->rowOf(id)); }

    template<typename Dialog>
    Dialog *openDialog() const
    {
        auto *dialog = m_pane->findChild<Dialog *>();
        EXPECT_NE(dialog, nullptr);
        if (dialog) {
            EXPECT_TRUE(dialog->isVisible());
        }
        return dialog;
    }

    std::unique_ptr<GoalsPane> m_pane;
};

TEST_F(GoalsPaneTest, HeaderShowsTheYearItFollows)
{
    addGoal(u"책 15권 읽기"_s, 2025);
    addGoal(u"영어 강의 완강"_s, 2026);
    m_pane->showYear(2026);
    EXPECT_EQ(m_pane->findChild<QLabel *>(u"goalsHeading"_s)->text(), u"Goals 2026"_s);
    ASSERT_EQ(m_pane->model()->rowCount(), 1);
    EXPECT_EQ(m_pane->model()->index(0).data(GoalsModel::TitleRole).toString(), u"영어 강의 완강"_s);
}

TEST_F(GoalsPaneTest, DefaultsToTheCurrentYear)
{
    GoalsPane pane(*m_journal);
    EXPECT_EQ(pane.year(), QDate::currentDate().year());
}

TEST_F(GoalsPaneTest, TypedKoreanGoalShowsWhatWasUnderstoodAndEnterAddsIt)
{
    QLineEdit *edit = m_pane->addEdit();
    edit->setFocus();
    typeText(edit, u"주 3회 50분 이상 "_s);
    // The last word comes from the input method, syllable by syllable.
    composeSyllable(edit, {u"ㅈ"_s, u"조"_s});
    composeSyllable(edit, {u"ㄱ"_s, u"기"_s, u"깅"_s});
    ASSERT_EQ(edit->text(), u"주 3회 50분 이상 조깅"_s);
    EXPECT_TRUE(m_pane->parseHint()->isVisible());
    EXPECT_TRUE(m_pane->parseHint()->text().contains(u"frequency · 3 회 · every week"_s)) << m_pane->parseHint()->text().toStdString();

    QSignalSpy changed(m_pane.get(), &GoalsPane::goalsChanged);
    QTest::keyClick(edit, Qt::Key_Return);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_TRUE(edit->text().isEmpty());
    EXPECT_FALSE(m_pane->parseHint()->isVisible());
    auto goals = m_store->list(2025);
    ASSERT_TRUE(goals.ok());
    ASSERT_EQ(goals->size(), 1);
    const Goal &added = goals->first();
    EXPECT_EQ(added.title, u"주 3회 50분 이상 조깅"_s);
    EXPECT_EQ(added.measure, GoalMeasure::Frequency);
    EXPECT_EQ(added.target, 3.0);
    EXPECT_EQ(added.unit, u"회"_s);
    EXPECT_EQ(added.per, GoalCadence::Week);
    EXPECT_EQ(m_pane->selectedGoalId(), added.id);
}

TEST_F(GoalsPaneTest, CountGoalTypedIsParsedAsCount)
{
    typeText(m_pane->addEdit(), u"책 15권 읽고 7권 서평"_s);
    EXPECT_TRUE(m_pane->parseHint()->text().contains(u"count · 15 권"_s)) << m_pane->parseHint()->text().toStdString();
    QTest::keyClick(m_pane->addEdit(), Qt::Key_Enter);
    auto goals = m_store->list(2025);
    ASSERT_EQ(goals->size(), 1);
    EXPECT_EQ(goals->first().title, u"책 15권 읽고 7권 서평"_s);
    EXPECT_EQ(goals->first().target, 15.0);
}

TEST_F(GoalsPaneTest, SpaceOpensCheckInAndTheBarMoves)
{
    const qint64 books = addGoal(u"책 15권 읽기"_s);
    select(books);
    EXPECT_DOUBLE_EQ(indexOf(books).data(GoalsModel::FractionRole).toDouble(), 0.0);
    m_pane->view()->setFocus();
    QTest::keyClick(m_pane->view(), Qt::Key_Space);
    auto *dialog = openDialog<CheckInDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_EQ(dialog->amountBox()->value(), 1.0);
    EXPECT_EQ(dialog->dateEdit()->date(), today());
    dialog->amountBox()->setValue(2);
    typeText(dialog->noteEdit(), u"데이터 중심 애플리케이션 설계 완독"_s);
    dialog->accept();

    EXPECT_DOUBLE_EQ(indexOf(books).data(GoalsModel::FractionRole).toDouble(), 2.0 / 15.0);
    EXPECT_EQ(GoalDelegate::textsFor(indexOf(books)).progress, u"2 / 15 권"_s);
    auto checkIns = m_store->checkIns(books);
    ASSERT_EQ(checkIns->size(), 1);
    EXPECT_EQ(checkIns->first().note, u"데이터 중심 애플리케이션 설계 완독"_s);
    EXPECT_EQ(checkIns->first().date, today());
    EXPECT_EQ(m_pane->selectedGoalId(), books);
    // The painted card holds Hangul and the bar without trouble.
    EXPECT_FALSE(m_pane->view()->grab().isNull());
}

TEST_F(GoalsPaneTest, CancelledCheckInWritesNothing)
{
    const qint64 books = addGoal(u"책 15권 읽기"_s);
    select(books);
    m_pane->checkInAction()->trigger();
    auto *dialog = openDialog<CheckInDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->reject();
    EXPECT_TRUE(m_store->checkIns(books)->isEmpty());
}

TEST_F(GoalsPaneTest, CheckInOfMinutesProposesAHalfHour)
{
    Goal study = Goal::fromParsed(parseGoal(u"영어 강의 600분 듣기"_s), 2025);
    ASSERT_EQ(study.unit, u"분"_s);
    EXPECT_EQ(CheckInDialog::defaultAmount(study), 30.0);
    EXPECT_EQ(CheckInDialog::defaultAmount(Goal::fromParsed(parseGoal(u"논문 2편 리뷰"_s), 2025)), 1.0);
}

TEST_F(GoalsPaneTest, DropIsOneClickAndUndoable)
{
    const qint64 marathon = addGoal(u"풀코스 마라톤 완주"_s);
    select(marathon);
    m_pane->dropSelected();
    EXPECT_EQ(goal(marathon).status, GoalStatus::Dropped);
    EXPECT_EQ(indexOf(marathon).data(GoalsModel::StatusRole).toInt(), int(GoalStatus::Dropped));
    EXPECT_TRUE(m_pane->messageLabel()->text().contains(u"풀코스 마라톤 완주"_s));
    ASSERT_TRUE(m_pane->undoButton()->isVisible());

    QTest::mouseClick(m_pane->undoButton(), Qt::LeftButton);
    EXPECT_EQ(goal(marathon).status, GoalStatus::Open);
    EXPECT_EQ(indexOf(marathon).data(GoalsModel::StatusTextRole).toString(), u"Open"_s);
    EXPECT_FALSE(m_pane->undoButton()->isVisible());
}

TEST_F(GoalsPaneTest, EditChangesHowTheGoalIsMeasured)
{
    const qint64 posts = addGoal(u"블로그 글 쓰기"_s);
    checkIn(posts, {2025, 3, 3});
    checkIn(posts, {2025, 4, 7});
    select(posts);
    m_pane->editSelected();
    auto *dialog = openDialog<GoalEditDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->titleEdit()->setText(u"기술 블로그 글 12편 쓰기"_s);
    dialog->measureBox()->setCurrentIndex(dialog->measureBox()->findData(int(GoalMeasure::Count)));
    dialog->targetBox()->setValue(12);
    dialog->unitEdit()->setText(u"편"_s);
    dialog->accept();

    const Goal edited = goal(posts);
    EXPECT_EQ(edited.title, u"기술 블로그 글 12편 쓰기"_s);
    EXPECT_EQ(edited.measure, GoalMeasure::Count);
    EXPECT_EQ(edited.target, 12.0);
    EXPECT_EQ(edited.unit, u"편"_s);
    EXPECT_EQ(indexOf(posts).data(GoalsModel::ProgressTextRole).toString(), u"2 / 12 편"_s);
}

TEST_F(GoalsPaneTest, EditToAWeeklyCadence)
{
    const qint64 gym = addGoal(u"헬스장 가기"_s);
    select(gym);
    m_pane->editSelected();
    auto *dialog = openDialog<GoalEditDialog>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_FALSE(dialog->cadenceBox()->isEnabled());
    dialog->measureBox()->setCurrentIndex(dialog->measureBox()->findData(int(GoalMeasure::Frequency)));
    EXPECT_TRUE(dialog->cadenceBox()->isEnabled());
    dialog->targetBox()->setValue(2);
    dialog->unitEdit()->setText(u"회"_s);
    dialog->cadenceBox()->setCurrentIndex(dialog->cadenceBox()->findData(int(GoalCadence::Week)));
    dialog->accept();
    EXPECT_EQ(goal(gym).per, GoalCadence::Week);
    EXPECT_TRUE(indexOf(gym).data(GoalsModel::ProgressTextRole).toString().startsWith(u"2× a week"_s));
}

TEST_F(GoalsPaneTest, DeleteAsksFirstAndRemovesTheGoalWithItsCheckIns)
{
    const qint64 typo = addGoal(u"알고리즘 문제 이백 개 풀기"_s);
    checkIn(typo, {2025, 5, 5}, 20);
    select(typo);
    m_pane->deleteSelected();
    auto *box = openDialog<QMessageBox>();
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Cancel)->click();
    EXPECT_TRUE(m_store->get(typo).ok());

    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); // the cancelled box goes
    m_pane->deleteSelected();
    box = openDialog<QMessageBox>();
    ASSERT_NE(box, nullptr);
    QAbstractButton *remove = nullptr;
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::DestructiveRole)
            remove = button;
    ASSERT_NE(remove, nullptr);
    remove->click();
    EXPECT_FALSE(m_store->get(typo).ok());
    EXPECT_EQ(m_pane->model()->rowOf(typo), -1);
    EXPECT_TRUE(m_store->checkIns(typo)->isEmpty());
}

TEST_F(GoalsPaneTest, HistoryShowsCheckInsAndTheGoalAcrossYears)
{
    const qint64 papers2024 = addGoal(u"논문 2편 리뷰"_s, 2024);
    auto carried = m_store->carryOver(papers2024, 2025);
    ASSERT_TRUE(carried.ok());
    checkIn(*carried, {2025, 6, 1}, 1, u"QLoRA 정리"_s);
    select(*carried);
    m_pane->showHistoryOfSelected();
    auto *dialog = openDialog<GoalHistoryDialog>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_EQ(dialog->checkInList()->count(), 1);
    EXPECT_TRUE(dialog->checkInList()->item(0)->text().contains(u"QLoRA 정리"_s));
    EXPECT_TRUE(dialog->checkInList()->item(0)->text().contains(u"2025-06-01"_s));
    ASSERT_EQ(dialog->lineageList()->count(), 2);
    EXPECT_TRUE(dialog->lineageList()->item(0)->text().startsWith(u"2024"_s));
    EXPECT_TRUE(dialog->lineageList()->item(1)->text().startsWith(u"2025"_s));

    // Removing a mistaken check-in there moves the bar back once the dialog closes.
    dialog->checkInList()->setCurrentRow(0);
    dialog->removeButton()->click();
    EXPECT_TRUE(m_store->checkIns(*carried)->isEmpty());
    dialog->reject();
    EXPECT_DOUBLE_EQ(indexOf(*carried).data(GoalsModel::FractionRole).toDouble(), 0.0);
}

TEST_F(GoalsPaneTest, ReviewIsOfferedForAYearReviewWithOpenGoals)
{
    const qint64 books = addGoal(u"책 15권 읽기"_s);
    m_pane->reload();
    EXPECT_FALSE(m_pane->reviewBar()->isVisible());
    m_pane->setReviewOffered(true);
    EXPECT_TRUE(m_pane->reviewBar()->isVisible());

    ASSERT_TRUE(m_store->setStatus(books, GoalStatus::Missed, {}).ok());
    m_pane->reload();
    EXPECT_FALSE(m_pane->reviewBar()->isVisible()) << "nothing left to review";
}

TEST_F(GoalsPaneTest, ActionsWaitForASelectedGoal)
{
    EXPECT_FALSE(m_pane->checkInAction()->isEnabled());
    m_pane->checkInSelected();
    EXPECT_EQ(m_pane->findChild<CheckInDialog *>(), nullptr);
    const qint64 books = addGoal(u"책 15권 읽기"_s);
    select(books);
    EXPECT_TRUE(m_pane->checkInAction()->isEnabled());
}

} // namespace
