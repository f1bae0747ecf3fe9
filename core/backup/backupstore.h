#pragma once

#include "backupinfo.h"
#include "backupsettings.h"
#include "common/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace hoego
{

class Journal;

// The backups of one journal: made with VACUUM INTO (a consistent snapshot while the journal is open),
// verified with PRAGMA integrity_check before they count, kept in their own folder and rotated by
// kind. The caller holds the journal's lock (an open Journal), so only one process writes here.
class BackupStore
{
public:
    using Clock = std::function<QDateTime()>; // UTC now; injectable for tests

    explicit BackupStore(const QString &journalPath, BackupSettings settings = BackupSettings::fromApplicationSettings(),
                         Clock clock = {});

    QString folder() const { return m_folder; }
    const BackupSettings &settings() const { return m_settings; }

    // Newest first; a missing folder has none.
    [[nodiscard]] QList<BackupInfo> list() const;

    // A verified backup of `kind`, then the oldest of that kind beyond its count removed.
    [[nodiscard]] Result<BackupInfo> make(const Journal &journal, BackupKind kind);
    // The same from a connection: Journal::open uses it before a migration.
    [[nodiscard]] Result<BackupInfo> make(const QSqlDatabase &db, BackupKind kind);
    // For a journal no connection has open (restore): a verified snapshot, or, when the file is too
    // damaged to read, a plain copy of it, so that what was there is never lost.
    [[nodiscard]] Result<BackupInfo> makeFromClosedFile(const QString &journalPath, BackupKind kind);

    // What closing the window makes: a quit backup, plus daily, weekly and monthly ones when none of
    // that kind is newer than a day, a week, a month. One snapshot; the others are links to it.
    [[nodiscard]] Result<QList<BackupInfo>> makeOnQuit(const Journal &journal);
    [[nodiscard]] QList<BackupKind> dueOnQuit() const;

    // How many of `kind` are kept; 0 keeps all.
    int keepCount(BackupKind kind) const;

    // A verified snapshot of `db` at `target` (replaced atomically if it exists): hoego backup -o.
    [[nodiscard]] static Status writeSnapshot(const QSqlDatabase &db, const QString &target);
    // integrity_check on a read-only, immutable connection: nothing is written beside the file.
    [[nodiscard]] static Status verify(const QString &path);
    // The number of entries in a backup, or nothing when it cannot be read.
    [[nodiscard]] static std::optional<int> entryCount(const QString &path);

private:
    Status ensureFolder() const;
    QString newPath(BackupKind kind, const QDateTime &time) const;
    void removePartials() const;
    void rotate(BackupKind kind) const;
    QDateTime now() const;

    QString m_folder;
    BackupSettings m_settings;
    Clock m_clock;
};

} // namespace hoego
