#pragma once

#include "backupsettings.h"
#include "common/result.h"

#include <QString>

namespace hoego
{

// The last step of moving a journal (Settings ▸ Move Journal…), once a verified copy of it was
// written at `to` (BackupStore::writeSnapshot) and no connection has `from` open any more:
// the backups of `from` move to the backup folder of `to`, so that Restore from Backup still lists
// them, and the old file is removed. Nothing is removed unless the copy at `to` passes
// integrity_check and the old journal's lock can be taken (no other Hoego has it open).
[[nodiscard]] Status finishJournalMove(const QString &from, const QString &to,
                                       const BackupSettings &settings = BackupSettings::fromApplicationSettings());

} // namespace hoego
