#include "editor/markdowneditor.h"
#include "editor/previewpane.h"
#include "support/typing.h"

#include <gtest/gtest.h>

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QAbstractTextDocumentLayout>
#include <QInputMethodEvent>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

// Korean in failure messages, not UTF-16 bytes.
[[maybe_unused]] static void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace
{

const QStringList sectionTitles = {
    u"프롤로그"_s, u"회사에서 한 일"_s, u"Apache Beam 마이그레이션"_s, u"양자화 논문 리뷰"_s, u"발표와 글쓰기"_s,
    u"읽은 책 15권"_s, u"달리기와 건강"_s, u"영어 공부"_s, u"KPT"_s, u"2026년 목표"_s,
};

const QStringList paragraphs = {
    u"1월에는 팀을 옮겼다. 새 팀은 추천 모델의 학습 파이프라인을 맡고 있었고, 첫 달은 코드와 대시보드를 읽는 데 다 썼다."_s,
    u"Dataflow 비용이 매달 늘어서 배치 작업을 Apache Beam으로 다시 짰다. 셔플을 줄이니 비용이 40% 줄었다."_s,
    u"격주 금요일마다 INT8 양자화 논문을 한 편씩 읽고 팀 위키에 정리했다. 12편을 목표로 했지만 7편에서 멈췄다."_s,
    u"사내 세미나에서 두 번 발표했고, 기술 블로그에 글을 세 편 올렸다. 글을 쓰면서 내가 모르는 것이 더 잘 보였다."_s,
    u"주 3회 50분 조깅을 목표로 했는데, 여름 장마 이후로 리듬이 깨졌다. 그래도 10km 대회를 한 번 완주했다."_s,
    u"출퇴근 지하철에서 영어 강의를 들었다. 완강은 못 했지만 회의에서 질문하는 것이 덜 두려워졌다."_s,
};

QString longReview()
{
    QString text = u"올해를 돌아보며 쓴다.\n\n"_s;
    for (qsizetype i = 0; i < sectionTitles.size(); ++i) {
        text += u"## %1\n\n"_s.arg(sectionTitles[i]);
        for (int p = 0; p < 6; ++p)
            text += paragraphs[(i + p) % paragraphs.size()] + u"\n\n"_s;
    }
    return text;
}

class PreviewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_splitter.resize(1000, 600);
        m_editor = new MarkdownEditor(m_repository, &m_splitter);
        m_preview = new PreviewPane(&m_splitter);
        m_splitter.addWidget(m_editor);
        m_splitter.addWidget(m_preview);
        m_preview->setEditor(m_editor);
        m_splitter.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_splitter));
        m_editor->setFocus();
    }

    QString previewText() const { return m_preview->browser()->document()->toPlainText(); }

    // The text of the first block visible at the top of the preview.
    QString topOfPreview() const
    {
        QTextBrowser *browser = m_preview->browser();
        return browser->cursorForPosition(QPoint(browser->viewport()->width() / 2, 25)).block().text();
    }

    void moveEditorCursorToLineOf(const QString &text)
    {
        QTextCursor cursor = m_editor->document()->find(text);
        ASSERT_FALSE(cursor.isNull()) << text.toStdString();
        cursor.clearSelection();
        m_editor->setTextCursor(cursor);
    }

    KSyntaxHighlighting::Repository m_repository;
    QSplitter m_splitter;
    MarkdownEditor *m_editor = nullptr;
    PreviewPane *m_preview = nullptr;
};

TEST_F(PreviewTest, RendersOnceShortlyAfterTypingStops)
{
    QSignalSpy rendered(m_preview, &PreviewPane::rendered);
    typeText(m_editor, u"## 잘한 점\n매일 30분 독서"_s);
    QApplication::processEvents();
    EXPECT_EQ(rendered.count(), 0) << "no render on every keystroke";
    EXPECT_FALSE(previewText().contains(u"독서"_s));

    ASSERT_TRUE(rendered.wait(2000));
    QTest::qWait(m_preview->debounceInterval() * 2);
    EXPECT_EQ(rendered.count(), 1) << "one render for the whole burst of typing";
    EXPECT_TRUE(previewText().contains(u"잘한 점\n매일 30분 독서"_s)) << previewText().toStdString();
    EXPECT_FALSE(previewText().contains(u"##"_s)) << "rendered, not echoed";
}

TEST_F(PreviewTest, WaitsForTheInputMethodToCommitTheSyllable)
{
    m_preview->setDebounceInterval(50);
    QSignalSpy rendered(m_preview, &PreviewPane::rendered);
    typeText(m_editor, u"올해의 "_s);
    // fcitx5 composing 회: ㅎ, 회 in preedit while the debounce runs out.
    for (const QString &preedit : {u"ㅎ"_s, u"회"_s}) {
        QInputMethodEvent composing(preedit, {});
        QApplication::sendEvent(m_editor, &composing);
    }
    QTest::qWait(400);
    EXPECT_EQ(rendered.count(), 0) << "rendered in the middle of a syllable";

    QInputMethodEvent commit;
    commit.setCommitString(u"회"_s);
    QApplication::sendEvent(m_editor, &commit);
    ASSERT_TRUE(rendered.wait(2000));
    EXPECT_EQ(previewText(), u"올해의 회"_s);
    EXPECT_EQ(m_editor->toPlainText(), u"올해의 회"_s) << "the preview left the composition alone";
}

TEST_F(PreviewTest, KeepsItsScrollPositionWhenItRendersAgain)
{
    m_editor->setPlainText(longReview());
    m_editor->moveCursor(QTextCursor::End);
    m_preview->renderNow();
    QScrollBar *scroll = m_preview->browser()->verticalScrollBar();
    ASSERT_GT(scroll->maximum(), 2000) << "the review must be much taller than the preview";
    scroll->setValue(scroll->maximum() / 2);
    const int before = scroll->value();
    const QString topBefore = topOfPreview();

    QSignalSpy rendered(m_preview, &PreviewPane::rendered);
    typeText(m_editor, u"덧붙임."_s);
    ASSERT_TRUE(rendered.wait(2000));
    EXPECT_TRUE(previewText().endsWith(u"덧붙임."_s));
    EXPECT_EQ(scroll->value(), before);
    m_preview->browser()->document()->size(); // what the user sees once Qt's lazy layout has caught up
    EXPECT_EQ(topOfPreview(), topBefore);
}

TEST_F(PreviewTest, ScrollsToTheSectionOfTheEditorsCursor)
{
    m_editor->setPlainText(longReview());
    m_preview->renderNow();
    for (const int section : {2, 5, 7, 3}) {
        // A sentence in the middle of the section, not its heading.
        const QString sentence = paragraphs[(section + 3) % paragraphs.size()].left(20);
        QTextCursor cursor = m_editor->document()->find(u"## "_s + sectionTitles[section]);
        cursor = m_editor->document()->find(sentence, cursor);
        ASSERT_FALSE(cursor.isNull());
        m_editor->setTextCursor(cursor);
        m_preview->syncToEditorCursor(m_editor);
        EXPECT_EQ(topOfPreview(), sectionTitles[section]) << "section " << section;
    }
}

TEST_F(PreviewTest, FollowsTheCursorIntoAnotherSectionByItself)
{
    m_editor->setPlainText(longReview());
    m_preview->renderNow();
    moveEditorCursorToLineOf(u"## 달리기와 건강"_s);
    EXPECT_EQ(topOfPreview(), u"달리기와 건강"_s);

    // Reading the preview of a section while typing in it: typing must not yank it back.
    QScrollBar *scroll = m_preview->browser()->verticalScrollBar();
    scroll->setValue(scroll->value() + 120);
    const int reading = scroll->value();
    m_editor->moveCursor(QTextCursor::EndOfLine);
    typeText(m_editor, u" (3월)"_s);
    EXPECT_EQ(scroll->value(), reading);

    moveEditorCursorToLineOf(u"올해를 돌아보며"_s);
    EXPECT_EQ(scroll->value(), 0) << "before the first heading is the top";
}

TEST_F(PreviewTest, LastSectionIsVisibleEvenWhenItCannotReachTheTop)
{
    m_editor->setPlainText(longReview());
    m_preview->renderNow();
    moveEditorCursorToLineOf(u"## 2026년 목표"_s);
    QTextDocument *document = m_preview->browser()->document();
    const QList<RenderedHeading> headings = MarkdownRenderer::headings(*document);
    const QRectF heading = document->documentLayout()->blockBoundingRect(document->findBlock(headings.last().position));
    const int top = m_preview->browser()->verticalScrollBar()->value();
    EXPECT_GE(heading.top(), top);
    EXPECT_LE(heading.bottom(), top + m_preview->browser()->viewport()->height());
}

TEST_F(PreviewTest, HiddenPreviewRendersOnlyWhenShown)
{
    m_preview->hide();
    QSignalSpy rendered(m_preview, &PreviewPane::rendered);
    m_editor->setPlainText(u"# 상반기 회고\n\n숨겨진 미리보기는 일하지 않는다."_s);
    QTest::qWait(m_preview->debounceInterval() * 2);
    EXPECT_EQ(rendered.count(), 0);

    m_preview->show();
    EXPECT_EQ(rendered.count(), 1);
    EXPECT_TRUE(previewText().contains(u"숨겨진 미리보기는"_s));
}

TEST_F(PreviewTest, ShowsAttachmentImagesFromTheProvider)
{
    QImage photo(1600, 900, QImage::Format_RGB32);
    photo.fill(Qt::darkGreen);
    m_preview->setImageProvider([&photo](qint64 id) { return id == 3 ? photo : QImage(); });
    m_editor->setPlainText(u"## 워크숍\n\n![화이트보드](attachment:3)\n\n![지운 사진](attachment:4)\n"_s);
    m_preview->renderNow();

    QTextDocument *document = m_preview->browser()->document();
    const QImage shown = document->resource(QTextDocument::ImageResource, QUrl(u"attachment:3"_s)).value<QImage>();
    EXPECT_EQ(shown.size(), photo.size());
    EXPECT_TRUE(previewText().contains(u"지운 사진"_s)) << "a missing image leaves a placeholder";
    // Scaled into the column, so the reader never scrolls sideways.
    EXPECT_EQ(m_preview->browser()->horizontalScrollBar()->maximum(), 0);
}

TEST_F(PreviewTest, FollowsTheDarkTheme)
{
    m_editor->setPlainText(u"다크 모드에서 쓰는 회고"_s);
    m_preview->setDarkTheme(true);
    EXPECT_TRUE(m_preview->isDarkTheme());
    EXPECT_EQ(m_preview->browser()->palette().color(QPalette::Base), RenderColors::dark().background);
    const QTextBlock block = m_preview->browser()->document()->firstBlock();
    EXPECT_EQ(block.begin().fragment().charFormat().foreground().color(), RenderColors::dark().text);
    m_preview->setDarkTheme(false);
    EXPECT_EQ(m_preview->browser()->palette().color(QPalette::Base), RenderColors::light().background);
}

} // namespace
