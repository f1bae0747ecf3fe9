#include "entries/entrysession.h"
#include "goals/goalstore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "mainwindow.h"
#include "support/tempjournal.h"
#include "timeline/compareyearsdialog.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinepane.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class CompareYearsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
        m_review2024 = test::addEntry(*m_journal, EntryKind::Year, u"2024"_s, u"2024년 회고"_s, u"첫 직장"_s);
        m_review2025 = test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"두 번째 직장"_s);
        KptStore kpt(*m_journal);
        ASSERT_TRUE(kpt.append(m_review2024, KptSection::Problem, u"야근이 너무 잦았다"_s).ok());
        ASSERT_TRUE(kpt.append(m_review2024, KptSection::Keep, u"주 1회 블로그 글"_s).ok());
        ASSERT_TRUE(kpt.append(m_review2025, KptSection::Problem, u"올해도 야근이 잦았음"_s).ok());
        ASSERT_TRUE(kpt.append(m_review2025, KptSection::Problem, u"테스트 코드를 미뤘다"_s).ok());
        GoalStore goals(*m_journal);
        auto jogging = goals.add(Goal::fromParsed(parseGoal(u"주 3회 조깅"_s), 2024));
        ASSERT_TRUE(jogging.ok());
        ASSERT_TRUE(goals.setStatus(*jogging, GoalStatus::Missed, u"겨울에 멈춤"_s).ok());
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    qint64 m_review2024 = 0;
    qint64 m_review2025 = 0;
};

TEST_F(CompareYearsTest, ShowsTheLastTwoYearsSideBySideWithRecurringProblemsHighlighted)
{
    CompareYearsDialog dialog(*m_journal);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    EXPECT_EQ(dialog.firstPicker()->currentText(), u"2024"_s);
    EXPECT_EQ(dialog.secondPicker()->currentText(), u"2025"_s);
    ASSERT_TRUE(dialog.comparison().has_value());
    const QString earlier = dialog.earlierColumn()->toPlainText();
    const QString later = dialog.laterColumn()->toPlainText();
    EXPECT_TRUE(earlier.contains(u"↻ 야근이 너무 잦았다"_s)) << earlier.toStdString();
    EXPECT_TRUE(later.contains(u"↻ 올해도 야근이 잦았음"_s)) << later.toStdString();
    EXPECT_TRUE(later.contains(u"테스트 코드를 미뤘다"_s));
    EXPECT_FALSE(later.contains(u"↻ 테스트 코드를 미뤘다"_s)) << "a new problem is not marked";
    EXPECT_TRUE(earlier.contains(u"주 3회 조깅 — missed (겨울에 멈춤)"_s)) << "goals with their outcomes";
    EXPECT_TRUE(earlier.contains(u"주 1회 블로그 글"_s));
    EXPECT_TRUE(dialog.summary()->text().contains(u"2024"_s));

    // Picking the same year twice explains instead of comparing.
    dialog.firstPicker()->setCurrentIndex(dialog.firstPicker()->findData(2025));
    EXPECT_FALSE(dialog.comparison().has_value());
    EXPECT_TRUE(dialog.laterColumn()->toPlainText().isEmpty());
    dialog.setYears(2025, 2024);
    ASSERT_TRUE(dialog.comparison().has_value());
    EXPECT_EQ(dialog.comparison()->earlier.year, 2024);
}

TEST_F(CompareYearsTest, TheWindowOpensWhatTheTimelineSelectsAndOffersTheComparison)
{
    MainWindow window(*m_journal);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTreeView *view = window.timeline()->view();
    const QModelIndex older = window.timeline()->model()->indexOfEntry(m_review2024);
    ASSERT_TRUE(older.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(older).center());
    EXPECT_EQ(window.session()->currentId(), m_review2024);
    EXPECT_EQ(window.timeline()->selectedYear(), 2024);

    QAction *compare = nullptr;
    for (QAction *menu : window.menuBar()->actions()) {
        for (QAction *action : menu->menu() ? menu->menu()->actions() : QList<QAction *>()) {
            if (action->text().remove(u'&') == u"Compare Years…"_s)
                compare = action;
        }
    }
    ASSERT_NE(compare, nullptr);
    compare->trigger();
    auto *dialog = window.findChild<CompareYearsDialog *>();
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_FALSE(dialog->isModal()) << "the journal stays usable beside it";
    dialog->close();
}

} // namespace
