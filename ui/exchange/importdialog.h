#pragma once

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;

namespace hoego
{

class ImportPreviewModel;
class Journal;
struct ImportFileResult;

// File ▸ Import…: choose posts (files or a folder), see what will be created, correct titles, kinds
// and periods or leave files out, then import with progress and cancel. Files are read and parsed on
// a worker thread; each checked file is then stored as one transaction per turn of the event loop
// (the journal's SQLite connection belongs to this thread), so the window stays responsive.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(Journal &journal, QWidget *parent = nullptr);
    ~ImportDialog() override;

    // Reads and parses `paths` (files or folders) off the UI thread and shows them in the preview.
    void addPaths(const QStringList &paths);
    // Stores the checked rows.
    void startImport();
    // Stops reading or importing after the current file; what was imported stays.
    void cancelWork();

    ImportPreviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *importButton() const { return m_import; }
    QLabel *statusLabel() const { return m_status; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void previewReady();
    // After an import run, whether finished or cancelled: the number of entries made and of failures.
    void importFinished(int imported, int failed);

private:
    void chooseFiles();
    void chooseFolder();
    void showPrepared(const QList<ImportFileResult> &files);
    void storeNext();
    void finishImport();
    void setBusy(bool busy);
    // Whether the count and name columns are sized to their contents (not while importing).
    void setColumnsFollowContents(bool follow);
    void updateImportButton();

    Journal &m_journal;
    ImportPreviewModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_addFiles = nullptr;
    QPushButton *m_addFolder = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_cancel = nullptr;
    QThread *m_reader = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelled = std::make_shared<std::atomic_bool>(false);
    QList<int> m_pending;
    int m_imported = 0;
    int m_failed = 0;
    int m_total = 0;
    bool m_busy = false;
};

} // namespace hoego
