#include "markdown/markdownoutline.h"
#include "markdown/markdownrenderer.h"

#include <gtest/gtest.h>

#include <QTextDocument>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

struct OutlineCase {
    const char *name;
    QString markdown;
    QStringList headings;
};

class SourceHeadings : public ::testing::TestWithParam<OutlineCase>
{
};

// The preview maps the editor's k-th heading to the rendered k-th heading: both must agree.
TEST_P(SourceHeadings, AgreeWithTheRenderedDocument)
{
    const OutlineCase &row = GetParam();
    QStringList source;
    for (const SourceHeading &heading : sourceHeadings(row.markdown))
        source << heading.text;
    EXPECT_EQ(source, row.headings);

    QStringList rendered;
    for (const RenderedHeading &heading : MarkdownRenderer::headings(*MarkdownRenderer().render(row.markdown)))
        rendered << heading.text;
    EXPECT_EQ(rendered, row.headings) << "Qt's Markdown reader disagrees with the case itself";
}

INSTANTIATE_TEST_SUITE_P(
    Markdown, SourceHeadings,
    ::testing::Values(
        OutlineCase{"Atx", u"# 2025년 회고\n\n본문\n\n## Keep\n### 독서 15권\n"_s, {u"2025년 회고"_s, u"Keep"_s, u"독서 15권"_s}},
        OutlineCase{"ClosingHashes", u"## 잘한 점 ##\n\n#태그는 제목이 아니다\n"_s, {u"잘한 점"_s}},
        OutlineCase{"Setext", u"올해의 회고\n=====\n\n내년 목표\n---\n\n- 항목\n\n---\n"_s, {u"올해의 회고"_s, u"내년 목표"_s}},
        OutlineCase{"FencedCodeIsNotAHeading",
                    u"## 코드\n\n```bash\n# 주석은 제목이 아니다\nmake\n```\n\n~~~~\n# 이것도\n```\n~~~~\n\n## 끝\n"_s,
                    {u"코드"_s, u"끝"_s}},
        OutlineCase{"IndentedCodeIsNotAHeading", u"문단\n\n    # 들여쓴 코드\n\n## 다음\n"_s, {u"다음"_s}},
        OutlineCase{"NoHeadings", u"그냥 메모. Apache Beam 공부.\n"_s, {}}),
    [](const ::testing::TestParamInfo<OutlineCase> &info) { return std::string(info.param.name); });

TEST(SourceHeadings, KnowTheirLines)
{
    const auto headings = sourceHeadings(u"서문\n\n# 잘한 점\n내용\n\n## 아쉬운 점\n"_s);
    ASSERT_EQ(headings.size(), 2);
    EXPECT_EQ(headings[0].line, 2);
    EXPECT_EQ(headings[0].level, 1);
    EXPECT_EQ(headings[1].line, 5);
    EXPECT_EQ(headings[1].level, 2);
}

TEST(SourceHeadings, SectionAtALineIsTheLastHeadingAtOrBeforeIt)
{
    const auto headings = sourceHeadings(u"서문\n\n# 잘한 점\n내용\n\n## 아쉬운 점\n끝"_s);
    EXPECT_EQ(sectionAt(headings, 0), -1) << "before the first heading";
    EXPECT_EQ(sectionAt(headings, 2), 0);
    EXPECT_EQ(sectionAt(headings, 4), 0);
    EXPECT_EQ(sectionAt(headings, 5), 1);
    EXPECT_EQ(sectionAt(headings, 6), 1);
}

} // namespace
