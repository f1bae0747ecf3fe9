#include "goals/goalstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "support/tempjournal.h"
#include "timeline/timelinestore.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class TimelineStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
    }

    qint64 add(EntryKind kind, const QString &period, const QString &title, const QDate &written, const QString &body = u"회고"_s,
               const QStringList &tags = {})
    {
        Entry draft;
        draft.kind = kind;
        draft.period = *Period::parse(period);
        draft.title = title;
        draft.body = body;
        draft.written = written;
        draft.tags = tags;
        auto id = EntryStore(*m_journal).create(draft);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    void addGoal(int year, const QString &sentence, GoalStatus status)
    {
        GoalStore goals(*m_journal);
        auto id = goals.add(Goal::fromParsed(parseGoal(sentence), year));
        ASSERT_TRUE(id.ok());
        ASSERT_TRUE(goals.setStatus(*id, status, {}).ok());
    }

    QList<TimelineYear> years(const TimelineFilter &filter = {})
    {
        auto years = TimelineStore(*m_journal).years(filter);
        EXPECT_TRUE(years.ok()) << years.error().message.toStdString();
        return years.ok() ? *years : QList<TimelineYear>();
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
};

TEST_F(TimelineStoreTest, AnEmptyJournalHasNoYearsTagsOrMemories)
{
    EXPECT_TRUE(years().isEmpty());
    TimelineStore store(*m_journal);
    EXPECT_TRUE(store.tags()->isEmpty());
    EXPECT_TRUE(store.onThisDay(QDate(2026, 11, 24))->isEmpty());
}

TEST_F(TimelineStoreTest, OneYearWithItsEntriesGoalsKptAndMonthlyWriting)
{
    const QString body = u"올해는 **꾸준함**의 해였다. 책을 12권 읽었다."_s; // 25 characters without Markdown
    const qint64 review = add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, QDate(2025, 12, 28), body);
    const qint64 july = add(EntryKind::Month, u"2025-07"_s, u"7월 회고"_s, QDate(2025, 7, 31), u"장마 속 출퇴근"_s);
    KptStore kpt(*m_journal);
    for (const auto &[section, text] : {std::pair{KptSection::Keep, u"매일 아침 30분 독서"_s}, {KptSection::Keep, u"주간 회고 작성"_s},
                                        {KptSection::Problem, u"야근이 잦았다"_s}, {KptSection::Try, u"퇴근 후 운동"_s}})
        ASSERT_TRUE(kpt.append(review, section, text).ok());
    addGoal(2025, u"책 15권 읽기"_s, GoalStatus::Achieved);
    addGoal(2025, u"주 3회 조깅"_s, GoalStatus::Missed);
    addGoal(2025, u"영어 강의 완강"_s, GoalStatus::Dropped);

    const QList<TimelineYear> all = years();
    ASSERT_EQ(all.size(), 1);
    const TimelineYear &year = all.front();
    EXPECT_EQ(year.year, 2025);
    ASSERT_EQ(year.entries.size(), 2);
    EXPECT_EQ(year.entries[0].id, july) << "newest period first: July starts after January 1";
    EXPECT_EQ(year.entries[1].id, review);
    EXPECT_EQ(year.entries[1].title, u"2025년 회고"_s);
    EXPECT_EQ(year.entries[1].kind, EntryKind::Year);
    EXPECT_EQ(year.entries[1].period.text, u"2025"_s);
    EXPECT_EQ(year.entries[1].chars, 25);
    EXPECT_EQ(year.chars, 25 + 8);
    EXPECT_EQ(year.goalsSet, 2) << "dropped goals are not counted as set";
    EXPECT_EQ(year.goalsMet, 1);
    EXPECT_EQ(year.keep, 2);
    EXPECT_EQ(year.problem, 1);
    EXPECT_EQ(year.tries, 1);
    EXPECT_EQ(year.monthChars[6], 8);
    EXPECT_EQ(year.monthChars[11], 25);
    EXPECT_EQ(year.monthChars[0], 0);
    EXPECT_EQ(year.busiestMonthChars(), 25);
}

TEST_F(TimelineStoreTest, AnEntrySpanningNewYearBelongsToItsStartAndItsWritingToItsDay)
{
    add(EntryKind::Note, u"2025-12-01..2026-01-31"_s, u"연말연시 기록"_s, QDate(2026, 1, 2), u"해돋이"_s);
    QList<TimelineYear> all = years();
    ASSERT_EQ(all.size(), 1) << "writing alone makes no card: 2026 has no entry yet";
    EXPECT_EQ(all[0].year, 2025);
    ASSERT_EQ(all[0].entries.size(), 1);
    EXPECT_EQ(all[0].entries[0].title, u"연말연시 기록"_s);
    EXPECT_EQ(all[0].monthChars[11], 0) << "written on 2 January 2026, not in December";

    add(EntryKind::Plan, u"2026"_s, u"2026년 계획"_s, QDate(2026, 1, 3), u"목표"_s);
    all = years();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].year, 2026) << "newest first";
    EXPECT_EQ(all[0].entries.size(), 1);
    EXPECT_EQ(all[0].monthChars[0], 3 + 2) << "January 2026 holds both";
    EXPECT_EQ(all[0].chars, 2);
    EXPECT_EQ(all[1].chars, 3);
}

TEST_F(TimelineStoreTest, AYearWithGoalsOnlyAppears)
{
    add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, QDate(2025, 12, 30));
    addGoal(2026, u"논문 2편 리뷰"_s, GoalStatus::Open);
    const QList<TimelineYear> all = years();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].year, 2026);
    EXPECT_EQ(all[0].goalsSet, 1);
    EXPECT_EQ(all[0].goalsMet, 0);
}

TEST_F(TimelineStoreTest, FiltersByKindAndTagKeepOnlyYearsWithMatches)
{
    add(EntryKind::Year, u"2024"_s, u"2024년 회고"_s, QDate(2024, 12, 30), u"이직"_s, {u"회고"_s});
    add(EntryKind::Month, u"2025-03"_s, u"3월 회고"_s, QDate(2025, 3, 31), u"봄"_s, {u"월간"_s});
    add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, QDate(2025, 12, 29), u"성장"_s, {u"회고"_s, u"커리어"_s});
    addGoal(2023, u"책 10권 읽기"_s, GoalStatus::Achieved);

    TimelineFilter byKind;
    byKind.kind = EntryKind::Month;
    QList<TimelineYear> months = years(byKind);
    ASSERT_EQ(months.size(), 1) << "no goal-only years under a filter";
    EXPECT_EQ(months[0].year, 2025);
    ASSERT_EQ(months[0].entries.size(), 1);
    EXPECT_EQ(months[0].entries[0].title, u"3월 회고"_s);
    EXPECT_EQ(months[0].chars, 1);
    EXPECT_EQ(months[0].monthChars[2], 1);
    EXPECT_EQ(months[0].monthChars[11], 0) << "the year review is filtered out of the activity too";

    TimelineFilter byTag;
    byTag.tag = u"회고"_s;
    const QList<TimelineYear> tagged = years(byTag);
    ASSERT_EQ(tagged.size(), 2);
    EXPECT_EQ(tagged[0].entries.size(), 1);
    EXPECT_EQ(tagged[0].entries[0].title, u"2025년 회고"_s);
    EXPECT_EQ(tagged[1].entries[0].title, u"2024년 회고"_s);

    byTag.kind = EntryKind::Month;
    EXPECT_TRUE(years(byTag).isEmpty()) << "kind and tag together";
    EXPECT_EQ(TimelineStore(*m_journal).tags().value(), (QStringList{u"월간"_s, u"커리어"_s, u"회고"_s}));
}

TEST_F(TimelineStoreTest, ASearchKeepsEntriesWithHitsAndTheirSnippets)
{
    add(EntryKind::Year, u"2024"_s, u"2024년 회고"_s, QDate(2024, 12, 30), u"올해는 영어 강의를 끝까지 듣지 못했다."_s);
    add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, QDate(2025, 12, 29), u"PyTorch 프로파일링을 배웠다."_s);
    add(EntryKind::Month, u"2025-05"_s, u"5월 회고"_s, QDate(2025, 5, 31), u"영어 스터디에 두 번 빠졌다."_s);
    TimelineFilter filter;
    filter.query = u"영어"_s;
    const QList<TimelineYear> found = years(filter);
    ASSERT_EQ(found.size(), 2);
    ASSERT_EQ(found[0].entries.size(), 1);
    EXPECT_EQ(found[0].entries[0].title, u"5월 회고"_s);
    EXPECT_TRUE(found[0].entries[0].snippet.contains(u"«영어»"_s)) << found[0].entries[0].snippet.toStdString();
    EXPECT_EQ(found[1].entries[0].title, u"2024년 회고"_s);

    filter.query = u"없는말입니다"_s;
    EXPECT_TRUE(years(filter).isEmpty());
}

struct OnThisDayCase {
    const char *name;
    QDate today;
    QDate written;
    int yearsAgo; // 0: not shown
};

class OnThisDayTest : public TimelineStoreTest, public ::testing::WithParamInterface<OnThisDayCase>
{
};

TEST_P(OnThisDayTest, ShowsEntriesWrittenWithinThreeDaysInEarlierYears)
{
    const OnThisDayCase &c = GetParam();
    const qint64 id = add(EntryKind::Note, c.written.toString(u"yyyy-MM"_s), u"그날의 메모"_s, c.written);
    auto found = TimelineStore(*m_journal).onThisDay(c.today);
    ASSERT_TRUE(found.ok()) << found.error().message.toStdString();
    if (c.yearsAgo == 0) {
        EXPECT_TRUE(found->isEmpty());
        return;
    }
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(found->front().entry.id, id);
    EXPECT_EQ(found->front().yearsAgo, c.yearsAgo);
}

INSTANTIATE_TEST_SUITE_P(Windows, OnThisDayTest,
                         ::testing::Values(OnThisDayCase{"SameDayLastYear", QDate(2026, 11, 24), QDate(2025, 11, 24), 1},
                                           OnThisDayCase{"ThreeDaysBefore", QDate(2026, 11, 24), QDate(2025, 11, 21), 1},
                                           OnThisDayCase{"FourDaysBefore", QDate(2026, 11, 24), QDate(2025, 11, 20), 0},
                                           OnThisDayCase{"ThreeDaysAfter", QDate(2026, 11, 24), QDate(2025, 11, 27), 1},
                                           OnThisDayCase{"FourDaysAfter", QDate(2026, 11, 24), QDate(2025, 11, 28), 0},
                                           OnThisDayCase{"YesterdayIsNotAMemory", QDate(2026, 11, 24), QDate(2026, 11, 23), 0},
                                           OnThisDayCase{"TenYearsAgo", QDate(2026, 11, 24), QDate(2016, 11, 25), 10},
                                           OnThisDayCase{"NewYearsDaySeesThirtiethOfDecember", QDate(2027, 1, 1), QDate(2025, 12, 30), 1},
                                           OnThisDayCase{"ThirtiethOfDecemberSeesSecondOfJanuary", QDate(2026, 12, 30), QDate(2026, 1, 2), 1},
                                           OnThisDayCase{"LastWeekAcrossNewYearIsNotAMemory", QDate(2027, 1, 1), QDate(2026, 12, 30), 0},
                                           OnThisDayCase{"LeapDaySeesTwentyEighthOfFebruary", QDate(2028, 2, 29), QDate(2027, 2, 28), 1},
                                           OnThisDayCase{"LeapDaySeesThirdOfMarch", QDate(2028, 2, 29), QDate(2027, 3, 3), 1},
                                           OnThisDayCase{"LeapDayDoesNotSeeFourthOfMarch", QDate(2028, 2, 29), QDate(2027, 3, 4), 0},
                                           OnThisDayCase{"LeapDaySeesTheLastLeapDay", QDate(2028, 2, 29), QDate(2024, 2, 29), 4},
                                           OnThisDayCase{"FirstOfMarchSeesALeapDay", QDate(2029, 3, 1), QDate(2028, 2, 29), 1}),
                         [](const ::testing::TestParamInfo<OnThisDayCase> &info) { return std::string(info.param.name); });

TEST_F(TimelineStoreTest, OnThisDayListsNewestFirst)
{
    add(EntryKind::Note, u"2020-11"_s, u"2020년 메모"_s, QDate(2020, 11, 25));
    add(EntryKind::Note, u"2024-11"_s, u"2024년 메모"_s, QDate(2024, 11, 23));
    add(EntryKind::Note, u"2024-06"_s, u"여름 메모"_s, QDate(2024, 6, 1));
    auto found = TimelineStore(*m_journal).onThisDay(QDate(2026, 11, 24));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 2);
    EXPECT_EQ(found->at(0).entry.title, u"2024년 메모"_s);
    EXPECT_EQ(found->at(0).yearsAgo, 2);
    EXPECT_EQ(found->at(1).yearsAgo, 6);
}

} // namespace
