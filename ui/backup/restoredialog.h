#pragma once

#include "backup/backupinfo.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace hoego
{

class BackupStore;
class Journal;

// File ▸ Restore from Backup…: the journal's backups (time, kind, size, entries), Back Up Now, and
// Restore after a confirmation. The dialog only chooses: the window closes the journal and restores.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(BackupStore &store, Journal &journal, QWidget *parent = nullptr);

    // The backup to restore once the dialog was accepted; empty otherwise.
    QString chosenBackup() const { return m_chosen; }
    QTreeWidget *backupList() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    QPushButton *backUpNowButton() const { return m_backUpNow; }

    static QString kindLabel(BackupKind kind);

private:
    void refresh();
    void backUpNow();
    void confirmRestore();

    BackupStore &m_store;
    Journal &m_journal;
    QTreeWidget *m_list = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_backUpNow = nullptr;
    QString m_chosen;
};

} // namespace hoego
