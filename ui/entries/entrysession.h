#pragma once

#include "common/result.h"
#include "journal/entry.h"
#include "journal/entrystore.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

class QPlainTextEdit;

namespace hoego
{

// The entry being written: loads it into the editor and saves it back — after a pause in typing,
// when switching entries, when the window loses focus and on quit — each time in one transaction.
// When a save fails, the text stays in the editor and the session says so until a save succeeds.
class EntrySession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NoEntry, // nothing open
        Saved,   // the journal holds what the editor shows
        Unsaved, // typed since the last save; an autosave is pending
        Failed,  // the last save failed: the editor holds text the journal does not
    };

    EntrySession(EntryStore &store, QPlainTextEdit *editor, QObject *parent = nullptr);
    ~EntrySession() override;

    // Saves the current entry, then shows entry `id` in the editor. Refuses (and stays on the
    // current entry) when the current one cannot be saved.
    [[nodiscard]] Status open(qint64 id);
    // Saves now if anything changed; `Always` also keeps the previous text as a revision (before
    // a restore from history, say).
    [[nodiscard]] Status save(EntryStore::Revisions revisions = EntryStore::Revisions::Thinned);
    // The entry's metadata changed elsewhere (title, period...): keep them when saving the body.
    void setEntryMetadata(const Entry &entry);

    qint64 currentId() const { return m_entry.id; }
    const Entry &entry() const { return m_entry; }
    State state() const { return m_state; }
    QDateTime lastSaved() const { return m_lastSaved; }
    QString lastError() const { return m_lastError; }

    int autosaveDelay() const { return m_autosave.interval(); }
    void setAutosaveDelay(int milliseconds) { m_autosave.setInterval(milliseconds); }

Q_SIGNALS:
    void stateChanged(hoego::EntrySession::State state);
    void entryOpened(qint64 id);
    void saved(qint64 id);

private:
    void onTextChanged();
    void onFocusChanged(QWidget *old, QWidget *now);
    void setState(State state);

    EntryStore &m_store;
    QPlainTextEdit *m_editor = nullptr;
    Entry m_entry;
    State m_state = State::NoEntry;
    QDateTime m_lastSaved;
    QString m_lastError;
    QTimer m_autosave; // restarted by every change: saves after a pause
    QTimer m_longest;  // not restarted: saves during long stretches of typing
    QTimer m_retry;
    bool m_loading = false;
};

} // namespace hoego
