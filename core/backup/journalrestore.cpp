#include "journalrestore.h"

#include "backupstore.h"
#include "journal/journal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

constexpr auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto privateFolder = privateFile | QFileDevice::ExeOwner;

Status checkBackup(const QString &journalPath, const QString &backupPath)
{
    const QFileInfo info(backupPath);
    if (!info.exists())
        return makeError(Error::Kind::InputUnreadable,
            QCoreApplication::translate(
                "JournalRestore", "There is no file %1. Check the name (hoego backup --list shows the backups).")
                .arg(backupPath));
    if (!info.isFile())
        return makeError(Error::Kind::InputUnreadable,
            QCoreApplication::translate("JournalRestore", "%1 is not a file; give a backup file.").arg(backupPath));
    if (info.absoluteFilePath() == QFileInfo(journalPath).absoluteFilePath())
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("JournalRestore", "%1 is the journal itself; give a backup of it.")
                .arg(backupPath));
    if (Status header = Journal::checkHeader(info.absoluteFilePath()); !header)
        return makeError(Error::Kind::InputUnreadable, header.error().message);
    if (Status healthy = BackupStore::verify(info.absoluteFilePath()); !healthy)
        return makeError(Error::Kind::InputUnreadable,
            QCoreApplication::translate("JournalRestore", "%1 It cannot be restored; choose another backup.")
                .arg(healthy.error().message));
    return Done{};
}

Status ensureJournalFolder(const QString &journalPath)
{
    const QDir folder = QFileInfo(journalPath).dir();
    if (folder.exists())
        return Done{};
    if (!folder.mkpath(u"."_s))
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate("JournalRestore", "Cannot create the folder %1 for the journal.")
                .arg(folder.path()));
    QFile::setPermissions(folder.path(), privateFolder);
    return Done{};
}

// Copies the backup beside the journal, syncs it and renames it over the journal (QSaveFile does
// all three): the journal is either the old file or the whole backup, never something between.
Status replaceJournal(const QString &journalPath, const QString &backupPath)
{
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(Error::Kind::InputUnreadable,
            QCoreApplication::translate("JournalRestore", "Cannot read %1: %2.").arg(backupPath, source.errorString()));
    QSaveFile target(journalPath);
    target.setDirectWriteFallback(false);
    if (!target.open(QIODevice::WriteOnly))
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate("JournalRestore", "Cannot write beside %1: %2.")
                .arg(journalPath, target.errorString()));
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size()) {
            target.cancelWriting();
            return makeError(Error::Kind::OutputUnwritable,
                QCoreApplication::translate(
                    "JournalRestore", "Cannot copy %1 beside the journal: %2. Check the free space.")
                    .arg(backupPath, target.errorString()));
        }
    }
    target.setPermissions(privateFile);
    // The old journal's -wal and -shm belong to the old file: SQLite would replay them into the new
    // one. The lock is held and the WAL was folded into the before-restore backup's source.
    QFile::remove(journalPath + u"-wal"_s);
    QFile::remove(journalPath + u"-shm"_s);
    if (!target.commit())
        return makeError(Error::Kind::OutputUnwritable,
            QCoreApplication::translate("JournalRestore", "Cannot replace %1: %2.")
                .arg(journalPath, target.errorString()));
    QFile::setPermissions(journalPath, privateFile);
    return Done{};
}

} // namespace

Result<RestoreOutcome> restoreJournal(const QString &journalPath, const QString &backupPath, BackupStore &store)
{
    const QString absolute = QFileInfo(journalPath).absoluteFilePath();
    if (Status checked = checkBackup(absolute, backupPath); !checked)
        return checked.error();
    if (Status folder = ensureJournalFolder(absolute); !folder)
        return folder.error();
    auto lock = Journal::lock(absolute);
    if (!lock)
        return lock.error();
    RestoreOutcome outcome{absolute, std::nullopt};
    if (QFileInfo::exists(absolute)) {
        auto before = store.makeFromClosedFile(absolute, BackupKind::BeforeRestore);
        if (!before)
            return makeError(Error::Kind::OutputUnwritable,
                QCoreApplication::translate(
                    "JournalRestore", "The journal was not replaced, because it could not be kept first: %1")
                    .arg(before.error().message));
        outcome.before = *before;
    }
    if (Status replaced = replaceJournal(absolute, QFileInfo(backupPath).absoluteFilePath()); !replaced)
        return replaced.error();
    return outcome;
}

} // namespace hoego
