#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace hoego
{

// Why a backup was made; it decides how many of its kind are kept.
enum class BackupKind {
    Quit,            // the window was closed
    Daily,           // the first quit of a day...
    Weekly,          // ...of a week...
    Monthly,         // ...of a month
    BeforeMigration, // the journal format was about to be updated
    BeforeRestore,   // the journal was about to be replaced by a backup
    BeforeDelete,    // an entry was about to be deleted
    Manual,          // hoego backup, Back Up Now: never deleted by Hoego
};

// The kind as written in file names and JSON: "quit", "daily", "before-delete"...
QString backupKindName(BackupKind kind);
std::optional<BackupKind> backupKindFromName(const QString &name);
QList<BackupKind> allBackupKinds();

// One backup file in a journal's backup folder.
struct BackupInfo {
    QString path;
    BackupKind kind = BackupKind::Manual;
    QDateTime time; // UTC, from the file name
    qint64 size = 0;

    // hoego-2026-11-24T071233Z-daily.sqlite (a -2, -3... before .sqlite when the second is taken)
    [[nodiscard]] static QString fileName(const QDateTime &time, BackupKind kind, int sequence = 1);
    // Nothing when `fileName` is not a backup's name (a partial file, something else).
    [[nodiscard]] static std::optional<BackupInfo> fromFileName(const QString &folder, const QString &fileName);
};

} // namespace hoego
