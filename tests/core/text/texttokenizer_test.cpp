#include "text/texttokenizer.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

QStringList eojeolOf(const QString &text)
{
    QStringList units;
    for (const TextSpan &span : eojeolSpans(text))
        units << text.mid(span.start, span.length);
    return units;
}

TEST(TextTokenizer, EojeolAreSeparatedBySpacesAndLineBreaks)
{
    EXPECT_EQ(eojeolOf(u"  올해는 책을\n15권\t읽었다. "_s), (QStringList{u"올해는"_s, u"책을"_s, u"15권"_s, u"읽었다."_s}));
}

TEST(TextTokenizer, ZeroWidthSpaceDoesNotSeparate)
{
    EXPECT_EQ(eojeolOf(u"회고\u200B를 썼다"_s), (QStringList{u"회고\u200B를"_s, u"썼다"_s}));
}

TEST(TextTokenizer, ScriptRunsSplitLatinStemAndParticle)
{
    const QString word = u"Quantization을"_s;
    const QList<ScriptRun> runs = scriptRuns(word);
    ASSERT_EQ(runs.size(), 2);
    EXPECT_EQ(runs[0].script, Script::Latin);
    EXPECT_EQ(word.mid(runs[0].span.start, runs[0].span.length), u"Quantization"_s);
    EXPECT_EQ(runs[1].script, Script::Hangul);
}

TEST(TextTokenizer, ScriptRunsKeepApostropheInsideLatinWords)
{
    const QList<ScriptRun> runs = scriptRuns(u"don't!"_s);
    ASSERT_EQ(runs.size(), 2);
    EXPECT_EQ(runs[0].span.length, 5);
    EXPECT_EQ(runs[1].script, Script::Other);
}

TEST(TextTokenizer, DigitsAndCounterAreSeparateRuns)
{
    const QList<ScriptRun> runs = scriptRuns(u"15권"_s, 10);
    ASSERT_EQ(runs.size(), 2);
    EXPECT_EQ(runs[0].script, Script::Digits);
    EXPECT_EQ(runs[1].span, (TextSpan{12, 1}));
}

TEST(TextTokenizer, GraphemesOfEmojiAreOneEach)
{
    int visible = 0;
    forEachGrapheme(u"👍🏽🇰🇷a"_s, [&visible](QStringView, GraphemeKind kind) { visible += kind == GraphemeKind::Visible; });
    EXPECT_EQ(visible, 3);
}

} // namespace
