// The Format menu's Markdown shortcuts on Korean text.
#include "editor/markdownactions.h"
#include "editor/markdowneditor.h"

#include <gtest/gtest.h>

#include <KSyntaxHighlighting/Repository>

#include <QAction>
#include <QApplication>
#include <QInputMethodEvent>
#include <QTest>
#include <QVBoxLayout>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class EditorActionsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto *layout = new QVBoxLayout(&m_host);
        m_editor = new MarkdownEditor(m_repository, &m_host);
        layout->addWidget(m_editor);
        m_actions = std::make_unique<MarkdownActions>(m_editor);
        m_actions->setToday([] { return QDate(2026, 11, 24); });
        m_host.resize(900, 600);
        m_host.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_host));
        m_host.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_host));
        m_editor->setFocus();
    }

    // Starts with `text`, unmodified and with nothing to undo, and selects [from, to).
    void write(const QString &text, int from, int to)
    {
        m_editor->setPlainText(text);
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(from);
        cursor.setPosition(to, QTextCursor::KeepAnchor);
        m_editor->setTextCursor(cursor);
    }

    void expectOneUndoStepBackTo(const QString &original)
    {
        m_editor->undo();
        EXPECT_EQ(m_editor->toPlainText(), original) << "one shortcut, one undo step";
    }

    KSyntaxHighlighting::Repository m_repository;
    QWidget m_host;
    MarkdownEditor *m_editor = nullptr;
    std::unique_ptr<MarkdownActions> m_actions;
};

TEST_F(EditorActionsTest, BoldWrapsTheSelectionAndTogglesBack)
{
    const QString text = u"올해 가장 잘한 일은 꾸준한 독서였다."_s;
    write(text, 12, 18); // 꾸준한 독서
    m_actions->bold()->trigger();
    EXPECT_EQ(m_editor->toPlainText(), u"올해 가장 잘한 일은 **꾸준한 독서**였다."_s);
    EXPECT_EQ(m_editor->textCursor().selectedText(), u"꾸준한 독서"_s);
    m_actions->bold()->trigger();
    EXPECT_EQ(m_editor->toPlainText(), text);
    m_editor->undo();
    expectOneUndoStepBackTo(text);
}

TEST_F(EditorActionsTest, ShortcutsWorkOnTheWordAtTheCursor)
{
    const QString text = u"Keep: 서평 쓰기"_s;
    write(text, 7, 7); // inside 서평
    QTest::keyClick(m_editor, Qt::Key_I, Qt::ControlModifier);
    EXPECT_EQ(m_editor->toPlainText(), u"Keep: *서평* 쓰기"_s);
    expectOneUndoStepBackTo(text);

    QTest::keyClick(m_editor, Qt::Key_QuoteLeft, Qt::ControlModifier);
    EXPECT_EQ(m_editor->toPlainText(), u"Keep: `서평` 쓰기"_s);
}

TEST_F(EditorActionsTest, EmptyPairIsInsertedBetweenWords)
{
    write(u"목표: "_s, 4, 4);
    m_actions->bold()->trigger();
    EXPECT_EQ(m_editor->toPlainText(), u"목표: ****"_s);
    EXPECT_EQ(m_editor->textCursor().position(), 6) << "the cursor waits between the markers";
}

TEST_F(EditorActionsTest, HeadingShortcutsSetChangeAndRemoveTheLevel)
{
    const QString text = u"잘한 점\n\n- 발표 두 번"_s;
    write(text, 2, 2);
    QTest::keyClick(m_editor, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(m_editor->toPlainText(), u"## 잘한 점\n\n- 발표 두 번"_s);
    QTest::keyClick(m_editor, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_editor->toPlainText(), u"# 잘한 점\n\n- 발표 두 번"_s);
    QTest::keyClick(m_editor, Qt::Key_1, Qt::ControlModifier);
    EXPECT_EQ(m_editor->toPlainText(), text) << "the same level again removes it";
    m_actions->heading(3)->trigger();
    EXPECT_EQ(m_editor->toPlainText(), u"### 잘한 점\n\n- 발표 두 번"_s);
    expectOneUndoStepBackTo(text);
}

TEST_F(EditorActionsTest, ListsPrefixEverySelectedLineAndToggleOff)
{
    const QString text = u"책 15권 읽기\n논문 2편 리뷰\n주 3회 조깅"_s;
    write(text, 0, int(text.size()));
    m_actions->bulletList()->trigger();
    EXPECT_EQ(m_editor->toPlainText(), u"- 책 15권 읽기\n- 논문 2편 리뷰\n- 주 3회 조깅"_s);
    expectOneUndoStepBackTo(text);

    write(u"- 책 15권 읽기\n- 논문 2편 리뷰\n- 주 3회 조깅"_s, 0, 12);
    m_actions->numberedList()->trigger();
    EXPECT_EQ(m_editor->toPlainText(), u"1. 책 15권 읽기\n2. 논문 2편 리뷰\n- 주 3회 조깅"_s)
        << "only the selected lines, bullets turned into numbers";

    write(u"- 책 15권 읽기\n- 논문 2편 리뷰"_s, 0, 12);
    m_actions->bulletList()->trigger();
    EXPECT_EQ(m_editor->toPlainText(), u"책 15권 읽기\n논문 2편 리뷰"_s);
}

TEST_F(EditorActionsTest, CtrlKMakesALinkAndSelectsTheUrl)
{
    const QString text = u"발표 자료는 여기에 올렸다."_s;
    write(text, 0, 5); // 발표 자료
    // Ctrl+K is also QPlainTextEdit's "delete to end of line" on X11: the link must win.
    QTest::keyClick(m_editor, Qt::Key_K, Qt::ControlModifier);
    EXPECT_EQ(m_editor->toPlainText(), u"[발표 자료](url)는 여기에 올렸다."_s);
    EXPECT_EQ(m_editor->textCursor().selectedText(), u"url"_s);
    QTest::keyClicks(m_editor, u"https://example.org/quantization"_s);
    EXPECT_EQ(m_editor->toPlainText(), u"[발표 자료](https://example.org/quantization)는 여기에 올렸다."_s);
}

TEST_F(EditorActionsTest, InsertsTodayAsAnIsoDate)
{
    write(u"작성일: "_s, 5, 5);
    QTest::keyClick(m_editor, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(m_editor->toPlainText(), u"작성일: 2026-11-24"_s);
    expectOneUndoStepBackTo(u"작성일: "_s);
}

TEST_F(EditorActionsTest, ShortcutsWaitWhileASyllableIsComposed)
{
    write(u"회고 "_s, 3, 3);
    QInputMethodEvent composing(u"ㅆ"_s, {});
    QApplication::sendEvent(m_editor, &composing);
    ASSERT_TRUE(m_editor->isComposing());
    m_actions->bold()->trigger();
    m_actions->heading(1)->trigger();
    m_actions->insertDate()->trigger();
    EXPECT_EQ(m_editor->toPlainText(), u"회고 "_s);
    EXPECT_TRUE(m_editor->isComposing()) << "the composition is intact";
    QInputMethodEvent commit;
    commit.setCommitString(u"쓰"_s);
    QApplication::sendEvent(m_editor, &commit);
    EXPECT_EQ(m_editor->toPlainText(), u"회고 쓰"_s);
}

TEST_F(EditorActionsTest, MenuListsEveryActionWithItsShortcut)
{
    int withShortcut = 0;
    const auto actions = m_actions->actions();
    for (const QAction *action : actions) {
        if (!action->isSeparator()) {
            EXPECT_FALSE(action->text().isEmpty());
            EXPECT_FALSE(action->shortcut().isEmpty()) << action->text().toStdString();
            ++withShortcut;
        }
    }
    EXPECT_EQ(withShortcut, 10);
}

} // namespace
