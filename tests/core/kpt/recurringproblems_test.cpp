#include "journal/journal.h"
#include "kpt/recurringproblems.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

struct Pair {
    const char *name;
    QString a;
    QString b;
    bool similar;
};

void PrintTo(const Pair &pair, std::ostream *out)
{
    *out << pair.a.toStdString() << " ~ " << pair.b.toStdString();
}

class ProblemSimilarity : public ::testing::TestWithParam<Pair>
{
};

TEST_P(ProblemSimilarity, MatchesWhatAReaderWouldCallTheSameProblem)
{
    const Pair &pair = GetParam();
    const double score = problemSimilarity(pair.a, pair.b);
    EXPECT_EQ(areSimilarProblems(pair.a, pair.b), pair.similar) << "score " << score;
    // The measure is symmetric: which year is "earlier" must not matter.
    EXPECT_DOUBLE_EQ(score, problemSimilarity(pair.b, pair.a));
}

INSTANTIATE_TEST_SUITE_P(
    Pairs, ProblemSimilarity,
    ::testing::Values(
        Pair{"ExerciseNegatedBothWays", u"운동을 꾸준히 못 했다"_s, u"운동 꾸준히 하지 못함"_s, true},
        Pair{"EnglishStudyPostponed", u"영어 공부를 자꾸 미뤘다"_s, u"영어 공부를 계속 미룸"_s, true},
        Pair{"TooManyMeetings", u"회의가 너무 많았다"_s, u"회의가 너무 많음"_s, true},
        Pair{"BooksNegationMoved", u"책을 많이 읽지 못했다"_s, u"책을 많이 못 읽었다"_s, true},
        Pair{"SideProjectUnfinished", u"사이드 프로젝트를 끝내지 못했다"_s, u"사이드 프로젝트 마무리 못함"_s, true},
        Pair{"CodeReviewLate", u"코드 리뷰가 늦어졌다"_s, u"코드 리뷰 지연"_s, true},
        Pair{"CompoundWithoutSpace", u"건강 검진을 미뤘다"_s, u"건강검진 미룸"_s, true},
        Pair{"BlogNotWritten", u"블로그 글을 거의 쓰지 않았다"_s, u"블로그에 글을 쓰지 않음"_s, true},
        Pair{"WordOrderSwapped", u"야근이 잦았다"_s, u"잦은 야근"_s, true},
        Pair{"SleepShort", u"수면 시간이 부족했다"_s, u"수면 부족"_s, true},
        Pair{"PapersNotReviewed", u"논문 리뷰를 한 편도 못 했다"_s, u"논문 리뷰 못함"_s, true},
        Pair{"LateOnWeekends", u"주말마다 늦잠을 잤다"_s, u"주말에 늦잠 자는 습관"_s, true},
        Pair{"LatinStemWithParticle", u"PR 리뷰를 늦게 했다"_s, u"PR 리뷰가 늦음"_s, true},
        Pair{"NegationWithoutSpaces", u"테스트를 작성하지못했다"_s, u"테스트 작성을 못 함"_s, true},
        Pair{"DecomposedJamo", u"회고를 미뤘다"_s.normalized(QString::NormalizationForm_D), u"회고 미룸"_s, true},
        Pair{"EnglishNegated", u"Didn't exercise regularly"_s, u"Did not exercise regularly enough"_s, true},
        Pair{"EnglishMeetings", u"Too many meetings"_s, u"too many meetings again"_s, true},
        Pair{"EnglishInflections", u"Procrastinated on English study"_s, u"procrastinating English study"_s, true},
        Pair{"ExerciseOppositeMeaning", u"운동을 꾸준히 못 했다"_s, u"운동은 꾸준히 했다"_s, false},
        Pair{"ExerciseVersusEnglish", u"운동을 꾸준히 못 했다"_s, u"영어 공부를 미뤘다"_s, false},
        Pair{"MeetingsVersusBooks", u"회의가 너무 많았다"_s, u"책을 너무 적게 읽었다"_s, false},
        Pair{"SameTopicOtherProblem", u"코드 리뷰가 늦어졌다"_s, u"코드 품질이 낮았다"_s, false},
        Pair{"SleepShortVersusEnough", u"잠이 부족했다"_s, u"잠을 충분히 잤다"_s, false},
        Pair{"BlogOppositeMeaning", u"블로그 글을 쓰지 않았다"_s, u"블로그 글을 꾸준히 썼다"_s, false},
        Pair{"TeamVersusPersonalRetro", u"팀 회고를 하지 않았다"_s, u"개인 회고를 쓰지 않았다"_s, false},
        Pair{"CourseVersusConversationClub", u"영어 강의를 끝내지 못했다"_s, u"영어 회화 모임에 나가지 못했다"_s, false},
        Pair{"ReviewVersusBigPr", u"PR 리뷰를 늦게 했다"_s, u"PR을 너무 크게 올렸다"_s, false},
        Pair{"WeekendsOtherHabit", u"주말마다 늦잠을 잤다"_s, u"주말마다 등산을 갔다"_s, false},
        Pair{"NeglectedDifferentThings", u"문서화를 소홀히 했다"_s, u"테스트 작성을 소홀히 했다"_s, false},
        Pair{"EnglishManyVersusFew", u"Too many meetings"_s, u"Too few books"_s, false},
        Pair{"EnglishOppositeMeaning", u"Didn't exercise regularly"_s, u"Exercised regularly"_s, false},
        Pair{"OnlyFillerWords", u"너무 많이 했다"_s, u"계속 했다"_s, false}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(RecurringProblems, ListsEarlierYearsSimilarProblemsForTheYear)
{
    test::TempJournal temp;
    auto journal = Journal::open(temp.path(), Journal::OpenMode::CreateIfMissing);
    ASSERT_TRUE(journal.ok());
    KptStore store(**journal);
    const qint64 y2023 = test::addEntry(**journal, EntryKind::Year, u"2023"_s, u"2023년 회고"_s);
    const qint64 y2024 = test::addEntry(**journal, EntryKind::Year, u"2024"_s, u"2024년 회고"_s);
    const qint64 y2025 = test::addEntry(**journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s);
    const qint64 y2026 = test::addEntry(**journal, EntryKind::Year, u"2026"_s, u"2026년 회고"_s);
    ASSERT_TRUE(store.append(y2023, KptSection::Problem, u"운동을 꾸준히 못 했다"_s).ok());
    ASSERT_TRUE(store.append(y2024, KptSection::Problem, u"운동 꾸준히 하지 못함"_s).ok());
    ASSERT_TRUE(store.append(y2024, KptSection::Keep, u"운동을 꾸준히 못 했다"_s).ok()); // a Keep is not a problem
    ASSERT_TRUE(store.append(y2025, KptSection::Problem, u"운동을 또 꾸준히 못 했다"_s).ok());
    ASSERT_TRUE(store.append(y2025, KptSection::Problem, u"회의가 너무 많았다"_s).ok());
    ASSERT_TRUE(store.append(y2026, KptSection::Problem, u"운동 꾸준히 못함"_s).ok()); // later: not "earlier"

    auto recurring = recurringProblems(**journal, 2025);
    ASSERT_TRUE(recurring.ok()) << recurring.error().message.toStdString();
    ASSERT_EQ(recurring->size(), 1);
    EXPECT_EQ(recurring->at(0).problem.text, u"운동을 또 꾸준히 못 했다"_s);
    ASSERT_EQ(recurring->at(0).earlier.size(), 2);
    EXPECT_EQ(recurring->at(0).earlier[0].year, 2023);
    EXPECT_EQ(recurring->at(0).earlier[1].year, 2024);
    EXPECT_EQ(recurring->at(0).earlier[1].item.text, u"운동 꾸준히 하지 못함"_s);
}

} // namespace
