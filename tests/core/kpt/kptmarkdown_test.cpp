#include "kpt/kptmarkdown.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

KptItem item(KptSection section, const QString &text)
{
    return KptItem{0, 1, section, text, 0};
}

TEST(KptMarkdown, ThreeTitledListsInTheGivenOrder)
{
    const QList<KptItem> items = {item(KptSection::Keep, u"아침 7시 기상"_s), item(KptSection::Keep, u"주간 회고 쓰기"_s),
                                  item(KptSection::Problem, u"회의가 너무 많았다"_s), item(KptSection::Try, u"주 3회 조깅"_s)};
    EXPECT_EQ(kptMarkdown(items), u"## KPT\n\n### Keep\n\n- 아침 7시 기상\n- 주간 회고 쓰기\n\n"
                                  u"### Problem\n\n- 회의가 너무 많았다\n\n### Try\n\n- 주 3회 조깅\n"_s);
}

TEST(KptMarkdown, NoItemsNoBlockAndEmptySectionsLeftOut)
{
    EXPECT_TRUE(kptMarkdown({}).isEmpty());
    EXPECT_EQ(kptMarkdown({item(KptSection::Try, u"영어 강의 완강"_s)}, 1), u"# KPT\n\n## Try\n\n- 영어 강의 완강\n"_s);
}

TEST(KptMarkdown, ItemsCannotOpenABlockOfTheirOwn)
{
    const QString markdown = kptMarkdown({item(KptSection::Problem, u"# 헤딩처럼 쓴 문제"_s), item(KptSection::Problem, u"1. 번호로 시작"_s),
                                          item(KptSection::Problem, u"- 대시로 시작"_s), item(KptSection::Problem, u"**굵게** 쓴 건 그대로"_s)});
    EXPECT_TRUE(markdown.contains(u"- \\# 헤딩처럼 쓴 문제\n"_s)) << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(u"- 1\\. 번호로 시작\n"_s)) << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(u"- \\- 대시로 시작\n"_s)) << markdown.toStdString();
    EXPECT_TRUE(markdown.contains(u"- **굵게** 쓴 건 그대로\n"_s)) << markdown.toStdString();
}

} // namespace
