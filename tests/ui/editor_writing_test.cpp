// The writing surface itself: line spacing, column, themes, focus mode, Hangul input and counts.
#include "editor/markdowneditor.h"
#include "editor/writingstatslabel.h"
#include "support/typing.h"

#include <gtest/gtest.h>

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QInputMethodEvent>
#include <QAbstractTextDocumentLayout>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QVBoxLayout>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

const QString review = u"# 2025년 회고\n"
                       "\n"
                       "올해는 추천 모델을 서빙하는 파이프라인을 Apache Beam으로 옮긴 해였다. 처음 석 달은 "
                       "배치 작업이 자꾸 멈춰서 밤마다 로그를 읽었고, 여름이 되어서야 안정되었다.\n"
                       "\n"
                       "## 잘한 점\n"
                       "\n"
                       "- 책 12권을 읽고 그중 5권은 서평을 남겼다.\n"
                       "- 사내 세미나에서 Quantization 발표를 두 번 했다.\n"
                       "\n"
                       "## 아쉬운 점\n"
                       "\n"
                       "운동은 주 3회를 목표로 했지만 평균 1회에 그쳤다.\n"_s;

// The height a block takes in the editor (the last block also holds the document's bottom margin).
qreal blockHeight(const MarkdownEditor *editor, const QTextBlock &block)
{
    return editor->document()->documentLayout()->blockBoundingRect(block).height();
}

class EditorWritingTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_host.resize(1000, 700);
        auto *layout = new QVBoxLayout(&m_host);
        layout->setContentsMargins(0, 0, 0, 0);
        m_editor = new MarkdownEditor(m_repository, &m_host);
        layout->addWidget(m_editor);
        m_host.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_host));
        m_host.activateWindow();
        m_editor->setFocus();
    }

    QTextCursor cursorAtBlock(int blockNumber) const
    {
        return QTextCursor(m_editor->document()->findBlockByNumber(blockNumber));
    }

    KSyntaxHighlighting::Repository m_repository;
    QWidget m_host;
    MarkdownEditor *m_editor = nullptr;
};

TEST_F(EditorWritingTest, LinesAreOneAndAHalfTimesTheFontHeightApart)
{
    m_editor->setPlainText(u"첫째 줄\n둘째 줄\n셋째 줄"_s);
    const qreal fontLine = QFontMetricsF(m_editor->font()).height();
    const QTextBlock first = m_editor->document()->firstBlock();
    const qreal step = blockHeight(m_editor, first);
    EXPECT_NEAR(step, 1.5 * fontLine, 2.0);

    m_editor->setLineSpacing(1.0);
    const qreal tight = blockHeight(m_editor, first);
    EXPECT_NEAR(tight, fontLine, 2.0);
    EXPECT_EQ(m_editor->toPlainText(), u"첫째 줄\n둘째 줄\n셋째 줄"_s);
}

TEST_F(EditorWritingTest, WrappedLinesOfALongKoreanParagraphAreSpacedAlike)
{
    QString paragraph;
    for (int i = 0; i < 12; ++i)
        paragraph += u"회고를 쓰면서 올해 배운 것을 하나씩 다시 떠올려 보았다. "_s;
    m_editor->setPlainText(paragraph);
    QApplication::processEvents();
    const QTextBlock block = m_editor->document()->firstBlock();
    blockHeight(m_editor, block); // lays the block out
    const QTextLayout *layout = block.layout();
    ASSERT_GE(layout->lineCount(), 3) << "the paragraph should wrap in a 1000 px window";
    const qreal step = layout->lineAt(1).y() - layout->lineAt(0).y();
    EXPECT_NEAR(step, 1.5 * layout->lineAt(0).height(), 1.0);
    EXPECT_NEAR(layout->lineAt(2).y() - layout->lineAt(1).y(), step, 0.5);
    // The block's height holds every line with its spacing, so the next block never overlaps.
    EXPECT_NEAR(blockHeight(m_editor, block) - m_editor->document()->documentMargin(),
                layout->lineCount() * step, 2.0);
}

TEST_F(EditorWritingTest, TextColumnIsCentredAndOfReadableWidthInAWideWindow)
{
    m_host.resize(1600, 700);
    QApplication::processEvents();
    const int column = m_editor->maximumColumnWidth();
    EXPECT_LE(column, 760);
    EXPECT_GE(column, 20 * m_editor->fontMetrics().horizontalAdvance(u'가')) << "too narrow to write in";
    const QRect text = m_editor->viewport()->geometry();
    EXPECT_NEAR(text.width(), column, 2);
    EXPECT_NEAR(text.left(), m_editor->width() - text.right(), 4) << "the column is centred";

    m_host.resize(500, 700);
    QApplication::processEvents();
    EXPECT_GT(m_editor->viewport()->width(), m_editor->width() - 40) << "a narrow window uses all its width";
}

TEST_F(EditorWritingTest, ColumnDoesNotMoveWhenTheTextGrowsLongerThanTheWindow)
{
    m_host.resize(1600, 500);
    m_editor->setPlainText(u"짧은 글"_s);
    QApplication::processEvents();
    const int leftBefore = m_editor->viewport()->geometry().left();
    const int widthBefore = m_editor->viewport()->width();
    ASSERT_FALSE(m_editor->verticalScrollBar()->isVisible());
    for (int i = 0; i < 60; ++i)
        m_editor->appendPlainText(u"한 줄씩 늘어나는 회고"_s);
    QApplication::processEvents();
    ASSERT_TRUE(m_editor->verticalScrollBar()->isVisible());
    EXPECT_EQ(m_editor->viewport()->geometry().left(), leftBefore);
    EXPECT_EQ(m_editor->viewport()->width(), widthBefore);
}

TEST_F(EditorWritingTest, LightAndDarkThemesColourTheEditorWithoutTouchingTheText)
{
    m_editor->setPlainText(review);
    m_editor->document()->setModified(false);
    const int undoSteps = m_editor->document()->availableUndoSteps();

    m_editor->setThemeChoice(ThemeChoice::Dark);
    EXPECT_TRUE(m_editor->theme().isDark());
    EXPECT_LT(m_editor->palette().color(QPalette::Base).lightness(), 100);
    EXPECT_GT(m_editor->palette().color(QPalette::Text).lightness(), 150);
    EXPECT_EQ(m_editor->highlighter()->theme().name(), m_editor->theme().syntax.name());

    m_editor->setThemeChoice(ThemeChoice::Light);
    EXPECT_FALSE(m_editor->theme().isDark());
    EXPECT_GT(m_editor->palette().color(QPalette::Base).lightness(), 200);
    EXPECT_LT(m_editor->palette().color(QPalette::Text).lightness(), 100);

    EXPECT_EQ(m_editor->toPlainText(), review);
    EXPECT_FALSE(m_editor->document()->isModified());
    EXPECT_EQ(m_editor->document()->availableUndoSteps(), undoSteps);
}

TEST_F(EditorWritingTest, SystemThemeFollowsADarkWindowPalette)
{
    m_editor->setThemeChoice(ThemeChoice::System);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, Qt::white);
    m_host.setPalette(dark);
    QApplication::processEvents();
    EXPECT_TRUE(m_editor->theme().isDark());

    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf4, 0xf4, 0xf4));
    light.setColor(QPalette::WindowText, Qt::black);
    m_host.setPalette(light);
    QApplication::processEvents();
    EXPECT_FALSE(m_editor->theme().isDark());
}

// The dimmed ranges of focus mode as [start, end) pairs.
QList<std::pair<int, int>> dimmedRanges(const MarkdownEditor *editor)
{
    QList<std::pair<int, int>> ranges;
    const auto selections = editor->extraSelections();
    for (const QTextEdit::ExtraSelection &selection : selections) {
        if (selection.format.foreground().color() == editor->theme().dimmedText)
            ranges.append({selection.cursor.selectionStart(), selection.cursor.selectionEnd()});
    }
    return ranges;
}

TEST_F(EditorWritingTest, FocusModeDimsEveryParagraphButTheCurrentOne)
{
    m_editor->setPlainText(review);
    m_editor->document()->setModified(false);
    const int undoSteps = m_editor->document()->availableUndoSteps();
    const QTextBlock prose = m_editor->document()->findBlockByNumber(2);
    QTextCursor cursor(prose);
    cursor.movePosition(QTextCursor::NextWord);
    m_editor->setTextCursor(cursor);

    m_editor->setFocusMode(true);
    const auto ranges = dimmedRanges(m_editor);
    ASSERT_EQ(ranges.size(), 2);
    EXPECT_EQ(ranges.at(0), std::pair(0, prose.position()));
    EXPECT_EQ(ranges.at(1).first, prose.position() + prose.length() - 1);
    EXPECT_EQ(ranges.at(1).second, m_editor->document()->characterCount() - 1);

    // The list is one paragraph: moving into it brightens both of its items.
    m_editor->setTextCursor(cursorAtBlock(7));
    const auto listRanges = dimmedRanges(m_editor);
    ASSERT_EQ(listRanges.size(), 2);
    EXPECT_EQ(listRanges.at(0).second, m_editor->document()->findBlockByNumber(6).position());
    const QTextBlock lastItem = m_editor->document()->findBlockByNumber(7);
    EXPECT_EQ(listRanges.at(1).first, lastItem.position() + lastItem.length() - 1);

    m_editor->setFocusMode(false);
    EXPECT_TRUE(dimmedRanges(m_editor).isEmpty());
    EXPECT_EQ(m_editor->toPlainText(), review);
    EXPECT_FALSE(m_editor->document()->isModified());
    EXPECT_EQ(m_editor->document()->availableUndoSteps(), undoSteps);
}

TEST_F(EditorWritingTest, FocusModeKeepsTheCurrentLineInTheMiddleOfTheView)
{
    QString longText;
    for (int i = 1; i <= 120; ++i)
        longText += u"%1번째 문단: 올해 배운 것과 내년에 하고 싶은 것.\n\n"_s.arg(i);
    m_editor->setPlainText(longText);
    m_editor->setFocusMode(true);
    m_editor->setTextCursor(cursorAtBlock(120));
    QApplication::processEvents();
    const int middle = m_editor->viewport()->height() / 2;
    EXPECT_NEAR(m_editor->cursorRect().center().y(), middle, m_editor->fontMetrics().height() * 2);

    // Typing at the very end still writes in the middle of the view.
    QTextCursor end(m_editor->document());
    end.movePosition(QTextCursor::End);
    m_editor->setTextCursor(end);
    sendCommit(m_editor, u"마지막 문장"_s);
    QApplication::processEvents();
    EXPECT_NEAR(m_editor->cursorRect().center().y(), middle, m_editor->fontMetrics().height() * 2);
}

TEST_F(EditorWritingTest, HangulCompositionSurvivesHighlightingAndFocusMode)
{
    m_editor->setFocusMode(true);
    sendCommit(m_editor, u"# "_s);
    sendPreedit(m_editor, u"ㅎ"_s);
    sendPreedit(m_editor, u"회"_s);
    EXPECT_TRUE(m_editor->isComposing());
    EXPECT_EQ(m_editor->toPlainText(), u"# "_s) << "the preedit is not text yet";
    EXPECT_EQ(m_editor->textCursor().block().layout()->preeditAreaText(), u"회"_s);
    QApplication::processEvents(); // the highlighter and the focus dimming run here
    EXPECT_EQ(m_editor->textCursor().block().layout()->preeditAreaText(), u"회"_s) << "highlighting broke the composition";
    sendCommit(m_editor, u"회"_s);
    composeSyllable(m_editor, {u"ㄱ"_s, u"고"_s});
    EXPECT_FALSE(m_editor->isComposing());
    EXPECT_EQ(m_editor->toPlainText(), u"# 회고"_s);
    QApplication::processEvents();
    EXPECT_FALSE(m_editor->document()->firstBlock().layout()->formats().isEmpty()) << "the heading is highlighted";
    m_editor->undo();
    EXPECT_NE(m_editor->toPlainText(), u"# 회고"_s) << "the committed syllables are undoable text";
}

TEST_F(EditorWritingTest, StatsLabelCountsAfterAPauseAndNeverDuringComposition)
{
    WritingStatsLabel stats(m_editor);
    stats.setDelay(50);
    sendCommit(m_editor, u"**회고** 쓰기"_s);
    EXPECT_EQ(stats.stats().charsWithoutSpaces, 0) << "counting waits for a pause";
    QTRY_COMPARE_WITH_TIMEOUT(stats.stats().charsWithoutSpaces, 4, 1000);
    EXPECT_EQ(stats.stats().charsWithSpaces, 5);
    EXPECT_EQ(stats.stats().eojeol, 2);
    EXPECT_EQ(stats.stats().readingMinutes, 1);
    EXPECT_EQ(stats.text(), WritingStatsLabel::describe(stats.stats()));
    EXPECT_TRUE(stats.text().contains(u'5') && stats.text().contains(u'4'));

    sendCommit(m_editor, u" "_s);
    sendPreedit(m_editor, u"끝"_s);
    QTest::qWait(200);
    EXPECT_EQ(stats.stats().eojeol, 2) << "a syllable in composition is not counted";
    sendCommit(m_editor, u"끝"_s);
    QTRY_COMPARE_WITH_TIMEOUT(stats.stats().eojeol, 3, 1000);
}

// How fast this is lives in tests/bench (BM_TextStatsOfThirtyThousandCharacters), not here.
TEST_F(EditorWritingTest, StatsOfALongEntryAreShownInTheLabel)
{
    QString longReview;
    while (longReview.size() < 30000)
        longReview += review;
    m_editor->setPlainText(longReview);
    WritingStatsLabel stats(m_editor);
    stats.recount();
    EXPECT_GT(stats.stats().charsWithoutSpaces, 15000);
    EXPECT_TRUE(stats.text().contains(QLocale().toString(stats.stats().charsWithSpaces)));
}

} // namespace
