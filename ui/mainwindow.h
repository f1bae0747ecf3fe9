#pragma once

#include "journal/entry.h"
#include "settings/appsettings.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QListView;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace hoego
{

class AttachmentStore;
class EntryListModel;
class EntrySession;
class EntryStore;
class FindReplaceBar;
class GoalsPane;
class Journal;
class KptBoard;
class MarkdownActions;
class MarkdownEditor;
class OutlineView;
class PreviewPane;
class SaveProblemBar;
class SpellcheckDecorator;
class SpellcheckService;
class SpellingStore;
class TemplateCatalog;
class TimelinePane;
class WelcomeView;
class WritingStatsLabel;

// The one window: years and their entries (left), the editor (centre), goals (right).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Journal &journal, std::optional<qint64> entryToOpen = std::nullopt, QWidget *parent = nullptr);
    ~MainWindow() override;

    MarkdownEditor *editor() const { return m_editor; }
    TimelinePane *timeline() const { return m_timeline; }
    GoalsPane *goals() const { return m_goals; }
    QSplitter *splitter() const { return m_splitter; }
    QListView *entryList() const { return m_entryList; }
    EntrySession *session() const { return m_session.get(); }
    QLabel *saveStateLabel() const { return m_saveState; }
    PreviewPane *preview() const { return m_preview; }
    OutlineView *outline() const { return m_outline; }
    WelcomeView *welcome() const { return m_welcome; }
    SpellcheckDecorator *spelling() const { return m_spelling; }
    QAction *previewAction() const { return m_previewAction; }
    QAction *focusModeAction() const { return m_focusModeAction; }
    // The centre pane's tabs: "Text" (editor and preview) and "KPT" (the entry's board).
    QTabWidget *centreTabs() const { return m_centreTabs; }
    KptBoard *kptBoard() const { return m_kptBoard; }
    QAction *kptAction() const { return m_kptAction; }

    // Shows entry `id` (its year selected, the cursor in the editor); false when it does not exist
    // or the current entry could not be saved first.
    bool openEntry(qint64 id);

    // Creates `draft` and opens it (File ▸ New Entry after its dialog).
    bool createEntry(const Entry &draft);
    // Restores `body` into the editor as one undoable step, after keeping the current text.
    void restoreFromHistory(const QString &body);
    // The backup chosen in File ▸ Restore from Backup…: the window closed so that it can be restored
    // (the journal must be closed first); empty when the window closed for good.
    QString pendingRestore() const { return m_pendingRestore; }
    // The journal chosen in Settings (Open Another Journal…, Move Journal…): the window closed so
    // that it can be opened instead; empty otherwise.
    QString nextJournal() const { return m_nextJournal; }
    // True when nextJournal() is a copy of this journal (Move Journal…): main() then removes the old
    // file once it is closed (finishJournalMove).
    bool journalMoved() const { return m_journalMoved; }

    const AppSettings &settings() const { return m_settings; }
    // Applies preferences at once and stores them (what the settings dialog does on every change).
    void changeSettings(const AppSettings &settings);
    void showSettings();
    // Closes this journal so that main() opens the one at `path` (a new file starts a new journal),
    // after asking; a file that is not a journal is refused first. False when it did not switch.
    bool openAnotherJournal(const QString &path);
    // Copies the journal to `path`, a new file, checks the copy and closes the window so that main()
    // reopens on it (nextJournal()); asks first. False when it did not move.
    bool moveJournal(const QString &path);

Q_SIGNALS:
    // Features that keep their own preferences (spellcheck, backups, "on this day") follow this.
    void settingsApplied(const hoego::AppSettings &settings);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createLeftPane();
    QWidget *createCentrePane();
    QWidget *createCentreTabs(QWidget *centre);
    void connectEditorServices();
    // mainwindowmenus.cpp
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createGoalsMenu();
    void newEntry();
    void showHistory();
    void saveAsTemplate();
    void setFocusMode(bool on);
    void showAbout();
    void showBackups();
    void showYear(std::optional<int> year);
    void updateSaveState();
    void saveCopyAs();
    void exportEntries();
    void onSaved();
    void updateWelcome();
    void promoteTryItem(qint64 kptItemId, const QString &text);
    // mainwindowsettings.cpp
    void applySettings(const AppSettings &settings);
    void loadSettings();
    QStringList currentSpellLanguages() const;
    // Closes the window for the journal at `path`, remembered as the one to open from now on;
    // false when the window stayed open.
    bool reopenOn(const QString &path);
    void showJournalProblem(const QString &title, const QString &text);
    void restoreWindowState();
    void saveWindowState() const;
    std::optional<qint64> rememberedEntry() const;

    Journal &m_journal;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<TemplateCatalog> m_templates;
    std::unique_ptr<SpellingStore> m_spellingStore;
    std::unique_ptr<SpellcheckService> m_spellService;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QSplitter *m_splitter = nullptr;
    TimelinePane *m_timeline = nullptr;
    QListView *m_entryList = nullptr;
    EntryListModel *m_entries = nullptr;
    MarkdownEditor *m_editor = nullptr;
    QSplitter *m_editorSplitter = nullptr;
    PreviewPane *m_preview = nullptr;
    FindReplaceBar *m_findBar = nullptr;
    OutlineView *m_outline = nullptr;
    MarkdownActions *m_markdownActions = nullptr;
    WritingStatsLabel *m_stats = nullptr;
    QAction *m_previewAction = nullptr;
    QAction *m_focusModeAction = nullptr;
    QTabWidget *m_centreTabs = nullptr;
    KptBoard *m_kptBoard = nullptr;
    QAction *m_kptAction = nullptr;
    QWidget *m_leftPane = nullptr;
    SaveProblemBar *m_saveProblem = nullptr;
    GoalsPane *m_goals = nullptr;
    SpellcheckDecorator *m_spelling = nullptr;
    QLabel *m_saveState = nullptr;
    QTimer *m_saveStateClock = nullptr;
    std::unique_ptr<EntrySession> m_session;
    AppSettings m_settings;
    QStackedWidget *m_centreStack = nullptr;
    WelcomeView *m_welcome = nullptr;
    QString m_pendingRestore;
    QString m_nextJournal;
    bool m_journalMoved = false;
};

} // namespace hoego
