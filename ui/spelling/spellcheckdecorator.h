#pragma once

#include "spelling/spellcheckservice.h"

#include <QObject>
#include <QPointer>
#include <QTextCursor>
#include <QTimer>

#include <optional>
#include <vector>

class QAction;
class QMenu;

namespace hoego
{

class MarkdownEditor;
class SpellingStore;

// Spellcheck attached to an editor from the outside (the editor knows nothing of Hunspell): sends
// changed paragraphs to the SpellcheckService's worker, turns its answers into red wavy underlines
// (the editor's Spelling highlight layer), never underlines next to the input method's preedit, and
// replaces the editor's context menu with one that offers suggestions, "Add to Dictionary", "Ignore
// in This Entry", the on/off toggle and the languages.
class SpellcheckDecorator : public QObject
{
    Q_OBJECT

public:
    // `store` (may be null) keeps personal and ignored words and the journal's settings.
    SpellcheckDecorator(MarkdownEditor *editor, SpellcheckService &service, SpellingStore *store, QObject *parent = nullptr);

    // Starts loading the dictionaries (on the worker) a moment after the editor is first shown.
    void loadWhenShown();
    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool on);
    // Stores the journal's languages ("ko", "en") and reloads the dictionaries.
    void setLanguages(const QStringList &languages);
    // The entry being written, for "Ignore in This Entry".
    void setEntry(qint64 id);

    struct Flag {
        QTextCursor range; // moves with the text
        QString word;
        bool confusion = false;
    };
    const std::vector<Flag> &flags() const { return m_flags; }
    // True when nothing sent to the worker is still unanswered.
    bool isIdle() const { return m_pending == 0 && !m_recheck.isActive(); }
    // True once the worker has its dictionaries.
    bool isLoaded() const { return m_service.isLoaded(); }

    // The context menu for a click at `position` (viewport coordinates); the caller owns it.
    QMenu *createContextMenu(const QPoint &position);

Q_SIGNALS:
    void underlinesChanged();
    void enabledChanged(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onContentsChange(int position, int removed, int added);
    void recheckAll();
    void sendPending();
    void onChecked(const QList<SpellcheckResult> &results);
    void updateUnderlines();
    const Flag *flagAt(int position) const;
    std::optional<QList<Suggestion>> quickSuggestions(const QString &word);
    void addSuggestionActions(QMenu *menu, const Flag &flag);
    void insertSuggestions(QMenu *menu, QAction *before, const Flag &flag, const QList<Suggestion> &suggestions);
    void addSettingsActions(QMenu *menu);
    void addToDictionary(const QString &word);
    void ignoreInEntry(const QString &word);
    void syncWords();

    QPointer<MarkdownEditor> m_editor;
    SpellcheckService &m_service;
    SpellingStore *m_store = nullptr;
    qint64 m_entryId = 0;
    bool m_enabled = true;
    bool m_shownOnce = false;
    std::vector<Flag> m_flags;
    std::vector<int> m_dirtyBlocks;
    std::vector<MarkdownLineState> m_blockStates; // state before each paragraph, as last sent
    QTimer m_recheck;
    int m_pending = 0;
};

} // namespace hoego
