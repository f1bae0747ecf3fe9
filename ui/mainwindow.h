#pragma once

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

class EntryListModel;
class EntrySession;
class EntryStore;
class GoalsPane;
class Journal;
class MarkdownEditor;
class SaveProblemBar;
class TimelinePane;

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

    // Shows entry `id` (its year selected, the cursor in the editor); false when it does not exist
    // or the current entry could not be saved first.
    bool openEntry(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createLeftPane();
    QWidget *createCentrePane();
    void createMenus();
    void showAbout();
    void showYear(std::optional<int> year);
    void updateSaveState();
    void saveCopyAs();
    void onSaved();

    Journal &m_journal;
    std::unique_ptr<EntryStore> m_store;
    std::unique_ptr<KSyntaxHighlighting::Repository> m_repository;
    QSplitter *m_splitter = nullptr;
    TimelinePane *m_timeline = nullptr;
    QListView *m_entryList = nullptr;
    EntryListModel *m_entries = nullptr;
    MarkdownEditor *m_editor = nullptr;
    SaveProblemBar *m_saveProblem = nullptr;
    GoalsPane *m_goals = nullptr;
    QLabel *m_saveState = nullptr;
    QTimer *m_saveStateClock = nullptr;
    std::unique_ptr<EntrySession> m_session;
};

} // namespace hoego
