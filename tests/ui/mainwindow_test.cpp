#include "editor/markdowneditor.h"
#include "editor/outlineview.h"
#include "editor/previewpane.h"
#include "entries/entrysession.h"
#include "goals/goalspane.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "support/tempjournal.h"
#include "support/typing.h"
#include "timeline/timelinepane.h"

#include <gtest/gtest.h>

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QApplication>
#include <QInputMethodEvent>
#include <QListView>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QStatusBar>
#include <QTextBrowser>
#include <QTest>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        ASSERT_NE(test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s), 0);
        m_window = std::make_unique<MainWindow>(*m_journal);
        m_window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_window.get()));
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<MainWindow> m_window;
};

TEST_F(MainWindowTest, ShowsTimelineEditorAndGoalsSideBySide)
{
    QSplitter *splitter = m_window->splitter();
    ASSERT_EQ(splitter->count(), 3);
    EXPECT_TRUE(splitter->widget(0)->isAncestorOf(m_window->timeline()));
    EXPECT_TRUE(splitter->widget(0)->isAncestorOf(m_window->entryList()));
    EXPECT_TRUE(splitter->widget(1)->isAncestorOf(m_window->editor()));
    EXPECT_EQ(splitter->widget(2), m_window->goals());
    for (QWidget *area : {static_cast<QWidget *>(m_window->timeline()), static_cast<QWidget *>(m_window->editor()),
                          static_cast<QWidget *>(m_window->goals())}) {
        EXPECT_TRUE(area->isVisible()) << area->objectName().toStdString();
        EXPECT_GT(area->width(), 100) << area->objectName().toStdString();
    }
    // The editor is the widest area: it is where people write.
    EXPECT_GT(m_window->editor()->width(), m_window->timeline()->width());
    EXPECT_GT(m_window->editor()->width(), m_window->goals()->width());
}

TEST_F(MainWindowTest, OpensTheNewestEntryReadyToType)
{
    EXPECT_EQ(m_window->session()->entry().title, u"2025년 회고"_s);
    EXPECT_TRUE(m_window->editor()->isEnabled());
    EXPECT_TRUE(m_window->editor()->hasFocus());
    EXPECT_TRUE(m_window->windowTitle().startsWith(u"2025년 회고"_s)) << m_window->windowTitle().toStdString();
}

TEST_F(MainWindowTest, EditorHasTheMarkdownHighlighterAttached)
{
    auto *highlighter = m_window->editor()->highlighter();
    ASSERT_NE(highlighter, nullptr);
    EXPECT_EQ(highlighter->document(), m_window->editor()->document());
    EXPECT_TRUE(highlighter->definition().isValid());
    EXPECT_EQ(highlighter->definition().name(), u"Markdown"_s);
}

TEST_F(MainWindowTest, HighlighterFormatsAMarkdownHeading)
{
    MarkdownEditor *editor = m_window->editor();
    editor->setPlainText(u"# 2025년 회고\n\n올해는 Apache Beam을 배웠다."_s);
    QApplication::processEvents();
    const QTextBlock heading = editor->document()->firstBlock();
    ASSERT_FALSE(heading.layout()->formats().isEmpty()) << "the heading line got no highlighting";
    const QTextBlock prose = heading.next().next();
    const auto headingFormat = heading.layout()->formats().constFirst().format;
    const bool proseSame = !prose.layout()->formats().isEmpty()
        && prose.layout()->formats().constFirst().format == headingFormat;
    EXPECT_FALSE(proseSame) << "prose must not look like a heading";
}

TEST_F(MainWindowTest, TypedKoreanTextEndsUpInTheDocument)
{
    MarkdownEditor *editor = m_window->editor();
    editor->setFocus();
    typeText(editor, u"회고: Keep 독서"_s);
    EXPECT_EQ(editor->toPlainText(), u"회고: Keep 독서"_s);
}

TEST_F(MainWindowTest, HangulComposedByAnInputMethodIsCommittedIntoTheDocument)
{
    MarkdownEditor *editor = m_window->editor();
    editor->setFocus();
    // The way fcitx5/IBus type 한: ㅎ, 하, 한 as preedit, then the syllable is committed.
    for (const QString &preedit : {u"ㅎ"_s, u"하"_s, u"한"_s}) {
        QInputMethodEvent composing(preedit, {});
        QApplication::sendEvent(editor, &composing);
        EXPECT_EQ(editor->toPlainText(), QString()) << "preedit is not document text";
    }
    QInputMethodEvent commit;
    commit.setCommitString(u"한"_s);
    QApplication::sendEvent(editor, &commit);
    EXPECT_EQ(editor->toPlainText(), u"한"_s);
}

TEST_F(MainWindowTest, NewEntryIsCreatedOpenedAndListed)
{
    Entry plan;
    plan.kind = EntryKind::Plan;
    plan.period = *Period::parse(u"2026"_s);
    plan.title = u"2026년 계획"_s;
    plan.body = u"## 목표\n\n- 책 15권 읽고 7권 서평\n"_s;
    ASSERT_TRUE(m_window->createEntry(plan));
    EXPECT_EQ(m_window->session()->entry().title, u"2026년 계획"_s);
    EXPECT_EQ(m_window->editor()->toPlainText(), plan.body);
    EXPECT_TRUE(m_window->editor()->hasFocus());
    EXPECT_EQ(m_window->entryList()->model()->index(0, 0).data().toString(), u"2026년 계획"_s);
}

TEST_F(MainWindowTest, PreviewToggleShowsTheRenderedEntry)
{
    m_window->editor()->setPlainText(u"# 2025년 회고\n\n**Apache Beam**으로 파이프라인을 옮겼다."_s);
    EXPECT_FALSE(m_window->preview()->isVisible());
    QSignalSpy rendered(m_window->preview(), &PreviewPane::rendered);
    m_window->previewAction()->trigger();
    EXPECT_TRUE(m_window->preview()->isVisible());
    EXPECT_GT(m_window->preview()->width(), 200);
    ASSERT_TRUE(rendered.count() > 0 || rendered.wait(3000));
    EXPECT_TRUE(m_window->preview()->browser()->toPlainText().contains(u"Apache Beam으로 파이프라인을 옮겼다."_s));
    m_window->previewAction()->trigger();
    EXPECT_FALSE(m_window->preview()->isVisible());
}

TEST_F(MainWindowTest, FocusModeLeavesOnlyTheEditor)
{
    m_window->focusModeAction()->trigger();
    EXPECT_FALSE(m_window->timeline()->isVisible());
    EXPECT_FALSE(m_window->goals()->isVisible());
    EXPECT_FALSE(m_window->menuBar()->isVisible());
    EXPECT_TRUE(m_window->editor()->isVisible());
    EXPECT_TRUE(m_window->editor()->focusMode());
    m_window->focusModeAction()->trigger();
    EXPECT_TRUE(m_window->timeline()->isVisible());
    EXPECT_TRUE(m_window->menuBar()->isVisible());
    EXPECT_FALSE(m_window->editor()->focusMode());
}

TEST_F(MainWindowTest, RestoringFromHistoryIsUndoableAndKeepsTheReplacedText)
{
    MarkdownEditor *editor = m_window->editor();
    typeText(editor, u"지금의 문장"_s);
    m_window->restoreFromHistory(u"예전 문장"_s);
    EXPECT_EQ(editor->toPlainText(), u"예전 문장"_s);
    EntryStore store(*m_journal);
    const qint64 id = m_window->session()->currentId();
    EXPECT_EQ(store.get(id)->body, u"예전 문장"_s) << "saved at once";
    const auto revisions = *store.revisions(id);
    ASSERT_FALSE(revisions.isEmpty());
    EXPECT_EQ(revisions.first().body, u"지금의 문장"_s) << "the text before the restore is kept";
    editor->undo();
    EXPECT_EQ(editor->toPlainText(), u"지금의 문장"_s);
}

TEST_F(MainWindowTest, OutlineSitsBesideTheEntryList)
{
    EXPECT_NE(m_window->outline(), nullptr);
    EXPECT_EQ(m_window->outline()->parentWidget()->parentWidget(), m_window->entryList()->parentWidget()->parentWidget());
}

} // namespace
