#include "journalmove.h"

#include "backupstore.h"
#include "journal/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Moves every backup of one journal's folder into another's; a name already there is left where it
// was (backup names carry the time of day, so this only happens for copies made in the same second).
Status moveBackups(const QString &fromFolder, const QString &toFolder)
{
    QDir from(fromFolder);
    if (!from.exists())
        return Done{};
    if (!QFileInfo::exists(toFolder) && QDir().rename(fromFolder, toFolder))
        return Done{};
    if (!QDir().mkpath(toFolder))
        return makeError(Error::Kind::OutputUnwritable, QCoreApplication::translate("JournalMove", "Cannot create the backup folder %1.").arg(toFolder));
    for (const QString &name : from.entryList(QDir::Files)) {
        const QString target = QDir(toFolder).filePath(name);
        if (!QFileInfo::exists(target) && !QFile::rename(from.filePath(name), target))
            return makeError(Error::Kind::OutputUnwritable, QCoreApplication::translate("JournalMove", "Cannot move the backup %1 to %2.").arg(from.filePath(name), toFolder));
    }
    from.rmdir(u"."_s);
    return Done{};
}

} // namespace

Status finishJournalMove(const QString &from, const QString &to, const BackupSettings &settings)
{
    const QString oldPath = QFileInfo(from).absoluteFilePath();
    const QString newPath = QFileInfo(to).absoluteFilePath();
    if (oldPath == newPath)
        return makeError(Error::Kind::Usage, QCoreApplication::translate("JournalMove", "The journal is already at %1.").arg(newPath));
    if (Status copied = BackupStore::verify(newPath); !copied)
        return makeError(Error::Kind::InputUnreadable,
                         QCoreApplication::translate("JournalMove", "The copy at %1 cannot be read back, so the journal at %2 was kept: %3").arg(newPath, oldPath, copied.error().message));
    auto lock = Journal::lock(oldPath);
    if (!lock)
        return lock.error();
    if (Status moved = moveBackups(settings.folderFor(oldPath), settings.folderFor(newPath)); !moved)
        return moved;
    // A journal closed cleanly has no -wal or -shm left, but one that was not would leave them behind.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s}) {
        if (QFileInfo::exists(oldPath + suffix) && !QFile::remove(oldPath + suffix))
            return makeError(Error::Kind::OutputUnwritable,
                             QCoreApplication::translate("JournalMove", "The journal now lives at %1, but the old file %2 could not be removed. Delete it yourself.").arg(newPath, oldPath + suffix));
    }
    return Done{};
}

} // namespace hoego
