#include "spellcheckdecorator.h"

#include "editor/markdowneditor.h"
#include "spelling/spellingstore.h"

#include <QContextMenuEvent>
#include <QEventLoop>
#include <QMenu>
#include <QTextBlock>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Typing pauses shorter than this are one change: the worker gets the paragraph once.
constexpr int recheckDelayMs = 40;
// How long the context menu waits for suggestions before it shows (and fills them in later).
constexpr int suggestionWaitMs = 150;
constexpr int suggestionCount = 5;

} // namespace

SpellcheckDecorator::SpellcheckDecorator(MarkdownEditor *editor, SpellcheckService &service, SpellingStore *store, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_service(service)
    , m_store(store)
{
    if (m_store) {
        if (auto enabled = m_store->enabled())
            m_enabled = *enabled;
    }
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(recheckDelayMs);
    connect(&m_recheck, &QTimer::timeout, this, &SpellcheckDecorator::sendPending);
    connect(editor->document(), &QTextDocument::contentsChange, this, &SpellcheckDecorator::onContentsChange);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (m_editor && m_editor->isComposing())
            updateUnderlines();
    });
    connect(&m_service, &SpellcheckService::checked, this, &SpellcheckDecorator::onChecked);
    connect(&m_service, &SpellcheckService::loaded, this, [this](bool ok) {
        if (ok)
            recheckAll();
    });
    editor->installEventFilter(this);
    editor->viewport()->installEventFilter(this);
    syncWords();
}

void SpellcheckDecorator::loadWhenShown()
{
    if (m_editor && m_editor->isVisible() && !m_shownOnce) {
        m_shownOnce = true;
        QStringList languages = SpellChecker::defaultLanguages();
        if (m_store) {
            if (auto stored = m_store->languages())
                languages = *stored;
        }
        // The window paints first; the worker loads meanwhile (ko_KR takes about half a second).
        QTimer::singleShot(0, this, [this, languages] { m_service.load(languages); });
    }
}

void SpellcheckDecorator::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    if (m_store)
        (void)m_store->setEnabled(on);
    if (on)
        recheckAll();
    else
        m_flags.clear();
    updateUnderlines();
    Q_EMIT enabledChanged(on);
}

void SpellcheckDecorator::setEntry(qint64 id)
{
    m_entryId = id;
    syncWords();
    recheckAll();
}

void SpellcheckDecorator::syncWords()
{
    if (!m_store)
        return;
    if (auto personal = m_store->personalWords())
        m_service.setPersonalWords(*personal);
    auto ignored = m_entryId > 0 ? m_store->ignoredWords(m_entryId) : Result<QStringList>(QStringList());
    m_service.setIgnoredWords(ignored ? *ignored : QStringList());
}

bool SpellcheckDecorator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::Show)
        loadWhenShown();
    if (watched == m_editor && event->type() == QEvent::InputMethod) {
        // After the editor took the event: the committed syllables join the paragraph, which is
        // checked again (a commit inside the input method's edit block is not always reported as a
        // change of that paragraph), and underlines next to a new preedit hide.
        QTimer::singleShot(0, this, [this] {
            if (m_enabled && m_editor) {
                m_dirtyBlocks.push_back(m_editor->textCursor().blockNumber());
                m_recheck.start();
            }
            updateUnderlines();
        });
    }
    if (m_editor && watched == m_editor->viewport() && event->type() == QEvent::ContextMenu) {
        auto *menuEvent = static_cast<QContextMenuEvent *>(event);
        QMenu *menu = createContextMenu(menuEvent->pos());
        menu->exec(menuEvent->globalPos());
        delete menu;
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void SpellcheckDecorator::onContentsChange(int position, int removed, int added)
{
    if (!m_enabled || !m_editor)
        return;
    QTextDocument *document = m_editor->document();
    const int first = document->findBlock(position).blockNumber();
    const int last = document->findBlock(position + std::max(added, 0)).blockNumber();
    // Underlines in the changed paragraphs go at once; the worker's answer brings back the right ones.
    const int from = document->findBlockByNumber(first).position();
    const QTextBlock lastBlock = document->findBlockByNumber(last);
    const int to = lastBlock.position() + lastBlock.length();
    std::erase_if(m_flags, [&](const Flag &flag) {
        return (flag.range.selectionEnd() >= from && flag.range.selectionStart() <= to) || flag.range.selectedText() != flag.word;
    });
    for (int block = first; block <= last; ++block)
        m_dirtyBlocks.push_back(block);
    (void)removed;
    updateUnderlines();
    m_recheck.start();
}

void SpellcheckDecorator::recheckAll()
{
    if (!m_enabled || !m_editor)
        return;
    m_flags.clear();
    m_blockStates.clear();
    m_dirtyBlocks.clear();
    for (int block = 0; block < m_editor->document()->blockCount(); ++block)
        m_dirtyBlocks.push_back(block);
    updateUnderlines();
    sendPending();
}

void SpellcheckDecorator::sendPending()
{
    if (!m_editor || !m_service.isLoaded())
        return; // loaded() rechecks everything
    // Each paragraph's fence state comes from the lines before it; a paragraph whose state changed
    // (a fence opened above it) is rechecked too. Walking the states is cheap next to checking.
    QTextDocument *document = m_editor->document();
    std::vector<MarkdownLineState> states(size_t(document->blockCount()));
    std::vector<bool> dirty(states.size(), false);
    for (const int block : m_dirtyBlocks) {
        if (block >= 0 && size_t(block) < dirty.size())
            dirty[size_t(block)] = true;
    }
    m_dirtyBlocks.clear();
    QList<SpellcheckParagraph> paragraphs;
    MarkdownLineState state;
    int number = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next(), ++number) {
        states[size_t(number)] = state;
        const bool stateChanged = size_t(number) >= m_blockStates.size() || !(m_blockStates[size_t(number)] == state);
        if (dirty[size_t(number)] || stateChanged)
            paragraphs << SpellcheckParagraph{number, block.text(), state};
        advanceLineState(block.text(), state);
    }
    m_blockStates = std::move(states);
    if (paragraphs.isEmpty())
        return;
    ++m_pending;
    m_service.check(paragraphs);
}

void SpellcheckDecorator::onChecked(const QList<SpellcheckResult> &results)
{
    m_pending = std::max(0, m_pending - 1);
    if (!m_enabled || !m_editor)
        return;
    QTextDocument *document = m_editor->document();
    for (const SpellcheckResult &result : results) {
        const QTextBlock block = document->findBlockByNumber(result.block);
        if (!block.isValid() || block.text() != result.text)
            continue; // changed since: a newer answer is on its way
        const int start = block.position();
        const int end = start + block.length();
        std::erase_if(m_flags, [&](const Flag &flag) { return flag.range.selectionStart() >= start && flag.range.selectionStart() < end; });
        for (const Misspelling &misspelling : result.misspellings) {
            QTextCursor range(document);
            range.setPosition(start + int(misspelling.span.start));
            range.setPosition(start + int(misspelling.span.end()), QTextCursor::KeepAnchor);
            m_flags.push_back(Flag{range, misspelling.word, misspelling.confusion});
        }
    }
    updateUnderlines();
}

void SpellcheckDecorator::updateUnderlines()
{
    if (!m_editor)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    const bool composing = m_editor->isComposing();
    const int cursor = m_editor->textCursor().position();
    for (const Flag &flag : m_flags) {
        // The syllable in preedit is not text yet: a word touching it is still being written.
        if (composing && flag.range.selectionStart() <= cursor && cursor <= flag.range.selectionEnd())
            continue;
        QTextEdit::ExtraSelection selection;
        selection.cursor = flag.range;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(flag.confusion ? QColor(0xd9, 0x77, 0x06) : QColor(0xdc, 0x26, 0x26));
        selections << selection;
    }
    m_editor->setHighlights(MarkdownEditor::HighlightLayer::Spelling, selections);
    Q_EMIT underlinesChanged();
}

const SpellcheckDecorator::Flag *SpellcheckDecorator::flagAt(int position) const
{
    for (const Flag &flag : m_flags) {
        if (flag.range.selectionStart() <= position && position <= flag.range.selectionEnd())
            return &flag;
    }
    return nullptr;
}

std::optional<QList<Suggestion>> SpellcheckDecorator::quickSuggestions(const QString &word)
{
    // Suggestions are computed on the worker. Most come in a few milliseconds (confusions, cached
    // words); Hunspell's own can take much longer for long Korean words, so the menu waits briefly
    // and fills in the rest when it arrives.
    std::optional<QList<Suggestion>> found;
    QEventLoop loop;
    const QMetaObject::Connection connection = connect(&m_service, &SpellcheckService::suggestionsReady, &loop,
                                                       [&](const QString &forWord, const QList<Suggestion> &suggestions) {
                                                           if (forWord != word)
                                                               return;
                                                           found = suggestions;
                                                           loop.quit();
                                                       });
    m_service.requestSuggestions(word, suggestionCount);
    QTimer::singleShot(suggestionWaitMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    disconnect(connection);
    return found;
}

QMenu *SpellcheckDecorator::createContextMenu(const QPoint &position)
{
    QMenu *menu = m_editor->createStandardContextMenu(position);
    const Flag *flag = m_enabled ? flagAt(m_editor->cursorForPosition(position).position()) : nullptr;
    if (flag)
        addSuggestionActions(menu, Flag(*flag)); // a copy: the list may change while the menu waits
    menu->addSeparator();
    addSettingsActions(menu);
    return menu;
}

void SpellcheckDecorator::insertSuggestions(QMenu *menu, QAction *before, const Flag &flag, const QList<Suggestion> &suggestions)
{
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        menu->insertAction(before, none);
    }
    for (const Suggestion &suggestion : suggestions) {
        auto *action = new QAction(suggestion.explanation.isEmpty() ? suggestion.text
                                                                    : tr("%1 — %2").arg(suggestion.text, suggestion.explanation),
                                   menu);
        action->setObjectName(u"spellSuggestion"_s);
        action->setData(suggestion.text);
        QTextCursor range = flag.range;
        connect(action, &QAction::triggered, this, [range, text = suggestion.text]() mutable { range.insertText(text); });
        menu->insertAction(before, action);
    }
}

void SpellcheckDecorator::addSuggestionActions(QMenu *menu, const Flag &flag)
{
    QAction *first = menu->actions().value(0);
    auto *add = new QAction(tr("Add “%1” to Dictionary").arg(flag.word), menu);
    add->setObjectName(u"spellAddToDictionary"_s);
    connect(add, &QAction::triggered, this, [this, word = flag.word] { addToDictionary(word); });
    auto *ignore = new QAction(tr("Ignore “%1” in This Entry").arg(flag.word), menu);
    ignore->setObjectName(u"spellIgnore"_s);
    ignore->setEnabled(m_entryId > 0 || !m_store);
    connect(ignore, &QAction::triggered, this, [this, word = flag.word] { ignoreInEntry(word); });
    QAction *separator = menu->insertSeparator(first);
    menu->insertAction(separator, add);
    menu->insertAction(separator, ignore);
    QAction *beforeAdd = menu->insertSeparator(add);

    if (const auto suggestions = quickSuggestions(flag.word)) {
        insertSuggestions(menu, beforeAdd, flag, *suggestions);
        return;
    }
    auto *pending = new QAction(tr("Looking for suggestions…"), menu);
    pending->setObjectName(u"spellPending"_s);
    pending->setEnabled(false);
    menu->insertAction(beforeAdd, pending);
    // The connection ends with the placeholder (and so with the menu).
    connect(&m_service, &SpellcheckService::suggestionsReady, pending,
            [this, menu, pending, flag](const QString &word, const QList<Suggestion> &suggestions) {
                if (word != flag.word)
                    return;
                insertSuggestions(menu, pending, flag, suggestions);
                pending->deleteLater();
                menu->removeAction(pending);
            });
}

void SpellcheckDecorator::addSettingsActions(QMenu *menu)
{
    QAction *toggle = menu->addAction(tr("Check Spelling"));
    toggle->setObjectName(u"spellToggle"_s);
    toggle->setCheckable(true);
    toggle->setChecked(m_enabled);
    connect(toggle, &QAction::toggled, this, &SpellcheckDecorator::setEnabled);
    QMenu *languages = menu->addMenu(tr("Spelling Languages"));
    QStringList current = SpellChecker::defaultLanguages();
    if (m_store) {
        if (auto stored = m_store->languages())
            current = *stored;
    }
    for (const auto &[code, name] : {std::pair{u"ko"_s, tr("Korean")}, std::pair{u"en"_s, tr("English")}}) {
        QAction *language = languages->addAction(name);
        language->setCheckable(true);
        language->setChecked(current.contains(code));
        connect(language, &QAction::toggled, this, [this, code, current](bool on) {
            QStringList next = current;
            next.removeAll(code);
            if (on)
                next << code;
            setLanguages(next);
        });
    }
}

void SpellcheckDecorator::setLanguages(const QStringList &languages)
{
    if (m_store)
        (void)m_store->setLanguages(languages);
    m_service.load(languages); // loaded() rechecks
}

void SpellcheckDecorator::addToDictionary(const QString &word)
{
    if (m_store)
        (void)m_store->addPersonalWord(word);
    std::erase_if(m_flags, [&word](const Flag &flag) { return flag.word == word; });
    updateUnderlines();
    if (m_store) {
        syncWords();
    } else {
        m_service.setPersonalWords({word});
    }
    recheckAll();
}

void SpellcheckDecorator::ignoreInEntry(const QString &word)
{
    if (m_store && m_entryId > 0)
        (void)m_store->ignoreWord(m_entryId, word);
    std::erase_if(m_flags, [&word](const Flag &flag) { return flag.word == word; });
    updateUnderlines();
    if (m_store)
        syncWords();
    else
        m_service.setIgnoredWords({word});
    recheckAll();
}

} // namespace hoego
