#include "backupcommands.h"

#include "backup/backupstore.h"
#include "backup/journalrestore.h"
#include "journal/journal.h"
#include "output.h"
#include "texttable.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

int printFile(const Context &context, const QString &path, const QString &humanText)
{
    if (context.json)
        printJson(QJsonDocument(QJsonObject{{u"file"_s, path}}));
    else
        printOut(humanText + u"\n"_s);
    return ExitOk;
}

int listBackups(const Context &context)
{
    const BackupStore store(context.journalPath);
    const QList<BackupInfo> backups = store.list();
    if (context.json) {
        QJsonArray array;
        for (const BackupInfo &backup : backups) {
            const auto entries = BackupStore::entryCount(backup.path);
            array << QJsonObject{{u"file"_s, backup.path},
                                 {u"kind"_s, backupKindName(backup.kind)},
                                 {u"time"_s, backup.time.toString(Qt::ISODate)},
                                 {u"size"_s, backup.size},
                                 {u"entries"_s, entries ? QJsonValue(*entries) : QJsonValue()}};
        }
        printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (backups.isEmpty()) {
        printOut(u"No backups of %1 yet (they would be in %2).\n"_s.arg(QFileInfo(context.journalPath).absoluteFilePath(), store.folder()));
        return ExitOk;
    }
    const QLocale locale;
    TextTable table({u"TIME"_s, u"KIND"_s, u"SIZE"_s, u"ENTRIES"_s, u"FILE"_s}, {false, false, true, true, false});
    for (const BackupInfo &backup : backups) {
        const auto entries = BackupStore::entryCount(backup.path);
        table.addRow({locale.toString(backup.time.toLocalTime(), u"yyyy-MM-dd HH:mm:ss"_s), backupKindName(backup.kind),
                      locale.formattedDataSize(backup.size), entries ? locale.toString(*entries) : u"?"_s,
                      QFileInfo(backup.path).fileName()});
    }
    printOut(u"Backups in %1\n"_s.arg(store.folder()) + table.render());
    return ExitOk;
}

int backupJournal(const Context &context, const CommandArgs &args)
{
    if (args.has(u"list"_s)) {
        if (args.has(u"output"_s))
            return usageError(u"backup: --list and -o do not go together"_s, u"hoego backup --help"_s);
        return listBackups(context);
    }
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return fail(journal.error());
    if (args.has(u"output"_s)) {
        const QString target = QFileInfo(args.value(u"output"_s)).absoluteFilePath();
        if (target == (*journal)->path())
            return usageError(u"backup: -o names the journal itself; choose another file"_s, u"hoego backup --help"_s);
        if (Status written = BackupStore::writeSnapshot((*journal)->database(), target); !written)
            return fail(written.error());
        return printFile(context, target, u"Backed up %1 to %2"_s.arg((*journal)->path(), target));
    }
    BackupStore store((*journal)->path());
    auto made = store.make(**journal, BackupKind::Manual);
    if (!made)
        return fail(made.error());
    return printFile(context, made->path, u"Backed up %1 to %2"_s.arg((*journal)->path(), made->path));
}

int restoreJournalFrom(const Context &context, const CommandArgs &args)
{
    BackupStore store(context.journalPath);
    auto restored = restoreJournal(context.journalPath, args.positional().at(0), store);
    if (!restored)
        return fail(restored.error());
    QString text = u"Restored %1 from %2."_s.arg(restored->journalPath, QFileInfo(args.positional().at(0)).absoluteFilePath());
    if (restored->before)
        text += u"\nThe journal as it was is kept in %1"_s.arg(restored->before->path);
    return printFile(context, restored->journalPath, text);
}

} // namespace

QList<CommandSpec> backupCommands()
{
    return {
        {u"backup"_s, u"[-o FILE] [--list]"_s, u"Back up the journal, or list its backups."_s,
         u"Without -o the backup goes to the journal's backup folder and is kept until you delete it.\n"
         u"Every backup is checked (SQLite's integrity check) before it counts.\n"
         u"--list shows the backups: made on quit, daily (7 kept), weekly (4), monthly (12), before a\n"
         u"migration, a restore or a delete (10 each), and by hand."_s,
         {{u"output"_s, true, false, u"o"_s}, {u"list"_s}}, 0, 0, backupJournal},
        {u"restore"_s, u"FILE"_s, u"Replace the journal by a backup, keeping the current one first."_s,
         u"FILE must pass SQLite's integrity check and be a Hoego journal. The current journal is\n"
         u"backed up (kind before-restore) before it is replaced. Close the Hoego window first."_s,
         {}, 1, 1, restoreJournalFrom},
    };
}

} // namespace hoego::cli
