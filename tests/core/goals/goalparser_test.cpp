#include "goals/goalparser.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace hoego
{
// Readable failures: "count 15 권 per  「책 15권 읽기」".
void PrintTo(const ParsedGoal &goal, std::ostream *os)
{
    *os << goalMeasureName(goal.measure).toStdString() << ' '
        << (goal.target ? std::to_string(*goal.target) : std::string("null")) << ' ' << goal.unit.toStdString()
        << " per " << goalCadenceName(goal.per).toStdString() << " \"" << goal.title.toStdString() << '"';
}
} // namespace hoego

namespace
{

struct GoalCase {
    const char *name;
    QString sentence;
    ParsedGoal expected;
};

class GoalParse : public testing::TestWithParam<GoalCase>
{
};

TEST_P(GoalParse, ReadsMeasureTargetUnitAndCadence)
{
    EXPECT_EQ(parseGoal(GetParam().sentence), GetParam().expected);
}

constexpr auto Count = GoalMeasure::Count;
constexpr auto Duration = GoalMeasure::Duration;
constexpr auto Frequency = GoalMeasure::Frequency;
constexpr auto Done = GoalMeasure::Done;
constexpr auto None = GoalCadence::None;
constexpr auto Day = GoalCadence::Day;
constexpr auto Week = GoalCadence::Week;
constexpr auto Month = GoalCadence::Month;

const GoalCase korean[] = {
    { "BooksArabic", u"책 15권 읽기"_s, { u"책 15권 읽기"_s, Count, 15, u"권"_s, None } },
    // Two amounts: the first is the goal, the second stays in the title.
    { "BooksAndReviewsTakesFirst", u"책 15권 읽고 7권 서평"_s, { u"책 15권 읽고 7권 서평"_s, Count, 15, u"권"_s, None } },
    { "PapersReview", u"논문 2편 리뷰"_s, { u"논문 2편 리뷰"_s, Count, 2, u"편"_s, None } },
    { "PapersNativeFifteen", u"논문 열다섯 편 읽기"_s, { u"논문 열다섯 편 읽기"_s, Count, 15, u"편"_s, None } },
    { "BooksNativeTwenty", u"책 스무 권 읽기"_s, { u"책 스무 권 읽기"_s, Count, 20, u"권"_s, None } },
    { "BooksNativeSevenFinished", u"기술 서적 일곱 권 완독"_s, { u"기술 서적 일곱 권 완독"_s, Count, 7, u"권"_s, None } },
    // A number beats a completion word.
    { "OneBookNativeFinished", u"영어 원서 한 권 완독"_s, { u"영어 원서 한 권 완독"_s, Count, 1, u"권"_s, None } },
    { "TalksNativeFour", u"팀 세미나 발표 네 번"_s, { u"팀 세미나 발표 네 번"_s, Count, 4, u"번"_s, None } },
    { "ProblemsSinoTwoHundred", u"알고리즘 문제 이백 개 풀기"_s,
        { u"알고리즘 문제 이백 개 풀기"_s, Count, 200, u"개"_s, None } },
    { "LectureSinoThirtyMinutes", u"영어 강의 삼십 분 듣기"_s,
        { u"영어 강의 삼십 분 듣기"_s, Duration, 30, u"분"_s, None } },
    { "DeepLearningHours", u"딥러닝 강의 40시간 수강"_s, { u"딥러닝 강의 40시간 수강"_s, Duration, 40, u"시간"_s, None } },
    { "BlogPosts", u"블로그 글 24편 쓰기"_s, { u"블로그 글 24편 쓰기"_s, Count, 24, u"편"_s, None } },
    { "OpenSourcePullRequests", u"오픈소스 PR 10건 머지"_s, { u"오픈소스 PR 10건 머지"_s, Count, 10, u"건"_s, None } },
    { "SideProjectShipOne", u"사이드 프로젝트 1개 출시"_s, { u"사이드 프로젝트 1개 출시"_s, Count, 1, u"개"_s, None } },
    { "CoursesFinished", u"Coursera 강의 2개 완강"_s, { u"Coursera 강의 2개 완강"_s, Count, 2, u"개"_s, None } },
    { "KaggleTimes", u"Kaggle 대회 2회 참가"_s, { u"Kaggle 대회 2회 참가"_s, Count, 2, u"회"_s, None } },
    { "RunningKilometres", u"러닝 누적 500km"_s, { u"러닝 누적 500km"_s, Count, 500, u"km"_s, None } },
    { "PagesWord", u"기술 서적 300페이지 읽기"_s, { u"기술 서적 300페이지 읽기"_s, Count, 300, u"페이지"_s, None } },
    { "ThousandsSeparator", u"올해 1,200쪽 읽기"_s, { u"올해 1,200쪽 읽기"_s, Count, 1200, u"쪽"_s, None } },
    // 분기 is a quarter, not minutes; 이번 is "this time", not 2번.
    { "QuarterIsNotMinutes", u"1분기에 논문 3편 읽기"_s, { u"1분기에 논문 3편 읽기"_s, Count, 3, u"편"_s, None } },
    { "IbeonIsNotTwoTimes", u"이번 달에 오픈소스 PR 두 건"_s,
        { u"이번 달에 오픈소스 PR 두 건"_s, Count, 2, u"건"_s, None } },
    { "StreakDays", u"100일 연속 커밋"_s, { u"100일 연속 커밋"_s, Duration, 100, u"일"_s, None } },
    // A deadline is not the goal: the completion word wins over a span of time.
    { "DeadlineThenCertificate", u"6개월 안에 AWS 자격증 취득"_s,
        { u"6개월 안에 AWS 자격증 취득"_s, Done, std::nullopt, QString(), None } },
    { "CourseFinished", u"영어 강의 완강"_s, { u"영어 강의 완강"_s, Done, std::nullopt, QString(), None } },
    { "CertificateAcquired", u"정보처리기사 자격증 취득"_s,
        { u"정보처리기사 자격증 취득"_s, Done, std::nullopt, QString(), None } },
    // 점 is no counter: the score is a condition of passing.
    { "ScoreIsACondition", u"토익 900점 취득"_s, { u"토익 900점 취득"_s, Done, std::nullopt, QString(), None } },
    { "MarathonFinished", u"풀코스 마라톤 완주"_s, { u"풀코스 마라톤 완주"_s, Done, std::nullopt, QString(), None } },
    { "BookFinishedVerb", u"러스트 책 끝내기"_s, { u"러스트 책 끝내기"_s, Done, std::nullopt, QString(), None } },
    { "NoNumberNoWord", u"사이드 프로젝트 출시"_s, { u"사이드 프로젝트 출시"_s, Done, std::nullopt, QString(), None } },
    { "TitleIsTrimmed", u"  영어 강의 완강 \n"_s, { u"영어 강의 완강"_s, Done, std::nullopt, QString(), None } },
    { "Empty", QString(), { QString(), Done, std::nullopt, QString(), None } },
};
INSTANTIATE_TEST_SUITE_P(GoalParseKorean, GoalParse, testing::ValuesIn(korean),
    [](const auto &info) { return std::string(info.param.name); });

const GoalCase koreanCadences[] = {
    // The 50분 is a condition of each run and stays in the title.
    { "JoggingThreeTimesAWeek", u"주 3회 50분 이상 조깅"_s,
        { u"주 3회 50분 이상 조깅"_s, Frequency, 3, u"회"_s, Week } },
    { "StretchingNoSpace", u"주5회 아침 스트레칭"_s, { u"주5회 아침 스트레칭"_s, Frequency, 5, u"회"_s, Week } },
    { "GymNativeThreeAWeek", u"일주일에 세 번 헬스장 가기"_s,
        { u"일주일에 세 번 헬스장 가기"_s, Frequency, 3, u"번"_s, Week } },
    { "EveryWeekOnce", u"매주 블로그 글 쓰기"_s, { u"매주 블로그 글 쓰기"_s, Frequency, 1, QString(), Week } },
    { "BlogTwiceAMonth", u"월 2회 블로그 포스팅"_s, { u"월 2회 블로그 포스팅"_s, Frequency, 2, u"회"_s, Month } },
    { "PostsNativeAMonth", u"한 달에 두 편 기술 블로그 글 쓰기"_s,
        { u"한 달에 두 편 기술 블로그 글 쓰기"_s, Frequency, 2, u"편"_s, Month } },
    { "PapersEveryMonth", u"매달 논문 4편 읽기"_s, { u"매달 논문 4편 읽기"_s, Frequency, 4, u"편"_s, Month } },
    { "PagesEveryDay", u"매일 20쪽"_s, { u"매일 20쪽"_s, Frequency, 20, u"쪽"_s, Day } },
    { "ProblemsADay", u"하루에 알고리즘 문제 세 개 풀기"_s,
        { u"하루에 알고리즘 문제 세 개 풀기"_s, Frequency, 3, u"개"_s, Day } },
    { "SideProjectHoursADay", u"하루 2시간 사이드 프로젝트"_s,
        { u"하루 2시간 사이드 프로젝트"_s, Frequency, 2, u"시간"_s, Day } },
    // The span 3개월 is the period, not the amount done each day.
    { "SpanThenDaily", u"3개월 동안 매일 30분 영어 공부"_s,
        { u"3개월 동안 매일 30분 영어 공부"_s, Frequency, 30, u"분"_s, Day } },
    { "OneCommitADay", u"1일 1커밋"_s, { u"1일 1커밋"_s, Frequency, 1, QString(), Day } },
    // 격일 is stored as 3.5 times a week.
    { "EveryOtherDayRun", u"격일로 5km 달리기"_s, { u"격일로 5km 달리기"_s, Frequency, 3.5, u"회"_s, Week } },
    { "EveryOtherDayCount", u"이틀에 한 번 코딩 테스트 풀기"_s,
        { u"이틀에 한 번 코딩 테스트 풀기"_s, Frequency, 3.5, u"회"_s, Week } },
};
INSTANTIATE_TEST_SUITE_P(GoalParseKoreanCadences, GoalParse, testing::ValuesIn(koreanCadences),
    [](const auto &info) { return std::string(info.param.name); });

const GoalCase english[] = {
    { "ReadBooks", u"read 15 books"_s, { u"read 15 books"_s, Count, 15, u"books"_s, None } },
    { "RunTimesAWeek", u"run 3 times a week"_s, { u"run 3 times a week"_s, Frequency, 3, u"times"_s, Week } },
    { "MinutesADay", u"30 minutes a day"_s, { u"30 minutes a day"_s, Frequency, 30, u"minutes"_s, Day } },
    { "PapersEveryWeek", u"Read 2 papers every week"_s,
        { u"Read 2 papers every week"_s, Frequency, 2, u"papers"_s, Week } },
    { "PullRequests", u"Merge 10 PRs into open source projects"_s,
        { u"Merge 10 PRs into open source projects"_s, Count, 10, u"PRs"_s, None } },
    { "WordNumber", u"Write twelve posts for the team blog"_s,
        { u"Write twelve posts for the team blog"_s, Count, 12, u"posts"_s, None } },
    { "CourseHours", u"Spend 40 hours on a Rust course"_s,
        { u"Spend 40 hours on a Rust course"_s, Duration, 40, u"hours"_s, None } },
    { "HoursADay", u"Study English 2 hours a day"_s,
        { u"Study English 2 hours a day"_s, Frequency, 2, u"hours"_s, Day } },
    { "PagesMonthly", u"Read 300 pages monthly"_s, { u"Read 300 pages monthly"_s, Frequency, 300, u"pages"_s, Month } },
    { "TwiceAWeek", u"Go to the gym twice a week"_s,
        { u"Go to the gym twice a week"_s, Frequency, 2, u"times"_s, Week } },
    { "DistanceAndTimes", u"Run 5 km 3 times a week"_s, { u"Run 5 km 3 times a week"_s, Frequency, 3, u"times"_s, Week } },
    { "EveryOtherDay", u"Jog every other day"_s, { u"Jog every other day"_s, Frequency, 3.5, u"times"_s, Week } },
    { "Daily", u"Commit daily"_s, { u"Commit daily"_s, Frequency, 1, QString(), Day } },
    { "FinishCourse", u"Finish the Coursera ML course"_s,
        { u"Finish the Coursera ML course"_s, Done, std::nullopt, QString(), None } },
    { "CompleteCertification", u"Complete CKA certification"_s,
        { u"Complete CKA certification"_s, Done, std::nullopt, QString(), None } },
    { "NoNumber", u"Ship a side project"_s, { u"Ship a side project"_s, Done, std::nullopt, QString(), None } },
};
INSTANTIATE_TEST_SUITE_P(GoalParseEnglish, GoalParse, testing::ValuesIn(english),
    [](const auto &info) { return std::string(info.param.name); });

TEST(GoalParseNames, MatchTheCli)
{
    EXPECT_EQ(goalMeasureName(GoalMeasure::Count), u"count"_s);
    EXPECT_EQ(goalMeasureName(GoalMeasure::Duration), u"duration"_s);
    EXPECT_EQ(goalMeasureName(GoalMeasure::Frequency), u"frequency"_s);
    EXPECT_EQ(goalMeasureName(GoalMeasure::Done), u"done"_s);
    EXPECT_EQ(goalCadenceName(GoalCadence::None), QString());
    EXPECT_EQ(goalCadenceName(GoalCadence::Day), u"day"_s);
    EXPECT_EQ(goalCadenceName(GoalCadence::Week), u"week"_s);
    EXPECT_EQ(goalCadenceName(GoalCadence::Month), u"month"_s);
}

} // namespace
