#pragma once

#include "journal/entry.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QLabel;
class QListView;
class QSplitter;
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
class MarkdownActions;
class MarkdownEditor;
class OutlineView;
class PreviewPane;
class SaveProblemBar;
class TemplateCatalog;
class TimelinePane;
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
    QAction *previewAction() const { return m_previewAction; }
    QAction *focusModeAction() const { return m_focusModeAction; }

    // Shows entry `id` (its year selected, the cursor in the editor); false when it does not exist
    // or the current entry could not be saved first.
    bool openEntry(qint64 id);

    // Creates `draft` and opens it (File ▸ New Entry after its dialog).
    bool createEntry(const Entry &draft);
    // Restores `body` into the editor as one undoable step, after keeping the current text.
    void restoreFromHistory(const QString &body);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createLeftPane();
    QWidget *createCentrePane();
    void connectEditorServices();
    // mainwindowmenus.cpp
    void createMenus();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void newEntry();
    void showHistory();
    void saveAsTemplate();
    void setFocusMode(bool on);
    void showAbout();
    void showYear(std::optional<int> year);
    void updateSaveState();
    void saveCopyAs();
    void exportEntries();
    void onSaved();

    Journal &m_journal;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<AttachmentStore> m_attachments;
    std::unique_ptr<TemplateCatalog> m_templates;
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
    QWidget *m_leftPane = nullptr;
    SaveProblemBar *m_saveProblem = nullptr;
    GoalsPane *m_goals = nullptr;
    QLabel *m_saveState = nullptr;
    QTimer *m_saveStateClock = nullptr;
    std::unique_ptr<EntrySession> m_session;
};

} // namespace hoego
