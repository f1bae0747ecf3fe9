#include "entrysession.h"

#include "journal/entrystore.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace hoego
{
namespace
{

constexpr int defaultAutosaveDelay = 1000; // ms after the last keystroke
constexpr int longestUnsaved = 1500;       // ms of continuous typing before a save anyway
constexpr int retryDelay = 10000;          // ms between attempts while the journal refuses writes

} // namespace

EntrySession::EntrySession(EntryStore &store, QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_editor(editor)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(defaultAutosaveDelay);
    m_longest.setSingleShot(true);
    m_longest.setInterval(longestUnsaved);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryDelay);
    connect(&m_autosave, &QTimer::timeout, this, [this] { (void)save(); });
    connect(&m_longest, &QTimer::timeout, this, [this] { (void)save(); });
    connect(&m_retry, &QTimer::timeout, this, [this] { (void)save(); });
    // Real edits only: the highlighter's re-formatting reports changes of 0 characters, and the
    // input method's preedit is not document text at all, so composing a syllable never saves.
    connect(m_editor->document(), &QTextDocument::contentsChange, this, [this](int, int removed, int added) {
        if (removed != 0 || added != 0)
            onTextChanged();
    });
    connect(qApp, &QApplication::focusChanged, this, &EntrySession::onFocusChanged);
    m_editor->setEnabled(false);
}

EntrySession::~EntrySession() = default;

Status EntrySession::open(qint64 id)
{
    if (id == m_entry.id && m_state != State::NoEntry)
        return Done{};
    if (Status saved = save(); !saved)
        return saved;
    auto entry = m_store.get(id);
    if (!entry)
        return entry.error();
    m_entry = *entry;
    m_loading = true;
    m_editor->setEnabled(true);
    m_editor->setPlainText(m_entry.body);
    m_loading = false;
    m_editor->document()->setModified(false);
    // The user can type at once: cursor in the editor, at the end of the text.
    m_editor->moveCursor(QTextCursor::End);
    m_editor->setFocus(Qt::OtherFocusReason);
    m_lastSaved = m_entry.updated;
    m_lastError.clear();
    setState(State::Saved);
    Q_EMIT entryOpened(id);
    return Done{};
}

Status EntrySession::save(EntryStore::Revisions revisions)
{
    m_autosave.stop();
    m_longest.stop();
    m_retry.stop();
    if (m_state == State::NoEntry || m_state == State::Saved)
        return Done{};
    Entry updated = m_entry;
    updated.body = m_editor->toPlainText();
    if (Status result = m_store.update(updated, revisions); !result) {
        m_lastError = result.error().message;
        setState(State::Failed);
        m_retry.start();
        return result;
    }
    m_entry.body = updated.body;
    m_lastSaved = QDateTime::currentDateTimeUtc();
    m_lastError.clear();
    setState(State::Saved);
    Q_EMIT saved(m_entry.id);
    return Done{};
}

void EntrySession::setEntryMetadata(const Entry &entry)
{
    if (entry.id != m_entry.id)
        return;
    const QString body = m_entry.body;
    m_entry = entry;
    m_entry.body = body;
}

void EntrySession::onTextChanged()
{
    if (m_loading || m_state == State::NoEntry)
        return;
    if (m_state != State::Failed)
        setState(State::Unsaved);
    m_autosave.start();
    if (!m_longest.isActive())
        m_longest.start(qMax(m_autosave.interval(), longestUnsaved));
}

void EntrySession::onFocusChanged(QWidget *old, QWidget *)
{
    if (old == m_editor && m_state == State::Unsaved)
        (void)save();
}

void EntrySession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace hoego
