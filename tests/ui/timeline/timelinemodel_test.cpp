#include "goals/goalstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "support/tempjournal.h"
#include "timeline/timelinemodel.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class TimelineModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
    }

    qint64 add(EntryKind kind, const QString &period, const QString &title, const QString &body, const QStringList &tags = {})
    {
        Entry draft;
        draft.kind = kind;
        draft.period = *Period::parse(period);
        draft.title = title;
        draft.body = body;
        draft.tags = tags;
        draft.written = draft.period.end;
        auto id = EntryStore(*m_journal).create(draft);
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
};

TEST_F(TimelineModelTest, YearsNewestFirstWithTheirEntriesAsChildrenAndPassesTheModelTester)
{
    TimelineModel model(*m_journal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(model.rowCount(), 0) << "an empty journal is an empty timeline";

    add(EntryKind::Year, u"2023"_s, u"2023년 회고"_s, u"대학원 졸업"_s);
    const qint64 review = add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"팀 리드가 된 해, 영어 공부는 멈췄다"_s, {u"회고"_s});
    const qint64 june = add(EntryKind::Month, u"2025-06"_s, u"6월 회고"_s, u"영어 회화 수업 등록"_s);
    ASSERT_TRUE(GoalStore(*m_journal).add(Goal::fromParsed(parseGoal(u"책 20권 읽기"_s), 2026)).ok());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(resets.count(), 1);

    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), u"2026"_s) << "a year with goals and no entry yet";
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0);
    const QModelIndex year2025 = model.index(1, 0);
    EXPECT_EQ(year2025.data(TimelineModel::YearRole).toInt(), 2025);
    EXPECT_TRUE(year2025.data(TimelineModel::IsYearRole).toBool());
    ASSERT_EQ(model.rowCount(year2025), 2);
    const QModelIndex first = model.index(0, 0, year2025);
    EXPECT_EQ(first.data(TimelineModel::EntryIdRole).toLongLong(), june);
    EXPECT_EQ(first.data().toString(), u"6월 회고"_s);
    EXPECT_EQ(first.parent(), year2025);
    EXPECT_FALSE(first.data(TimelineModel::IsYearRole).toBool());
    EXPECT_EQ(first.data(TimelineModel::YearRole).toInt(), 2025);
    EXPECT_EQ(model.indexOfEntry(review), model.index(1, 0, year2025));
    EXPECT_EQ(model.indexOfYear(2023), model.index(2, 0));
    EXPECT_FALSE(model.indexOfYear(1999).isValid());
    EXPECT_TRUE(year2025.data(Qt::ToolTipRole).toString().contains(u"2025"_s));

    // Filters reset the model under the tester as well.
    TimelineFilter filter;
    filter.query = u"영어"_s;
    ASSERT_TRUE(model.setFilter(filter).ok());
    ASSERT_EQ(model.rowCount(), 1);
    ASSERT_EQ(model.rowCount(model.index(0, 0)), 2);
    EXPECT_TRUE(model.index(0, 0, model.index(0, 0)).data(TimelineModel::SnippetRole).toString().contains(u"«영어»"_s));
    filter = {};
    filter.tag = u"회고"_s;
    ASSERT_TRUE(model.setFilter(filter).ok());
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.index(0, 0, model.index(0, 0)).data(TimelineModel::EntryIdRole).toLongLong(), review);
}

TEST_F(TimelineModelTest, ASaveThatChangesOnlyTextUpdatesRowsInPlace)
{
    const qint64 id = add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"초안"_s);
    TimelineModel model(*m_journal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_TRUE(model.reload().ok());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    EntryStore store(*m_journal);
    Entry entry = *store.get(id);
    entry.title = u"2025년 회고: 리드가 된 해"_s;
    entry.body = u"초안을 다듬어 길게 썼다"_s;
    ASSERT_TRUE(store.update(entry).ok());
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(resets.count(), 0) << "views keep folding, selection and scroll";
    EXPECT_GE(changes.count(), 2);
    EXPECT_EQ(model.index(0, 0, model.index(0, 0)).data().toString(), u"2025년 회고: 리드가 된 해"_s);
    EXPECT_EQ(model.yearAt(model.index(0, 0))->chars, 13);

    add(EntryKind::Month, u"2025-03"_s, u"3월 회고"_s, u"봄"_s);
    ASSERT_TRUE(model.reload().ok());
    EXPECT_EQ(resets.count(), 1) << "a new entry is a new row: the model resets";
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 2);
}

TEST_F(TimelineModelTest, ASearchThatCannotRunKeepsWhatWasShown)
{
    add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"회고"_s);
    TimelineModel model(*m_journal);
    ASSERT_TRUE(model.reload().ok());
    TimelineFilter filter;
    filter.query = u"?!"_s;
    const Status searched = model.setFilter(filter);
    ASSERT_FALSE(searched.ok());
    EXPECT_EQ(searched.error().kind, Error::Kind::Usage);
    EXPECT_EQ(model.rowCount(), 1);
}

} // namespace
