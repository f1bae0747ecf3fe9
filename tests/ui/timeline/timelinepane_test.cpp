#include "journal/entrystore.h"
#include "journal/journal.h"
#include "support/tempjournal.h"
#include "timeline/onthisdaybar.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinepane.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class TimelinePaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
        m_settings = std::make_unique<QSettings>(m_temp.file(u"settings.ini"_s), QSettings::IniFormat);
    }

    qint64 add(EntryKind kind, const QString &period, const QString &title, const QString &body = u"회고를 쓴다"_s,
               QDate written = {})
    {
        Entry draft;
        draft.kind = kind;
        draft.period = *Period::parse(period);
        draft.title = title;
        draft.body = body;
        draft.written = written.isValid() ? written : draft.period.end;
        auto id = EntryStore(*m_journal).create(draft);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    std::unique_ptr<TimelinePane> showPane()
    {
        auto pane = std::make_unique<TimelinePane>(*m_journal, nullptr, m_settings.get());
        pane->resize(360, 420);
        pane->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(pane.get()));
        return pane;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<QSettings> m_settings;
};

TEST_F(TimelinePaneTest, KeyboardWalksYearsAndEntriesAndSelectingOpens)
{
    const qint64 review2025 = add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s);
    const qint64 review2024 = add(EntryKind::Year, u"2024"_s, u"2024년 회고"_s);
    auto pane = showPane();
    QSignalSpy years(pane.get(), &TimelinePane::yearSelected);
    QSignalSpy opened(pane.get(), &TimelinePane::entryOpened);
    EXPECT_EQ(pane->restoreSelection(), std::nullopt);
    EXPECT_EQ(pane->selectedYear(), 2025) << "the newest year when nothing is remembered";
    ASSERT_EQ(years.count(), 1);

    QTreeView *view = pane->view();
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(pane->selectedEntry(), review2025);
    ASSERT_EQ(opened.count(), 1) << "moving onto an entry opens it";
    EXPECT_EQ(opened.takeFirst().at(0).toLongLong(), review2025);

    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(pane->selectedYear(), 2024);
    EXPECT_EQ(pane->selectedEntry(), std::nullopt);
    ASSERT_EQ(years.count(), 2);
    EXPECT_EQ(years.last().at(0).value<std::optional<int>>(), 2024);
    EXPECT_EQ(opened.count(), 0);

    // Left folds the year, Right unfolds it; Enter on an entry opens it again.
    QTest::keyClick(view, Qt::Key_Left);
    EXPECT_FALSE(view->isExpanded(pane->model()->indexOfYear(2024)));
    QTest::keyClick(view, Qt::Key_Right);
    EXPECT_TRUE(view->isExpanded(pane->model()->indexOfYear(2024)));
    QTest::keyClick(view, Qt::Key_Down);
    EXPECT_EQ(pane->selectedEntry(), review2024);
    opened.clear();
    QTest::keyClick(view, Qt::Key_Return);
    ASSERT_EQ(opened.count(), 1);
    EXPECT_EQ(opened.first().at(0).toLongLong(), review2024);
    QTest::keyClick(view, Qt::Key_Home);
    EXPECT_EQ(pane->selectedYear(), 2025);
}

TEST_F(TimelinePaneTest, SelectionAndScrollComeBackOnTheNextLaunch)
{
    qint64 target = 0;
    for (int year = 2010; year <= 2025; ++year) {
        const qint64 id = add(EntryKind::Year, QString::number(year), u"%1년 회고"_s.arg(year));
        add(EntryKind::Month, u"%1-06"_s.arg(year), u"%1년 6월"_s.arg(year));
        if (year == 2013)
            target = id;
    }
    int scrolled = 0;
    {
        auto pane = showPane();
        pane->restoreSelection();
        ASSERT_TRUE(pane->selectEntry(target));
        ASSERT_GT(pane->view()->verticalScrollBar()->maximum(), 0);
        scrolled = pane->view()->verticalScrollBar()->maximum() - 37;
        pane->view()->verticalScrollBar()->setValue(scrolled);
    }
    EXPECT_EQ(m_settings->value(u"timeline/selectedEntry"_s).toLongLong(), target);
    EXPECT_EQ(m_settings->value(u"timeline/selectedYear"_s).toInt(), 2013);
    EXPECT_EQ(m_settings->value(u"timeline/scrollPosition"_s).toInt(), scrolled);
    EXPECT_EQ(m_settings->value(u"timeline/journal"_s).toString(), m_journal->path());

    auto again = showPane();
    QSignalSpy years(again.get(), &TimelinePane::yearSelected);
    EXPECT_EQ(again->restoreSelection(), target);
    EXPECT_EQ(again->selectedEntry(), target);
    EXPECT_EQ(years.count(), 1);
    EXPECT_EQ(again->view()->verticalScrollBar()->value(), scrolled);

    // Another journal does not inherit this one's selection.
    m_settings->setValue(u"timeline/journal"_s, u"/elsewhere/hoego.sqlite"_s);
    auto other = showPane();
    EXPECT_EQ(other->restoreSelection(), std::nullopt);
    EXPECT_EQ(other->selectedYear(), 2025);
}

TEST_F(TimelinePaneTest, KindTagAndSearchFilterTheCards)
{
    add(EntryKind::Year, u"2024"_s, u"2024년 회고"_s, u"이직을 고민했다"_s);
    add(EntryKind::Month, u"2025-02"_s, u"2월 회고"_s, u"PyTorch 프로파일러로 병목을 찾았다"_s);
    add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"책 12권, 이직 성공"_s);
    auto pane = showPane();
    pane->kindFilter()->setCurrentIndex(pane->kindFilter()->findData(int(EntryKind::Month)));
    ASSERT_EQ(pane->model()->rowCount(), 1);
    EXPECT_EQ(pane->model()->rowCount(pane->model()->index(0, 0)), 1);

    pane->kindFilter()->setCurrentIndex(0);
    pane->searchBox()->setText(u"이직"_s); // typed Hangul arrives as committed text, not key codes
    QTest::keyClick(pane->searchBox(), Qt::Key_Return);
    ASSERT_EQ(pane->model()->rowCount(), 2);
    const QModelIndex hit = pane->model()->index(0, 0, pane->model()->index(0, 0));
    EXPECT_EQ(hit.data().toString(), u"2025년 회고"_s);
    EXPECT_TRUE(hit.data(TimelineModel::SnippetRole).toString().contains(u"«이직»"_s));
    EXPECT_GT(pane->view()->visualRect(hit).height(), pane->view()->visualRect(pane->model()->index(0, 0, pane->model()->index(1, 0))).height() - 9)
        << "an entry with a snippet is given room for it";

    pane->searchBox()->clear();
    QTest::keyClick(pane->searchBox(), Qt::Key_Return);
    EXPECT_EQ(pane->model()->rowCount(), 2);
    EXPECT_EQ(pane->model()->rowCount(pane->model()->index(0, 0)), 2);
}

TEST_F(TimelinePaneTest, OnThisDayShowsEarlierYearsAndCanBeTurnedOff)
{
    const QDate today = QDate::currentDate();
    const QDate lastYear = today.addYears(-1);
    const qint64 memory = add(EntryKind::Note, lastYear.toString(u"yyyy-MM"_s), u"작년 오늘의 메모"_s, u"첫 발표를 했다"_s, lastYear);
    {
        auto pane = showPane();
        OnThisDayBar *bar = pane->onThisDayBar();
        ASSERT_TRUE(bar->isVisible());
        EXPECT_TRUE(bar->label()->text().contains(u"작년 오늘의 메모"_s));
        QSignalSpy opened(pane.get(), &TimelinePane::entryOpened);
        QMetaObject::invokeMethod(bar->label(), "linkActivated", Q_ARG(QString, u"entry:%1"_s.arg(memory)));
        ASSERT_EQ(opened.count(), 1);
        EXPECT_EQ(opened.first().at(0).toLongLong(), memory);
        QTest::mouseClick(bar->dontShowAgainButton(), Qt::LeftButton);
        EXPECT_FALSE(bar->isVisible());
    }
    EXPECT_FALSE(m_settings->value(u"onThisDay/enabled"_s).toBool());
    auto later = showPane();
    EXPECT_FALSE(later->onThisDayBar()->isVisible());
}

TEST_F(TimelinePaneTest, NoBarWithoutMemories)
{
    add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"회고"_s, QDate::currentDate());
    auto pane = showPane();
    EXPECT_FALSE(pane->onThisDayBar()->isVisible());
}

} // namespace
