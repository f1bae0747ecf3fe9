#pragma once

#include "backupinfo.h"
#include "common/result.h"

#include <QString>

#include <optional>

namespace hoego
{

class BackupStore;

// What a restore did: the journal it replaced, and where the journal as it was before is kept
// (nothing when there was no journal yet).
struct RestoreOutcome {
    QString journalPath;
    std::optional<BackupInfo> before;
};

// Replaces the journal at `journalPath` (which no connection may have open) by the backup at
// `backupPath`: the backup must pass integrity_check and be a Hoego journal this Hoego reads
// (InputUnreadable otherwise); the journal's lock is taken (JournalUnusable, naming the holder, when
// another Hoego has it); the current journal is kept as a before-restore backup in `store`; then the
// journal is replaced in one rename. Whatever fails, the journal is left as it was.
[[nodiscard]] Result<RestoreOutcome> restoreJournal(const QString &journalPath, const QString &backupPath, BackupStore &store);

} // namespace hoego
