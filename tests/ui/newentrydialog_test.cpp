#include "entries/newentrydialog.h"
#include "templates/templatecatalog.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

const QDate lateNovember(2026, 11, 24);

// Hangul as an input method sends it: the syllable being composed, then the committed text.
void composeHangul(QWidget *widget, const QString &preedit, const QString &commit)
{
    QInputMethodEvent composing(preedit, {});
    QApplication::sendEvent(widget, &composing);
    QInputMethodEvent committed;
    committed.setCommitString(commit);
    QApplication::sendEvent(widget, &committed);
}

struct DefaultCase {
    const char *name;
    EntryKind kind;
    QDate today;
    const char *period;
};

class DefaultPeriodTest : public ::testing::TestWithParam<DefaultCase>
{
};

TEST_P(DefaultPeriodTest, SuggestsThePeriodPeopleMean)
{
    const DefaultCase &row = GetParam();
    const QString period = NewEntryDialog::defaultPeriod(row.kind, row.today);
    EXPECT_EQ(period, QString::fromUtf8(row.period));
    EXPECT_TRUE(Period::parse(period).ok());
}

INSTANTIATE_TEST_SUITE_P(
    Kinds, DefaultPeriodTest,
    ::testing::Values(DefaultCase{"YearReviewInNovemberIsThisYear", EntryKind::Year, lateNovember, "2026"},
                      DefaultCase{"YearReviewInJanuaryIsLastYear", EntryKind::Year, QDate(2027, 1, 12), "2026"},
                      DefaultCase{"YearReviewInFebruaryIsLastYear", EntryKind::Year, QDate(2027, 2, 28), "2026"},
                      DefaultCase{"PlanInNovemberIsNextYear", EntryKind::Plan, lateNovember, "2027"},
                      DefaultCase{"PlanInJanuaryIsThisYear", EntryKind::Plan, QDate(2027, 1, 3), "2027"},
                      DefaultCase{"MonthIsThisMonth", EntryKind::Month, lateNovember, "2026-11"},
                      DefaultCase{"QuarterIsTheLastEndedOne", EntryKind::Quarter, lateNovember, "2026-Q3"},
                      DefaultCase{"QuarterInItsLastMonthIsThisOne", EntryKind::Quarter, QDate(2026, 12, 20), "2026-Q4"},
                      DefaultCase{"QuarterInJanuaryIsLastYearsFourth", EntryKind::Quarter, QDate(2027, 1, 5), "2026-Q4"},
                      DefaultCase{"HalfInNovemberIsTheFirst", EntryKind::Half, lateNovember, "2026-H1"},
                      DefaultCase{"HalfInDecemberIsTheSecond", EntryKind::Half, QDate(2026, 12, 1), "2026-H2"},
                      DefaultCase{"HalfInMarchIsLastYearsSecond", EntryKind::Half, QDate(2027, 3, 1), "2026-H2"},
                      DefaultCase{"WeekIsTheIsoWeek", EntryKind::Week, lateNovember, "2026-W48"},
                      DefaultCase{"WeekOfNewYearsDayCanBelongToLastYear", EntryKind::Week, QDate(2027, 1, 1), "2026-W53"},
                      DefaultCase{"NoteIsToday", EntryKind::Note, lateNovember, "2026-11-24..2026-11-24"}),
    [](const auto &info) { return std::string(info.param.name); });

class NewEntryDialogTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_catalog = std::make_unique<TemplateCatalog>(u"ko"_s, m_dir.filePath(u"templates"_s));
        m_dialog = std::make_unique<NewEntryDialog>(*m_catalog, nullptr, lateNovember);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TemplateCatalog> m_catalog;
    std::unique_ptr<NewEntryDialog> m_dialog;
};

TEST_F(NewEntryDialogTest, OpensOnThisYearsReviewWithTheKptTemplate)
{
    EXPECT_EQ(m_dialog->kind(), EntryKind::Year);
    EXPECT_EQ(m_dialog->periodEdit()->text(), u"2026"_s);
    EXPECT_EQ(m_dialog->titleEdit()->text(), u"2026년 회고"_s);
    EXPECT_EQ(m_dialog->selectedTemplateId(), u"kpt-year"_s);
    EXPECT_TRUE(m_dialog->preview()->toPlainText().startsWith(u"# 2026년 회고\n"_s));
    EXPECT_TRUE(m_dialog->preview()->toPlainText().contains(u"## 2027년 목표"_s));
    EXPECT_TRUE(m_dialog->okButton()->isEnabled());
    EXPECT_EQ(m_dialog->kindBox()->currentText(), m_dialog->kindBox()->itemText(0)) << "the year review comes first";
}

TEST_F(NewEntryDialogTest, AKindBringsItsPeriodTitleAndTemplate)
{
    m_dialog->setKind(EntryKind::Plan);
    EXPECT_EQ(m_dialog->periodEdit()->text(), u"2027"_s);
    EXPECT_EQ(m_dialog->titleEdit()->text(), u"2027년 계획"_s);
    EXPECT_EQ(m_dialog->selectedTemplateId(), u"year-plan"_s);
    EXPECT_TRUE(m_dialog->preview()->toPlainText().startsWith(u"# 2027년 계획"_s));

    m_dialog->setKind(EntryKind::Month);
    EXPECT_EQ(m_dialog->periodEdit()->text(), u"2026-11"_s);
    EXPECT_EQ(m_dialog->titleEdit()->text(), u"2026년 11월 회고"_s);
    EXPECT_EQ(m_dialog->selectedTemplateId(), u"monthly-review"_s);

    m_dialog->setKind(EntryKind::Note);
    EXPECT_EQ(m_dialog->selectedTemplateId(), QString()) << "no template is written for notes: blank";
    EXPECT_TRUE(m_dialog->preview()->toPlainText().isEmpty());
}

TEST_F(NewEntryDialogTest, KeepsTheTitleTheUserTypedInHangul)
{
    QLineEdit *title = m_dialog->titleEdit();
    title->selectAll();
    QTest::keyClick(title, Qt::Key_Backspace);
    EXPECT_TRUE(title->text().isEmpty()) << "the user can clear the field to type their own title";
    composeHangul(title, u"ㅇ"_s, u"이"_s);
    composeHangul(title, u"지"_s, u"직"_s);
    QTest::keyClicks(title, u" "_s);
    composeHangul(title, u"ㅎ"_s, u"한 해"_s);
    ASSERT_EQ(title->text(), u"이직 한 해"_s);

    m_dialog->periodEdit()->setText(u"2025"_s);
    EXPECT_EQ(title->text(), u"이직 한 해"_s) << "a new period does not overwrite the user's title";
    m_dialog->setKind(EntryKind::Half);
    EXPECT_EQ(title->text(), u"이직 한 해"_s);
    EXPECT_EQ(m_dialog->draft().title, u"이직 한 해"_s);

    title->selectAll();
    QTest::keyClick(title, Qt::Key_Backspace);
    EXPECT_EQ(m_dialog->draft().title, u"2026년 상반기 회고"_s) << "an empty title is the suggested one";
    m_dialog->periodEdit()->setText(u"2026-H2"_s);
    EXPECT_EQ(title->text(), u"2026년 하반기 회고"_s) << "an emptied title takes suggestions again";
}

TEST_F(NewEntryDialogTest, AnInvalidPeriodBlocksCreateWithAMessage)
{
    QLineEdit *period = m_dialog->periodEdit();
    period->selectAll();
    QTest::keyClicks(period, u"2026-13"_s);
    EXPECT_FALSE(m_dialog->okButton()->isEnabled());
    EXPECT_FALSE(m_dialog->periodError()->isHidden());
    EXPECT_TRUE(m_dialog->periodError()->text().contains(u"2026-13"_s));
    EXPECT_TRUE(m_dialog->periodError()->text().contains(u"2026"_s));

    QTest::keyClick(period, Qt::Key_Backspace);
    QTest::keyClick(period, Qt::Key_Backspace);
    QTest::keyClicks(period, u"06"_s);
    EXPECT_TRUE(m_dialog->okButton()->isEnabled());
    EXPECT_TRUE(m_dialog->periodError()->isHidden());
}

TEST_F(NewEntryDialogTest, TheDraftCarriesTheChosenTemplateFilledForThePeriod)
{
    ASSERT_TRUE(m_dialog->selectTemplate(u"good-regret-goals"_s));
    m_dialog->periodEdit()->setText(u"2025"_s);
    const Entry draft = m_dialog->draft();
    EXPECT_EQ(draft.kind, EntryKind::Year);
    EXPECT_EQ(draft.period, *Period::parse(u"2025"_s));
    EXPECT_EQ(draft.title, u"2025년 회고"_s);
    EXPECT_EQ(draft.written, lateNovember);
    EXPECT_TRUE(draft.body.contains(u"## 잘한 점"_s));
    EXPECT_TRUE(draft.body.contains(u"## 2026년 목표"_s));
    EXPECT_FALSE(draft.body.contains(u"{{"_s));
    EXPECT_EQ(draft.body, m_dialog->preview()->toPlainText()) << "what was previewed is what is created";

    ASSERT_TRUE(m_dialog->selectTemplate(QString()));
    EXPECT_TRUE(m_dialog->draft().body.isEmpty()) << "blank";
}

TEST_F(NewEntryDialogTest, ATemplateTheUserPickedSurvivesAKindChange)
{
    m_dialog->templateList()->setCurrentRow(m_dialog->templateList()->count() - 1); // 월간 회고
    ASSERT_EQ(m_dialog->selectedTemplateId(), u"monthly-review"_s);
    m_dialog->setKind(EntryKind::Quarter);
    EXPECT_EQ(m_dialog->selectedTemplateId(), u"monthly-review"_s);
}

TEST_F(NewEntryDialogTest, OffersTheUsersOwnTemplates)
{
    auto saved = m_catalog->saveUserTemplate(u"팀 회고"_s, u"# {{year}}년 팀 회고\n"_s, EntryKind::Year);
    ASSERT_TRUE(saved.ok());
    NewEntryDialog dialog(*m_catalog, nullptr, lateNovember);
    ASSERT_TRUE(dialog.selectTemplate(saved->id));
    EXPECT_TRUE(dialog.templateList()->currentItem()->text().contains(u"팀 회고"_s));
    EXPECT_EQ(dialog.draft().body, u"# 2026년 팀 회고\n"_s);
}

} // namespace
