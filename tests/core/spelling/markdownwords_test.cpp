#include "spelling/markdownwords.h"

#include <gtest/gtest.h>

#include <QStringList>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

QStringList wordsOf(const QString &line, MarkdownLineState state = {})
{
    QStringList words;
    for (const CheckableWord &word : checkableWords(line, state))
        words << line.mid(word.span.start, word.span.length);
    return words;
}

TEST(CheckableWords, LatinStemIsSplitFromItsParticle)
{
    EXPECT_EQ(wordsOf(u"Beam으로 옮겼다"_s), (QStringList{u"Beam"_s, u"옮겼다"_s}));
}

TEST(CheckableWords, HangulRunsAreCheckedWithinPunctuation)
{
    EXPECT_EQ(wordsOf(u"(회고/정리)"_s), (QStringList{u"회고"_s, u"정리"_s}));
}

TEST(CheckableWords, FenceStateCarriesFromLineToLine)
{
    MarkdownLineState state;
    EXPECT_TRUE(checkableWords(u"```cpp"_s, state).isEmpty());
    EXPECT_TRUE(checkableWords(u"int mian() {}"_s, state).isEmpty());
    EXPECT_EQ(state.fenceLength, 3);
    EXPECT_TRUE(checkableWords(u"```"_s, state).isEmpty());
    EXPECT_EQ(state.fenceLength, 0);
    EXPECT_EQ(wordsOf(u"다시 글이다"_s, state), (QStringList{u"다시"_s, u"글이다"_s}));
}

TEST(CheckableWords, ShorterFenceInsideDoesNotClose)
{
    MarkdownLineState state;
    (void)checkableWords(u"````"_s, state);
    (void)checkableWords(u"```"_s, state);
    EXPECT_EQ(state.fenceLength, 4);
}

TEST(CheckableWords, SpansAreOffsetsInTheLine)
{
    MarkdownLineState state;
    const QList<CheckableWord> words = checkableWords(u"- **됬다** ok"_s, state);
    ASSERT_EQ(words.size(), 2);
    EXPECT_EQ(words[0].span, (TextSpan{4, 2}));
    EXPECT_EQ(words[0].script, Script::Hangul);
    EXPECT_EQ(words[1].script, Script::Latin);
}

} // namespace
