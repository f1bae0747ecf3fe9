#pragma once

#include <QString>

class QSettings;

namespace hoego
{

// Where backups go and how many of each kind are kept: a value the settings dialog edits.
// Stored with QSettings under these keys (absent keys mean the defaults below):
//   backup/folder         the backup folder; empty: QStandardPaths::AppDataLocation/backups
//   backup/keepQuit       backups made when the window closes          (default 5)
//   backup/keepDaily      daily backups                                (default 7)
//   backup/keepWeekly     weekly backups                               (default 4)
//   backup/keepMonthly    monthly backups                              (default 12)
//   backup/keepBeforeChange  before-migration, before-restore and before-delete backups, each (default 10)
// Manual backups (hoego backup, Back Up Now) are never deleted by Hoego. A count of 0 keeps all.
struct BackupSettings {
    QString folder;
    int keepQuit = 5;
    int keepDaily = 7;
    int keepWeekly = 4;
    int keepMonthly = 12;
    int keepBeforeChange = 10;

    [[nodiscard]] static BackupSettings load(const QSettings &settings);
    // The application's own settings: a default-constructed QSettings, as the settings dialog uses.
    [[nodiscard]] static BackupSettings fromApplicationSettings();
    void save(QSettings &settings) const;

    // The folder actually used: `folder`, or the default when it is empty.
    [[nodiscard]] QString baseFolder() const;
    // One sub-folder per journal, so that the backups of two journals never mix.
    [[nodiscard]] QString folderFor(const QString &journalPath) const;

    friend bool operator==(const BackupSettings &, const BackupSettings &) = default;
};

} // namespace hoego
