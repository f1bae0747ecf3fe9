// Spellcheck in the editor: underlines from the worker, the preedit left alone, the context menu.
#include "editor/markdowneditor.h"
#include "journal/journal.h"
#include "spelling/spellcheckdecorator.h"
#include "spelling/spellcheckservice.h"
#include "spelling/spellingstore.h"
#include "support/tempjournal.h"
#include "support/typing.h"

#include <gtest/gtest.h>

#include <KSyntaxHighlighting/Repository>

#include <QElapsedTimer>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

const QString retrospective = u"# 2025년 회고\n"
                              "\n"
                              "올해는 쿠버네티스에서 머신러닝 파이프라인을 운영했다. 배포가 드디어 안정화 됬다.\n"
                              "\n"
                              "```python\n"
                              "def trian(modle): retrun modle\n"
                              "```\n"
                              "\n"
                              "Apache Beam으로 옮긴 뒤 recieve 지연이 줄었다.\n"_s;

// Waits, running the event loop, until `done` or a generous time for a busy machine has passed.
template<typename Done>
bool waitUntil(Done done, int timeoutMs = 30000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    return done();
}

class SpellcheckTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto journal = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(journal.ok());
        m_journal = std::move(*journal);
        m_entry = addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s);
        m_store = std::make_unique<SpellingStore>(*m_journal);
        m_host.resize(1000, 700);
        auto *layout = new QVBoxLayout(&m_host);
        m_editor = new MarkdownEditor(m_repository, &m_host);
        layout->addWidget(m_editor);
        m_spelling = new SpellcheckDecorator(m_editor, m_service, m_store.get(), &m_host);
        m_spelling->setEntry(m_entry);
        m_host.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&m_host));
        m_editor->setFocus();
        ASSERT_TRUE(waitUntil([this] { return m_service.isLoaded(); })) << "the dictionaries did not load";
    }

    void setTextAndWait(const QString &text, bool expectFlags = true)
    {
        m_editor->setPlainText(text);
        ASSERT_TRUE(waitUntil([this, expectFlags] { return m_spelling->isIdle() && m_spelling->flags().empty() != expectFlags; }));
    }

    QString flagState() const
    {
        QStringList words;
        for (const auto &flag : m_spelling->flags())
            words << flag.word + u'@' + QString::number(flag.range.selectionStart());
        return u"flags [%1], underlined [%2], composing %3, cursor %4, text %5"_s.arg(
            words.join(u", "_s), underlined().join(u", "_s), m_editor->isComposing() ? u"yes"_s : u"no"_s,
            QString::number(m_editor->textCursor().position()), m_editor->toPlainText());
    }

    QStringList underlined() const
    {
        QStringList words;
        for (const QTextEdit::ExtraSelection &selection : m_editor->extraSelections()) {
            if (selection.format.underlineStyle() == QTextCharFormat::WaveUnderline)
                words << selection.cursor.selectedText();
        }
        return words;
    }

    // The menu on `word`, once its suggestions are in (they may arrive after the menu is made).
    QMenu *menuOnWord(const QString &word)
    {
        QTextCursor cursor = m_editor->document()->find(word);
        cursor.setPosition(cursor.selectionStart() + 1);
        QMenu *menu = m_spelling->createContextMenu(m_editor->cursorRect(cursor).center());
        EXPECT_TRUE(waitUntil([menu] { return menu->findChild<QAction *>(u"spellPending"_s) == nullptr
                                              || !menu->actions().contains(menu->findChild<QAction *>(u"spellPending"_s)); }));
        return menu;
    }

    TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    qint64 m_entry = 0;
    std::unique_ptr<SpellingStore> m_store;
    KSyntaxHighlighting::Repository m_repository;
    SpellcheckService m_service;
    QWidget m_host;
    MarkdownEditor *m_editor = nullptr;
    SpellcheckDecorator *m_spelling = nullptr;
};

QAction *actionNamed(QMenu *menu, const QString &name)
{
    for (QAction *action : menu->actions()) {
        if (action->objectName() == name)
            return action;
    }
    return nullptr;
}

TEST_F(SpellcheckTest, MisspellingsAreUnderlinedButNotLoanwordsCodeOrParticles)
{
    setTextAndWait(retrospective);
    EXPECT_EQ(underlined(), (QStringList{u"됬다"_s, u"recieve"_s}));
}

TEST_F(SpellcheckTest, FixingAWordRemovesItsUnderlineAndANewTypoGetsOne)
{
    setTextAndWait(retrospective);
    QTextCursor typo = m_editor->document()->find(u"됬다"_s);
    typo.insertText(u"됐다"_s);
    ASSERT_TRUE(waitUntil([this] { return m_spelling->isIdle() && underlined() == QStringList{u"recieve"_s}; }))
        << qPrintable(underlined().join(u", "_s));
    QTextCursor end(m_editor->document());
    end.movePosition(QTextCursor::End);
    m_editor->setTextCursor(end);
    typeText(m_editor, u"\nperfomance"_s);
    EXPECT_TRUE(waitUntil([this] { return m_spelling->isIdle() && underlined().contains(u"perfomance"_s); }))
        << qPrintable(underlined().join(u", "_s));
}

TEST_F(SpellcheckTest, ClosingACodeFenceRechecksTheParagraphsBelow)
{
    setTextAndWait(u"```\n코드 안의 됬다\n\n밖의 문장\n"_s, false);
    QTextCursor cursor = m_editor->document()->find(u"```"_s);
    cursor.insertText(u"``"_s); // no longer a fence: the paragraph below becomes prose
    EXPECT_TRUE(waitUntil([this] { return m_spelling->isIdle() && underlined() == QStringList{u"됬다"_s}; }))
        << qPrintable(underlined().join(u", "_s));
}

TEST_F(SpellcheckTest, NoUnderlineTouchesTheSyllableBeingComposed)
{
    setTextAndWait(u"회고를 썼다 recieve\n"_s);
    QTextCursor end(m_editor->document());
    end.movePosition(QTextCursor::End);
    m_editor->setTextCursor(end);
    sendCommit(m_editor, u"배포가 됬"_s);
    sendPreedit(m_editor, u"ㄷ"_s);
    ASSERT_TRUE(waitUntil([this] { return m_spelling->isIdle(); }));
    QTest::qWait(100);
    ASSERT_TRUE(m_editor->isComposing());
    const bool checked = std::any_of(m_spelling->flags().cbegin(), m_spelling->flags().cend(),
                                     [](const auto &flag) { return flag.word == u"됬"_s; });
    EXPECT_TRUE(checked) << "the committed part was checked: " << qPrintable(flagState());
    EXPECT_FALSE(underlined().contains(u"됬"_s)) << "but a word still being written is not underlined";
    EXPECT_TRUE(underlined().contains(u"recieve"_s));
    sendPreedit(m_editor, u"다"_s);
    sendCommit(m_editor, u"다"_s);
    EXPECT_TRUE(waitUntil([this] { return m_spelling->isIdle() && underlined().contains(u"됬다"_s); }, 5000))
        << qPrintable(flagState());
}

TEST_F(SpellcheckTest, ContextMenuOffersSuggestionsFirstAndReplacesTheWord)
{
    setTextAndWait(retrospective);
    std::unique_ptr<QMenu> menu(menuOnWord(u"됬다"_s));
    QAction *first = menu->actions().value(0);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->objectName(), u"spellSuggestion"_s);
    EXPECT_EQ(first->data().toString(), u"됐다"_s);
    ASSERT_TRUE(actionNamed(menu.get(), u"spellAddToDictionary"_s));
    ASSERT_TRUE(actionNamed(menu.get(), u"spellIgnore"_s));
    first->trigger();
    EXPECT_TRUE(m_editor->toPlainText().contains(u"안정화 됐다."_s));
    EXPECT_TRUE(waitUntil([this] { return m_spelling->isIdle() && underlined() == QStringList{u"recieve"_s}; }));
}

TEST_F(SpellcheckTest, ConfusionSuggestionShowsItsExplanation)
{
    setTextAndWait(u"이제 혼자서도 리뷰를 하게 되요.\n"_s);
    std::unique_ptr<QMenu> menu(menuOnWord(u"되요"_s));
    QAction *first = menu->actions().value(0);
    ASSERT_TRUE(first);
    EXPECT_EQ(first->data().toString(), u"돼요"_s);
    EXPECT_TRUE(first->text().contains(u"되어요"_s)) << qPrintable(first->text());
}

TEST_F(SpellcheckTest, AddToDictionaryStoresTheWordAndClearsEveryUnderlineOfIt)
{
    setTextAndWait(u"하노이팀과 회고했다. 하노이팀은 좋았다.\n"_s);
    std::unique_ptr<QMenu> menu(menuOnWord(u"하노이팀과"_s));
    actionNamed(menu.get(), u"spellAddToDictionary"_s)->trigger();
    EXPECT_EQ(*m_store->personalWords(), QStringList{u"하노이팀과"_s});
    ASSERT_TRUE(m_store->removePersonalWord(u"하노이팀과"_s).ok());
    ASSERT_TRUE(m_store->addPersonalWord(u"하노이팀"_s).ok());
    m_spelling->setEntry(m_entry); // the dictionary changed behind the editor's back: sync
    EXPECT_TRUE(waitUntil([this] { return m_spelling->isIdle() && underlined().isEmpty(); }))
        << qPrintable(underlined().join(u", "_s));
}

TEST_F(SpellcheckTest, IgnoreInThisEntryIsStoredForTheEntryOnly)
{
    setTextAndWait(u"Quantizaton을 공부했다.\n"_s);
    std::unique_ptr<QMenu> menu(menuOnWord(u"Quantizaton"_s));
    actionNamed(menu.get(), u"spellIgnore"_s)->trigger();
    EXPECT_EQ(*m_store->ignoredWords(m_entry), QStringList{u"Quantizaton"_s});
    EXPECT_TRUE(waitUntil([this] { return m_spelling->isIdle() && underlined().isEmpty(); }));
    const qint64 other = addEntry(*m_journal, EntryKind::Note, u"2025"_s, u"메모"_s);
    m_spelling->setEntry(other);
    EXPECT_TRUE(waitUntil([this] { return m_spelling->isIdle() && underlined() == QStringList{u"Quantizaton"_s}; }));
}

TEST_F(SpellcheckTest, ToggleTurnsUnderlinesOffAndIsRemembered)
{
    setTextAndWait(retrospective);
    std::unique_ptr<QMenu> menu(m_spelling->createContextMenu(QPoint(5, 5)));
    QAction *toggle = actionNamed(menu.get(), u"spellToggle"_s);
    ASSERT_TRUE(toggle);
    EXPECT_TRUE(toggle->isChecked());
    toggle->trigger();
    EXPECT_FALSE(m_spelling->isEnabled());
    EXPECT_TRUE(underlined().isEmpty());
    EXPECT_FALSE(*m_store->enabled());
    SpellcheckDecorator again(m_editor, m_service, m_store.get());
    EXPECT_FALSE(again.isEnabled()) << "the journal remembers the choice";
}

} // namespace
