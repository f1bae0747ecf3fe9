#include "text/textstats.h"

#include <gtest/gtest.h>

#include <ostream>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace hoego
{
// Readable failures: "with spaces 15, without 12, eojeol 4, 1 min".
void PrintTo(const TextStats &stats, std::ostream *os)
{
    *os << "with spaces " << stats.charsWithSpaces << ", without " << stats.charsWithoutSpaces << ", eojeol "
        << stats.eojeol << ", " << stats.readingMinutes << " min";
}
} // namespace hoego

namespace
{

struct StatsCase {
    const char *name;
    QString markdown;
    TextStats expected; // counted by hand: with spaces, without spaces, eojeol, reading minutes
};

class TextStatsOfMarkdown : public testing::TestWithParam<StatsCase>
{
};

TEST_P(TextStatsOfMarkdown, CountsWhatTheReaderSees)
{
    EXPECT_EQ(textStatsOfMarkdown(GetParam().markdown), GetParam().expected);
}

const StatsCase sentences[] = {
    // 올해는(3) 책을(2) 15권(3) 읽었다.(4): 12 characters, 3 spaces between 4 eojeol.
    { "BookCount", u"올해는 책을 15권 읽었다."_s, { 15, 12, 4, 1 } },
    // Apache(6) Beam으로(6) 데이터(3) 파이프라인을(6) 다시(2) 짰다.(3) = 26, and 5 spaces.
    { "KoreanWithEnglishTerms", u"Apache Beam으로 데이터 파이프라인을 다시 짰다."_s, { 31, 26, 6, 1 } },
    // 잘한 점(3) / 꾸준히(3) 달렸다.(4): the line break counts in neither count, and separates eojeol.
    { "LineBreakIsNotASpace", u"잘한 점\n꾸준히 달렸다."_s, { 12, 10, 4, 1 } },
    // 목표(2) -(1) 달성(2): a dash is a character but holds no letter, so it is no eojeol.
    { "DashIsNoEojeol", u"목표 - 달성"_s, { 7, 5, 2, 1 } },
    // 논문(2) 2편(2) (리뷰)(4): brackets and digits belong to their eojeol.
    { "DigitsAndBrackets", u"논문 2편 (리뷰)"_s, { 10, 8, 3, 1 } },
};
INSTANTIATE_TEST_SUITE_P(Sentences, TextStatsOfMarkdown, testing::ValuesIn(sentences),
    [](const auto &info) { return std::string(info.param.name); });

const StatsCase emoji[] = {
    // 발표(2) 잘했다(3) 👍🏽(1: thumbs up + skin tone modifier, four UTF-16 units); the emoji is no eojeol.
    { "SkinToneModifier", u"발표 잘했다 👍🏽"_s, { 8, 6, 2, 1 } },
    // 🇰🇷(1: two regional indicators) 컨퍼런스(4) 발표(2).
    { "Flag", u"🇰🇷 컨퍼런스 발표"_s, { 9, 7, 2, 1 } },
    // 가족(2) 여행(2) 👨‍👩‍👧(1: three people joined by zero-width joiners).
    { "ZwjFamily", u"가족 여행 👨‍👩‍👧"_s, { 7, 5, 2, 1 } },
    // 회고를(3) 썼다(2): a zero-width space pasted from a web page is invisible and counts as nothing.
    { "ZeroWidthSpace", u"회고\u200B를 썼다"_s, { 6, 5, 2, 1 } },
};
INSTANTIATE_TEST_SUITE_P(Emoji, TextStatsOfMarkdown, testing::ValuesIn(emoji),
    [](const auto &info) { return std::string(info.param.name); });

const StatsCase markdown[] = {
    // Counted as "잘한 점".
    { "Heading", u"## 잘한 점"_s, { 4, 3, 2, 1 } },
    // Quantization을(13) 드디어(3) 이해했다(4).
    { "Emphasis", u"**Quantization**을 _드디어_ 이해했다"_s, { 22, 20, 3, 1 } },
    // Quantization(12) 정리(2) 글을(2) 썼다.(3): the URL does not count.
    { "LinkCountsItsTextOnly", u"[Quantization 정리](https://example.com/posts/quantization) 글을 썼다."_s,
        { 22, 19, 4, 1 } },
    // 영어 강의 완강(6 + 2 spaces) / 논문 2편 리뷰(6 + 2 spaces): bullets and numbers do not count.
    { "ListMarkers", u"- 영어 강의 완강\n1. 논문 2편 리뷰"_s, { 16, 12, 6, 1 } },
    // print(1)(8) / 끝.(2): the ``` lines do not count, the code between them does.
    { "FenceLinesDoNotCount", u"```python\nprint(1)\n```\n끝."_s, { 10, 10, 2, 1 } },
    // 목표 결과 / 독서 15권: 2+2 and 2+3 characters, one space between cells.
    { "TableCells", u"| 목표 | 결과 |\n|---|---|\n| 독서 | 15권 |"_s, { 11, 9, 4, 1 } },
    // Only 올해도(3) 달렸다.(4): front matter is not prose.
    { "FrontMatter", u"---\ntitle: 2025년 회고\n---\n올해도 달렸다."_s, { 8, 7, 2, 1 } },
    { "Empty", QString(), { 0, 0, 0, 0 } },
    { "OnlySyntax", u"---\n\n## \n\n* * *\n"_s, { 0, 0, 0, 0 } },
};
INSTANTIATE_TEST_SUITE_P(Markdown, TextStatsOfMarkdown, testing::ValuesIn(markdown),
    [](const auto &info) { return std::string(info.param.name); });

TEST(TextStats, DecomposedJamoCountLikeSyllables)
{
    // Files written on macOS often hold NFD: 회 is then ᄒ + ᅬ and 를 is ᄅ + ᅳ + ᆯ.
    const QString composed = u"회고를 썼다"_s;
    const QString decomposed = composed.normalized(QString::NormalizationForm_D);
    ASSERT_EQ(decomposed.size(), 13); // 회 고 를 썼 다 → 2 + 2 + 3 + 3 + 2 jamo, and the space
    EXPECT_EQ(textStatsOfPlainText(decomposed), (TextStats { 6, 5, 2, 1 }));
    EXPECT_EQ(textStatsOfMarkdown(decomposed), textStatsOfMarkdown(composed));
}

TEST(TextStats, SpacesCountBetweenWordsOnly)
{
    // A tab at the start and a space at the end of the line separate no words; the two spaces in
    // the middle both count, as a word processor counts them.
    EXPECT_EQ(textStatsOfPlainText(u"\t회고를  썼다 "_s), (TextStats { 7, 5, 2, 1 }));
    // A tab between words counts like a space.
    EXPECT_EQ(textStatsOfPlainText(u"목표\t결과"_s), (TextStats { 5, 4, 2, 1 }));
}

TEST(TextStats, ReadingTimeIs500CharactersPerMinuteRoundedUp)
{
    EXPECT_EQ(textStatsOfPlainText(u"끝"_s).readingMinutes, 1);
    EXPECT_EQ(textStatsOfPlainText(u"가"_s.repeated(500)).readingMinutes, 1);
    EXPECT_EQ(textStatsOfPlainText(u"가"_s.repeated(501)).readingMinutes, 2);
    // 42 times "올해는 책을 15권 읽었다. ": 12 × 42 = 504 characters without spaces, so 2 minutes;
    // with spaces 15 × 42 plus the 41 spaces between sentences (the last one ends the line).
    EXPECT_EQ(textStatsOfMarkdown(u"올해는 책을 15권 읽었다. "_s.repeated(42)), (TextStats { 671, 504, 168, 2 }));
}

TEST(TextStats, WhitespaceOnlyTextReadsInNoTime)
{
    EXPECT_EQ(textStatsOfPlainText(u" \n\t\n"_s), (TextStats { 0, 0, 0, 0 }));
}

} // namespace
