#pragma once

#include "exchange/exportbundle.h"

#include <QDialog>

#include <atomic>
#include <memory>
#include <optional>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QThread;

namespace hoego
{

class Journal;

// File ▸ Export…: what (this entry, a year, everything), as what (a Markdown folder or a PDF book, on
// A4 or Letter), where to. The entries are read from the journal on the UI thread (its connection
// lives there); writing runs on a worker thread, with progress, and Cancel leaves nothing behind.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(Journal &journal, std::optional<qint64> currentEntry, std::optional<int> currentYear, QWidget *parent = nullptr);
    ~ExportDialog() override;

    bool isRunning() const { return m_worker != nullptr; }
    // Starts the export the dialog describes (the Export button); false when it could not start.
    bool start();
    // Asks a running export to stop (the Cancel button while it runs).
    void cancel();
    // Close, Cancel or Escape: while an export runs, cancels it and keeps the dialog open.
    void reject() override;

    // For tests.
    QRadioButton *entryButton() const { return m_entry; }
    QRadioButton *yearButton() const { return m_year; }
    QRadioButton *allButton() const { return m_all; }
    QComboBox *yearBox() const { return m_years; }
    QComboBox *formatBox() const { return m_format; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QLineEdit *targetEdit() const { return m_target; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *exportButton() const { return m_exportButton; }

Q_SIGNALS:
    // After a run: the files written, or nothing and the reason (also shown in the dialog).
    void exportFinished(const QStringList &files);
    void exportFailed(const QString &message, bool cancelled);

private:
    QWidget *createWhatBox();
    QWidget *createFormatBox();
    QWidget *createTargetRow();
    void browse();
    void updateControls();
    void suggestTarget();
    std::optional<ExportSelection> selection() const;
    bool isPdf() const;
    void onProgress(int done, int total);
    void onFinished(const Result<ExportReport> &result);

    Journal &m_journal;
    std::optional<qint64> m_currentEntry;
    QRadioButton *m_entry = nullptr;
    QRadioButton *m_year = nullptr;
    QRadioButton *m_all = nullptr;
    QComboBox *m_years = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLineEdit *m_target = nullptr;
    QPushButton *m_browse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QThread *m_worker = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_targetEdited = false;
};

} // namespace hoego
