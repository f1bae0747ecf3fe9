#include "exchange/markdownimport.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

struct PostCase {
    const char *name;
    QString text;
    QString fileName;
    QString title;
    EntryKind kind;
    QString period;
    int keep, problem, tries;
    QList<ImportedGoal> goals;
};

void PrintTo(const PostCase &c, std::ostream *os)
{
    *os << c.name;
}

class ParsePost : public ::testing::TestWithParam<PostCase>
{
};

TEST_P(ParsePost, FindsTitleKindPeriodKptAndGoals)
{
    const PostCase &c = GetParam();
    const ImportedPost post = parsePost(c.text, c.fileName);
    EXPECT_EQ(post.title, c.title);
    EXPECT_EQ(entryKindName(post.kind), entryKindName(c.kind));
    EXPECT_EQ(post.period.text, c.period);
    EXPECT_EQ(post.count(KptSection::Keep), c.keep);
    EXPECT_EQ(post.count(KptSection::Problem), c.problem);
    EXPECT_EQ(post.count(KptSection::Try), c.tries);
    ASSERT_EQ(post.goals.size(), c.goals.size());
    for (qsizetype i = 0; i < c.goals.size(); ++i) {
        EXPECT_EQ(post.goals.at(i).sentence, c.goals.at(i).sentence);
        EXPECT_EQ(post.goals.at(i).year, c.goals.at(i).year);
    }
}

const PostCase postCases[] = {
    {"KptHeadingsAndYearGoals",
     u"# 2024년 회고\n\n## Keep\n- 아침 운동\n- 주간 메모\n\n## Problem\n- 늦잠\n\n## Try\n- 일찍 자기\n\n## 2025년 목표\n- 책 10권 읽기\n"_s,
     u"a.md"_s, u"2024년 회고"_s, EntryKind::Year, u"2024"_s, 2, 1, 1, {{u"책 10권 읽기"_s, 2025}}},
    {"KoreanKptHeadings", u"# 2022 회고\n### 유지\n- 독서 모임\n### 문제\n- 과식\n### 시도\n- 식단 기록\n"_s, u"b.md"_s,
     u"2022 회고"_s, EntryKind::Year, u"2022"_s, 1, 1, 1, {}},
    {"NestedBulletsWithDots", u"# 2023 하반기 회고\n• Keep\n  ◦ 산책\n    ◦ 점심 뒤에\n  ◦ 일기\n• Problem\n  ◦ 야근\n"_s, u"c.md"_s,
     u"2023 하반기 회고"_s, EntryKind::Half, u"2023-H2"_s, 2, 1, 0, {}},
    {"NestedDashListUnderKptLetters", u"# 2021년 회고\n- K\n  - 코드 리뷰\n- P\n  - 문서 부족\n  - 테스트 부족\n- T\n  - 문서 먼저 쓰기\n"_s,
     u"d.md"_s, u"2021년 회고"_s, EntryKind::Year, u"2021"_s, 1, 2, 1, {}},
    {"GoodAndRegretWithNextYearGoals",
     u"# 2022년을 보내며\n### 잘한 점\n1. 온보딩 문서 개선\n### 아쉬운 점\n1) 운동 부족\n2) 강의 중단\n## 내년 목표\n1. 영어 강의 완강\n"_s,
     u"e.md"_s, u"2022년을 보내며"_s, EntryKind::Year, u"2022"_s, 1, 2, 0, {{u"영어 강의 완강"_s, 2023}}},
    {"GoalsOfAPlanAreForItsYear", u"# 2025년 계획\n## 목표\n- 매일 20쪽 읽기\n  - 지하철에서\n- 10km 완주\n## 메모\n- 분기마다 점검\n"_s,
     u"f.md"_s, u"2025년 계획"_s, EntryKind::Plan, u"2025"_s, 0, 0, 0, {{u"매일 20쪽 읽기"_s, 2025}, {u"10km 완주"_s, 2025}}},
    {"FrontMatterTitleDateAndKptLetters",
     u"---\ntitle: \"스타트업에서의 첫해\"\ndate: 2021-12-28 21:30:00 +0900\ntags: [회고]\n---\n\n### K\n- 자동화\n### T\n- 테스트\n"_s,
     u"g.md"_s, u"스타트업에서의 첫해"_s, EntryKind::Note, u"2021"_s, 1, 0, 1, {}},
    {"DateInFileNameGivesTheYear", u"# 올해를 돌아보며\n- Keep: 논문 읽기\n- Problem: 건강검진 미룸\n"_s,
     u"posts/2023-12-31-retrospective.md"_s, u"올해를 돌아보며"_s, EntryKind::Year, u"2023"_s, 1, 1, 0, {}},
    {"JanuaryReviewLooksBack", u"# 한 해 회고\n"_s, u"2024-01-05-review.md"_s, u"한 해 회고"_s, EntryKind::Year, u"2023"_s, 0, 0, 0, {}},
    {"PlainTextCopiedFromABlog",
     u"2020년 회고\n\n잘했던 점\n공원 산책\nPR 4개\n\n아쉬웠던 점\n경계가 무너짐\n\n목표\n책 열두 권 읽기\n주 2회 수영\n\n공감 부탁드립니다.\n"_s,
     u"h.txt"_s, u"2020년 회고"_s, EntryKind::Year, u"2020"_s, 2, 1, 0, {{u"책 열두 권 읽기"_s, 2021}, {u"주 2회 수영"_s, 2021}}},
    {"BoldLabelsAndCheckboxes", u"# 2024 회고\n**좋았던 점**\n- [x] 마라톤 완주\n\n**개선할 점**\n- [ ] 수면 시간\n"_s, u"i.md"_s,
     u"2024 회고"_s, EntryKind::Year, u"2024"_s, 1, 1, 0, {}},
    {"MonthReview", u"# 2025년 3월 회고\n## Keep\n- 출근 전 독서\n"_s, u"j.md"_s, u"2025년 3월 회고"_s, EntryKind::Month,
     u"2025-03"_s, 1, 0, 0, {}},
    {"QuarterReview", u"# 2024년 2분기 회고\n"_s, u"k.md"_s, u"2024년 2분기 회고"_s, EntryKind::Quarter, u"2024-Q2"_s, 0, 0, 0, {}},
    {"DateInTitleIsNotAMonth", u"# 2024년 12월 31일 연말 회고\n"_s, u"l.md"_s, u"2024년 12월 31일 연말 회고"_s, EntryKind::Year,
     u"2024"_s, 0, 0, 0, {}},
    {"ReviewThatAlsoSetsGoalsIsAYearReview", u"# 2024 회고와 2025 다짐\n## 2025 다짐\n- 주 3회 운동\n"_s, u"m.md"_s,
     u"2024 회고와 2025 다짐"_s, EntryKind::Year, u"2024"_s, 0, 0, 0, {{u"주 3회 운동"_s, 2025}}},
    {"EnglishPost", u"# 2023 Year in Review\n## Keep\n- shipping weekly\n## Problem\n- too many meetings\n## Goals for 2024\n- read 12 books\n"_s,
     u"n.md"_s, u"2023 Year in Review"_s, EntryKind::Year, u"2023"_s, 1, 1, 0, {{u"read 12 books"_s, 2024}}},
    {"CodeFenceIsNotStructure", u"# 2024 회고\n```\n## Keep\n- not an item\n```\n"_s, u"o.md"_s, u"2024 회고"_s, EntryKind::Year,
     u"2024"_s, 0, 0, 0, {}},
    {"NothingRecognisableIsANote", u"오늘은 비가 왔다.\n점심으로 국수를 먹었다.\n"_s, u"2022-06-01-rain.md"_s, u"오늘은 비가 왔다."_s,
     EntryKind::Note, u"2022"_s, 0, 0, 0, {}},
    {"OwnExportFrontMatterWins", u"---\ntitle: 상반기 정리\nkind: half\nperiod: 2025-H1\n---\n# 상반기 정리\n"_s, u"p.md"_s,
     u"상반기 정리"_s, EntryKind::Half, u"2025-H1"_s, 0, 0, 0, {}},
    {"TitleFromFileNameWhenTextHasNoLine", u"   \n\n"_s, u"2021-03-02-first-day.md"_s, u"first day"_s, EntryKind::Note, u"2021"_s, 0, 0, 0, {}},
};

INSTANTIATE_TEST_SUITE_P(Posts, ParsePost, ::testing::ValuesIn(postCases),
                         [](const ::testing::TestParamInfo<PostCase> &info) { return std::string(info.param.name); });

TEST(ParsePost, KeepsTheBodyAsWrittenWithoutFrontMatter)
{
    const QString body = u"# 2024 회고\n\n**굵게** 쓴 문장과 [링크](https://example.com).\n"_s;
    const ImportedPost post = parsePost(u"---\ntitle: 회고\n---\n"_s + body, u"a.md"_s);
    EXPECT_EQ(post.body, body);
}

TEST(ParsePost, ReadsTagsAndCategoriesFromFrontMatter)
{
    const ImportedPost post =
        parsePost(u"---\ntitle: 회고\ntags: [회고, 커리어]\ncategories:\n  - essay\n  - \"life\"\n---\n본문\n"_s, u"a.md"_s);
    EXPECT_EQ(post.tags, (QStringList{u"회고"_s, u"커리어"_s, u"essay"_s, u"life"_s}));
    EXPECT_EQ(post.written, QDate());
}

TEST(ParsePost, TakesTheDateFromFrontMatter)
{
    const ImportedPost post = parsePost(u"---\ntitle: 회고\ndate: 2021-12-28 21:30:00 +0900\n---\n본문\n"_s, u"a.md"_s);
    EXPECT_EQ(post.written, QDate(2021, 12, 28));
}

TEST(ParsePost, DecomposedJamoComeOutComposed)
{
    const QString nfd = u"# 2025 회고\n## 잘한 점\n- 영어 공부\n"_s.normalized(QString::NormalizationForm_D);
    ASSERT_NE(nfd, nfd.normalized(QString::NormalizationForm_C));
    const ImportedPost post = parsePost(nfd, u"a.md"_s);
    EXPECT_EQ(post.title, u"2025 회고"_s);
    ASSERT_EQ(post.kpt.size(), 1);
    EXPECT_EQ(post.kpt.first().text, u"영어 공부"_s);
    EXPECT_EQ(post.count(KptSection::Keep), 1);
}

TEST(ParsePost, DeeperItemsAreDetailsNotItems)
{
    const ImportedPost post = parsePost(u"# 2024 회고\n## Try\n- 일찍 자기\n  - 11시 전에 눕기\n  - 휴대폰은 거실에\n"_s, u"a.md"_s);
    ASSERT_EQ(post.kpt.size(), 1);
    EXPECT_EQ(post.kpt.first().text, u"일찍 자기"_s);
}

// The KPT sections become KPT items, which the preview and the export show after the body: the body
// keeps only the prose around them, so nothing shows twice.
TEST(ParsePost, KptSectionsTakenWholeLeaveTheBody)
{
    const ImportedPost post = parsePost(u"# 2025년 회고\n\n"
                                        u"올해는 팀을 옮겨 Apache Beam 파이프라인을 맡았다.\n\n"
                                        u"## KPT\n\n### 잘한 점\n- 매주 금요일 회고 메모\n- 코드 리뷰 24시간 안에\n\n"
                                        u"### 아쉬운 점\n1. 야근이 잦았다\n\n"
                                        u"## 읽은 책\n- 데이터 중심 애플리케이션 설계\n\n"
                                        u"## 2026년 목표\n- 책 15권 읽기\n"_s,
                                        u"a.md"_s);
    EXPECT_EQ(post.count(KptSection::Keep), 2);
    EXPECT_EQ(post.count(KptSection::Problem), 1);
    ASSERT_EQ(post.goals.size(), 1);
    EXPECT_EQ(post.body, u"# 2025년 회고\n\n"
                         u"올해는 팀을 옮겨 Apache Beam 파이프라인을 맡았다.\n\n"
                         u"## 읽은 책\n- 데이터 중심 애플리케이션 설계\n\n"
                         u"## 2026년 목표\n- 책 15권 읽기\n"_s);
}

// Whatever is not an item of the section would be lost with it: such a section stays as written.
TEST(ParsePost, AKptSectionWithMoreThanItemsStaysInTheBody)
{
    const QString details = u"## Try\n- 일찍 자기\n  - 11시 전에 눕기\n"_s;
    const QString prose = u"## Problem\n상반기 내내 온콜이 몰렸다.\n- 장애 대응 지연\n"_s;
    const QString code = u"## Keep\n- 테스트 먼저\n```\nmake test\n```\n"_s;
    const QString subheading = u"## Keep\n- 독서\n### 읽은 책\n- 12권\n"_s;
    for (const QString &section : {details, prose, code, subheading}) {
        const QString text = u"# 2024 회고\n\n"_s + section;
        EXPECT_EQ(parsePost(text, u"a.md"_s).body, text) << section.toStdString();
    }
    // A "## Keep" inside a code block is no section at all.
    const QString fenced = u"# 2024 회고\n```\n## Keep\n- not an item\n```\n"_s;
    EXPECT_EQ(parsePost(fenced, u"a.md"_s).body, fenced);
}

} // namespace
} // namespace hoego
