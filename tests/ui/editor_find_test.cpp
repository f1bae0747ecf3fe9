// Find and replace in a Korean retrospective.
#include "editor/findreplacebar.h"
#include "editor/markdowneditor.h"

#include <gtest/gtest.h>

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

const QString diary = u"# 독서 회고\n"
                      "\n"
                      "올해 독서 목표는 15권이었다. 독서를 습관으로 만들려고 출근길에 읽었다.\n"
                      "Apache Beam 책은 두 번 읽었고, beam search 논문도 독서 모임에서 다뤘다.\n"
                      "내년에도 독서 모임은 계속한다.\n"_s;

class EditorFindTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto *layout = new QVBoxLayout(&m_host);
        m_editor = new MarkdownEditor(m_repository, &m_host);
        m_bar = new FindReplaceBar(m_editor, &m_host);
        layout->addWidget(m_editor);
        layout->addWidget(m_bar);
        m_editor->setPlainText(diary);
        m_host.resize(900, 600);
        m_host.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_host));
        m_host.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&m_host));
        m_editor->setFocus();
    }

    KSyntaxHighlighting::Repository m_repository;
    QWidget m_host;
    MarkdownEditor *m_editor = nullptr;
    FindReplaceBar *m_bar = nullptr;
};

TEST_F(EditorFindTest, CtrlFOpensTheBarWithTheSelectedWord)
{
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(2);
    cursor.setPosition(4, QTextCursor::KeepAnchor); // 독서
    m_editor->setTextCursor(cursor);
    QTest::keyClick(m_editor, Qt::Key_F, Qt::ControlModifier);
    ASSERT_TRUE(m_bar->isVisible());
    EXPECT_TRUE(m_bar->findField()->hasFocus());
    EXPECT_EQ(m_bar->findText(), u"독서"_s);
    EXPECT_EQ(m_bar->matchCount(), 5);
    EXPECT_EQ(m_bar->countText(), u"1/5"_s) << "the selection is the first match";
    EXPECT_EQ(m_editor->extraSelections().size(), 5) << "every match is highlighted";
}

TEST_F(EditorFindTest, EnterAndShiftEnterWalkThroughMatchesAndWrapAround)
{
    m_bar->openFind();
    m_bar->setFindText(u"독서 모임"_s);
    EXPECT_EQ(m_bar->matchCount(), 2);
    QTest::keyClick(m_bar->findField(), Qt::Key_Return);
    EXPECT_EQ(m_editor->textCursor().selectedText(), u"독서 모임"_s);
    EXPECT_EQ(m_bar->countText(), u"1/2"_s);
    QTest::keyClick(m_bar->findField(), Qt::Key_Return);
    EXPECT_EQ(m_bar->countText(), u"2/2"_s);
    QTest::keyClick(m_bar->findField(), Qt::Key_Return);
    EXPECT_EQ(m_bar->countText(), u"1/2"_s) << "wraps to the first";
    QTest::keyClick(m_bar->findField(), Qt::Key_Return, Qt::ShiftModifier);
    EXPECT_EQ(m_bar->countText(), u"2/2"_s) << "Shift+Enter goes back, wrapping to the last";
    EXPECT_TRUE(m_bar->findField()->hasFocus()) << "the user keeps typing in the field";
}

TEST_F(EditorFindTest, WholeWordsLeavesWordsWithParticlesAlone)
{
    m_bar->openFind();
    m_bar->setFindText(u"독서"_s);
    EXPECT_EQ(m_bar->matchCount(), 5);
    m_bar->setWholeWords(true);
    EXPECT_EQ(m_bar->matchCount(), 4) << "독서를 is another 어절";
}

TEST_F(EditorFindTest, MatchCaseSeparatesBeamFromBeam)
{
    m_bar->openFind();
    m_bar->setFindText(u"Beam"_s);
    EXPECT_EQ(m_bar->matchCount(), 2);
    m_bar->setMatchCase(true);
    EXPECT_EQ(m_bar->matchCount(), 1);
    EXPECT_TRUE(m_bar->findNext());
    EXPECT_EQ(m_editor->textCursor().selectedText(), u"Beam"_s);
}

TEST_F(EditorFindTest, ReplaceAllIsOneUndoStepAndNeverReplacesItsOwnText)
{
    m_bar->openReplace();
    m_bar->setFindText(u"독서"_s);
    m_bar->setReplaceText(u"꾸준한 독서"_s);
    EXPECT_EQ(m_bar->replaceAll(), 5);
    EXPECT_EQ(m_editor->toPlainText().count(u"꾸준한 독서"_s), 5);
    EXPECT_EQ(m_bar->matchCount(), 5);
    m_editor->undo();
    EXPECT_EQ(m_editor->toPlainText(), diary);
}

TEST_F(EditorFindTest, ReplaceChangesTheCurrentMatchAndMovesOn)
{
    m_bar->openReplace();
    m_bar->setFindText(u"읽었"_s);
    m_bar->setReplaceText(u"들었"_s);
    ASSERT_TRUE(m_bar->findNext());
    QTest::keyClick(m_bar->replaceField(), Qt::Key_Return);
    EXPECT_TRUE(m_editor->toPlainText().contains(u"출근길에 들었다"_s));
    EXPECT_TRUE(m_editor->toPlainText().contains(u"두 번 읽었고"_s)) << "only the current match";
    EXPECT_EQ(m_editor->textCursor().selectedText(), u"읽었"_s) << "the next match is selected";
    EXPECT_EQ(m_bar->countText(), u"1/1"_s);
}

TEST_F(EditorFindTest, EscapeClosesTheBarAndReturnsToTheText)
{
    m_bar->openFind();
    m_bar->setFindText(u"회고"_s);
    ASSERT_FALSE(m_editor->extraSelections().isEmpty());
    QTest::keyClick(m_bar->findField(), Qt::Key_Escape);
    EXPECT_FALSE(m_bar->isVisible());
    EXPECT_TRUE(m_editor->hasFocus());
    EXPECT_TRUE(m_editor->extraSelections().isEmpty()) << "no highlights left behind";
    EXPECT_EQ(m_editor->toPlainText(), diary);
}

TEST_F(EditorFindTest, CountFollowsTypingInTheDocument)
{
    m_bar->openFind();
    m_bar->setFindText(u"모임"_s);
    EXPECT_EQ(m_bar->matchCount(), 2);
    QTextCursor end(m_editor->document());
    end.movePosition(QTextCursor::End);
    end.insertText(u"다음 모임은 1월이다."_s);
    QTRY_COMPARE_WITH_TIMEOUT(m_bar->matchCount(), 3, 1000);
}

} // namespace
