// The outline of headings beside the editor.
#include "editor/markdowneditor.h"
#include "editor/outlinemodel.h"
#include "editor/outlineview.h"

#include <gtest/gtest.h>

#include <KSyntaxHighlighting/Repository>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHBoxLayout>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

const QString yearReview = u"# 2025년 회고\n"          // 0
                           "\n"                       // 1
                           "한 해를 돌아본다.\n"      // 2
                           "\n"                       // 3
                           "## Keep\n"                // 4
                           "\n"                       // 5
                           "- 매일 20쪽 읽기\n"       // 6
                           "\n"                       // 7
                           "Problem\n"                // 8
                           "-------\n"                // 9
                           "\n"                       // 10
                           "```bash\n"                // 11
                           "# 이건 주석이다\n"        // 12
                           "```\n"                    // 13
                           "\n"                       // 14
                           "#해시태그는 제목이 아니다\n" // 15
                           "\n"                       // 16
                           "### C# 공부 ###\n"        // 17
                           "\n"                       // 18
                           "내년 목표\n"              // 19
                           "=====\n"_s;               // 20

TEST(OutlineParsing, FindsAtxAndSetextHeadingsButNotCodeOrHashtags)
{
    const QList<OutlineHeading> expected{
        {1, u"2025년 회고"_s, 0}, {2, u"Keep"_s, 4},     {2, u"Problem"_s, 8},
        {3, u"C# 공부"_s, 17},    {1, u"내년 목표"_s, 19},
    };
    EXPECT_EQ(headingsOfMarkdown(yearReview), expected);
}

TEST(OutlineParsing, ARuleUnderAListOrAfterABlankLineIsNoHeading)
{
    EXPECT_TRUE(headingsOfMarkdown(u"- 책 읽기\n---\n"_s).isEmpty());
    EXPECT_TRUE(headingsOfMarkdown(u"문단\n\n---\n"_s).isEmpty());
}

class EditorOutlineTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto *layout = new QHBoxLayout(&m_host);
        m_editor = new MarkdownEditor(m_repository, &m_host);
        m_editor->setPlainText(yearReview);
        m_view = new OutlineView(m_editor, &m_host);
        layout->addWidget(m_view);
        layout->addWidget(m_editor);
        m_host.resize(1000, 600);
        m_host.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_host));
    }

    KSyntaxHighlighting::Repository m_repository;
    QWidget m_host;
    MarkdownEditor *m_editor = nullptr;
    OutlineView *m_view = nullptr;
};

TEST_F(EditorOutlineTest, ModelListsHeadingsAndPassesTheModelTester)
{
    OutlineModel *model = m_view->outline();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model->rowCount(), 5);
    EXPECT_EQ(model->index(0).data().toString(), u"2025년 회고"_s);
    EXPECT_EQ(model->index(3).data(OutlineModel::LevelRole).toInt(), 3);
    EXPECT_EQ(model->index(2).data(OutlineModel::BlockNumberRole).toInt(), 8);

    // Edits that keep the number of headings, add one, and remove all.
    QTextCursor cursor(m_editor->document()->findBlockByNumber(4));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(u" 계속할 것"_s);
    model->refresh();
    EXPECT_EQ(model->index(1).data().toString(), u"Keep 계속할 것"_s);
    m_editor->appendPlainText(u"\n## 부록"_s);
    model->refresh();
    EXPECT_EQ(model->rowCount(), 6);
    m_editor->setPlainText(u"제목 없는 메모"_s);
    model->refresh();
    EXPECT_EQ(model->rowCount(), 0);
}

TEST_F(EditorOutlineTest, ModelUpdatesAfterAPauseInTyping)
{
    OutlineModel *model = m_view->outline();
    model->setDelay(50);
    QSignalSpy resets(model, &QAbstractItemModel::modelReset);
    QTextCursor end(m_editor->document());
    end.movePosition(QTextCursor::End);
    end.insertText(u"\n\n## 감사한 사람들"_s);
    EXPECT_EQ(model->rowCount(), 5) << "not re-read on every keystroke";
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 6, 1000);
    EXPECT_EQ(resets.count(), 1);
}

TEST_F(EditorOutlineTest, ActivatingAHeadingPutsTheCursorThereAndTheKeyboardInTheText)
{
    m_view->setFocus();
    const QModelIndex problem = m_view->outline()->index(2);
    m_view->setCurrentIndex(problem);
    Q_EMIT m_view->activated(problem);
    EXPECT_EQ(m_editor->textCursor().blockNumber(), 8);
    EXPECT_TRUE(m_editor->hasFocus());
}

TEST_F(EditorOutlineTest, CurrentSectionFollowsTheCursor)
{
    m_editor->setTextCursor(QTextCursor(m_editor->document()->findBlockByNumber(6)));
    EXPECT_EQ(m_view->currentIndex().row(), 1) << "the list item is in the Keep section";
    m_editor->setTextCursor(QTextCursor(m_editor->document()->findBlockByNumber(20)));
    EXPECT_EQ(m_view->currentIndex().row(), 4);
    EXPECT_EQ(m_editor->textCursor().blockNumber(), 20) << "following never moves the cursor";
}

} // namespace
