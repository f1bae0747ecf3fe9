#include "text/markdowntext.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

struct MarkdownCase {
    const char *name;
    QString markdown;
    QString plain; // what a reader of the rendered page sees
};

class PlainTextOfMarkdown : public testing::TestWithParam<MarkdownCase>
{
};

TEST_P(PlainTextOfMarkdown, KeepsOnlyTheProseAReaderSees)
{
    const MarkdownCase &c = GetParam();
    EXPECT_EQ(plainTextOfMarkdown(c.markdown).toStdString(), c.plain.toStdString());
}

const MarkdownCase headingsAndEmphasis[] = {
    { "AtxHeading", u"## 잘한 점"_s, u"잘한 점"_s },
    { "HeadingWithClosingHashes", u"# 2025년 회고 #"_s, u"2025년 회고"_s },
    // No space after #: hashtags, not headings, and a reader sees them.
    { "HashtagIsNotAHeading", u"#회고 #Kubernetes"_s, u"#회고 #Kubernetes"_s },
    { "CSharpKeepsItsHash", u"### 배운 언어: C#"_s, u"배운 언어: C#"_s },
    { "SetextHeadingUnderline", u"2025년 회고\n===\n올해는 달렸다."_s, u"2025년 회고\n올해는 달렸다."_s },
    { "StrongAndEmphasis", u"**Apache Beam**으로 파이프라인을 *다시* 짰다."_s,
        u"Apache Beam으로 파이프라인을 다시 짰다."_s },
    { "UnderscoreEmphasis", u"__Quantization__ 공부를 _드디어_ 끝냈다."_s, u"Quantization 공부를 드디어 끝냈다."_s },
    { "StrongEmphasisTogether", u"***절대*** 미루지 말 것"_s, u"절대 미루지 말 것"_s },
    { "Strikethrough", u"~~매일~~ 주 3회 조깅"_s, u"매일 주 3회 조깅"_s },
    // CommonMark would leave these asterisks (punctuation before a Hangul particle); the writer meant bold.
    { "StrongAroundQuotesBeforeAParticle", u"**'Quantization'**을 정리했다."_s, u"'Quantization'을 정리했다."_s },
    // Not emphasis: a single tilde (a range), intraword underscores, a lone asterisk between spaces.
    { "TildeRangeStays", u"한 달에 책 2~3권"_s, u"한 달에 책 2~3권"_s },
    { "SnakeCaseStays", u"batch_size와 max_seq_len을 줄였다."_s, u"batch_size와 max_seq_len을 줄였다."_s },
    { "MultiplicationStays", u"A100 2 * 8장으로 학습했다."_s, u"A100 2 * 8장으로 학습했다."_s },
    { "EscapedAsterisksStay", u"\\*별표\\*는 그대로 보인다."_s, u"*별표*는 그대로 보인다."_s },
};
INSTANTIATE_TEST_SUITE_P(HeadingsAndEmphasis, PlainTextOfMarkdown, testing::ValuesIn(headingsAndEmphasis),
    [](const auto &info) { return std::string(info.param.name); });

const MarkdownCase blocks[] = {
    { "Bullets", u"- 영어 강의 완강\n* 논문 2편 리뷰\n+ 매일 20쪽"_s, u"영어 강의 완강\n논문 2편 리뷰\n매일 20쪽"_s },
    { "NumberedItems", u"1. 조깅\n2) 독서\n10. 회고"_s, u"조깅\n독서\n회고"_s },
    { "NestedList", u"- 독서\n    - 기술서 5권\n  1. 소설 3권"_s, u"독서\n기술서 5권\n소설 3권"_s },
    { "TaskList", u"- [x] CKA 자격증\n- [ ] 블로그 글 12편"_s, u"CKA 자격증\n블로그 글 12편"_s },
    { "NegativeNumberIsNotABullet", u"-5도에도 달렸다."_s, u"-5도에도 달렸다."_s },
    { "DecimalIsNotANumberedItem", u"3.5배 빨라졌다."_s, u"3.5배 빨라졌다."_s },
    { "Blockquote", u"> 꾸준함이 재능이다.\n> > 인용 속의 인용"_s, u"꾸준함이 재능이다.\n인용 속의 인용"_s },
    { "ListInBlockquote", u"> - Keep: 아침 조깅"_s, u"Keep: 아침 조깅"_s },
    { "HorizontalRules", u"잘한 점\n\n---\n\n아쉬운 점\n\n* * *\n\n___\n다음 목표"_s,
        u"잘한 점\n\n아쉬운 점\n\n다음 목표"_s },
    { "SetextDashesUnderAParagraph", u"아쉬운 점\n---\n늦잠"_s, u"아쉬운 점\n늦잠"_s },
    { "BlankLinesCollapse", u"\n\n첫 문단\n\n\n\n둘째 문단\n\n"_s, u"첫 문단\n\n둘째 문단"_s },
    { "CrLfLines", u"첫 줄\r\n둘째 줄\r\n"_s, u"첫 줄\n둘째 줄"_s },
    { "HardBreaksAreDropped", u"첫 줄  \n둘째 줄\\\n셋째 줄"_s, u"첫 줄\n둘째 줄\n셋째 줄"_s },
};
INSTANTIATE_TEST_SUITE_P(Blocks, PlainTextOfMarkdown, testing::ValuesIn(blocks),
    [](const auto &info) { return std::string(info.param.name); });

const MarkdownCase linksAndCode[] = {
    { "LinkKeepsItsText", u"[회고 템플릿](https://example.com/retro \"제목\")을 참고했다."_s,
        u"회고 템플릿을 참고했다."_s },
    { "LinkWithParenthesesInTheUrl", u"[Beam](https://ko.wikipedia.org/wiki/Beam_(software)) 문서"_s, u"Beam 문서"_s },
    { "ReferenceLinkAndDefinition", u"[블로그][1]에 정리했다.\n\n[1]: https://blog.example.com"_s,
        u"블로그에 정리했다."_s },
    { "ImageKeepsItsAltText", u"![Apache Beam 구조도](img/beam.png)"_s, u"Apache Beam 구조도"_s },
    { "BadgeImageInsideALink", u"[![빌드 상태](badge.svg)](https://ci.example.com)"_s, u"빌드 상태"_s },
    { "EmphasisInsideALink", u"[**vLLM** 서빙기](https://example.com)"_s, u"vLLM 서빙기"_s },
    { "AutolinkShowsItsAddress", u"<https://example.com/a_b_c> 참고"_s, u"https://example.com/a_b_c 참고"_s },
    { "BracketsThatAreNotALink", u"[참고] 사내 세미나"_s, u"[참고] 사내 세미나"_s },
    { "CodeSpanKeepsItsText", u"`vLLM`으로 서빙했다."_s, u"vLLM으로 서빙했다."_s },
    { "CodeSpanIsNotEmphasis", u"`**kwargs`와 `__init__`을 정리했다."_s, u"**kwargs와 __init__을 정리했다."_s },
    { "DoubleBacktickCodeSpan", u"``a `b` c`` 예시"_s, u"a `b` c 예시"_s },
    { "FenceLinesGoCodeStays", u"```python\nmodel.quantize(bits=4)\n```\n양자화 끝"_s,
        u"model.quantize(bits=4)\n양자화 끝"_s },
    { "TildeFence", u"~~~\n# 주석, 제목 아님\n~~~"_s, u"# 주석, 제목 아님"_s },
    { "FenceContentIsNotMarkdown", u"```\n- **굵게 아님**\n```"_s, u"- **굵게 아님**"_s },
    { "UnclosedFenceRunsToTheEnd", u"```\nkubectl get pods"_s, u"kubectl get pods"_s },
};
INSTANTIATE_TEST_SUITE_P(LinksAndCode, PlainTextOfMarkdown, testing::ValuesIn(linksAndCode),
    [](const auto &info) { return std::string(info.param.name); });

const MarkdownCase htmlTablesAndFrontMatter[] = {
    { "HtmlTags", u"<b>중요</b>한 <span style=\"color:red\">목표</span><br/>"_s, u"중요한 목표"_s },
    { "HtmlComment", u"<!-- 나중에 고칠 것 -->회고"_s, u"회고"_s },
    { "MultiLineHtmlComment", u"초안\n<!--\n메모: 숫자 확인\n-->\n끝"_s, u"초안\n\n끝"_s },
    { "LessThanInProse", u"3 < 5 이고 a<b"_s, u"3 < 5 이고 a<b"_s },
    { "FrontMatter", u"---\ntitle: 2025년 회고\ntags: [회고, 독서]\n---\n# 회고\n본문"_s, u"회고\n본문"_s },
    { "UnclosedFrontMatterIsARule", u"---\n본문"_s, u"본문"_s },
    { "Table", u"| 목표 | 결과 |\n|:---|---:|\n| 독서 | 15권 |\n| 조깅 | 주 3회 \\| 50분 |"_s,
        u"목표 결과\n독서 15권\n조깅 주 3회 | 50분"_s },
    { "TableWithoutOuterPipes", u"목표 | 결과\n--- | ---\n**논문** | 2편"_s, u"목표 결과\n논문 2편"_s },
    { "PipeInProseIsNotATable", u"Keep | Problem | Try 순서로 썼다."_s, u"Keep | Problem | Try 순서로 썼다."_s },
};
INSTANTIATE_TEST_SUITE_P(HtmlTablesAndFrontMatter, PlainTextOfMarkdown, testing::ValuesIn(htmlTablesAndFrontMatter),
    [](const auto &info) { return std::string(info.param.name); });

TEST(PlainTextOfMarkdownDocument, SurvivesABrokenSurrogate)
{
    // Half an emoji (a lone UTF-16 surrogate, as a bad paste can leave) makes Qt's regular
    // expressions match nothing; the quote marker must still go and nothing may crash.
    const QString line = u"> 인용 "_s + QChar(0xD83D);
    EXPECT_EQ(plainTextOfMarkdown(line), u"인용 "_s + QChar(0xD83D));
}

TEST(PlainTextOfMarkdownDocument, AWholeRetrospective)
{
    const QString markdown = uR"(---
title: 2025년 상반기 회고
---
# 2025년 상반기 회고

## 잘한 점 (Keep)
- **Apache Beam** 파이프라인을 [사내 블로그](https://blog.example.com/beam)에 정리했다.
- `Quantization` 실험: 4bit에서 정확도 -0.3%p

```bash
python train.py --bits 4
```

## 아쉬운 점 (Problem)
> 운동을 ~~매일~~ 주 1회밖에 못 했다.

| 목표 | 결과 |
|---|---|
| 독서 15권 | 9권 |
)"_s;
    const QString plain = uR"(2025년 상반기 회고

잘한 점 (Keep)
Apache Beam 파이프라인을 사내 블로그에 정리했다.
Quantization 실험: 4bit에서 정확도 -0.3%p

python train.py --bits 4

아쉬운 점 (Problem)
운동을 매일 주 1회밖에 못 했다.

목표 결과
독서 15권 9권)"_s;
    EXPECT_EQ(plainTextOfMarkdown(markdown).toStdString(), plain.toStdString());
}

} // namespace
