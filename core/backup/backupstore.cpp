#include "backupstore.h"

#include "journal/journal.h"
#include "journal/sqlutil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

constexpr auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto privateFolder = privateFile | QFileDevice::ExeOwner;
const QString partialPrefix = u".partial-"_s;

Error unwritable(const QString &message)
{
    return makeError(Error::Kind::OutputUnwritable, message);
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"hoego-backup-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// A read-only connection that leaves no -wal, -shm or lock beside the file (a backup never changes).
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString &path)
        : m_name(newConnectionName())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(u"mode=ro&immutable=1"_s);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~ReadOnlyConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    ReadOnlyConnection(const ReadOnlyConnection &) = delete;
    ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

// Data on the disk before the name points at it: a crash never leaves a named but empty backup.
bool syncFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadWrite) && ::fsync(file.handle()) == 0;
}

bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// VACUUM INTO a hidden partial file beside `target`, verified, synced, then renamed to `target`:
// a killed or failed backup leaves at most a partial file that no listing shows.
Status snapshotInto(const QSqlDatabase &db, const QString &target)
{
    const QFileInfo info(target);
    const QString partial = info.dir().filePath(
        u"%1%2-%3-%4"_s.arg(partialPrefix, info.fileName()).arg(QCoreApplication::applicationPid()).arg(newConnectionName()));
    {
        QFile empty(partial);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile))
            return unwritable(QCoreApplication::translate(
                "BackupStore", "Cannot write a backup in %1: %2. Check that the folder exists and is writable.")
                                  .arg(info.path(), empty.errorString()));
    }
    const auto failed = [&partial](const QString &why) {
        QFile::remove(partial);
        return unwritable(why);
    };
    if (auto vacuum = Sql::run(db, u"VACUUM INTO ?"_s, {partial}); !vacuum)
        return failed(QCoreApplication::translate(
            "BackupStore", "Cannot write a backup to %1: %2. Check the free space and the folder's permissions.")
                          .arg(target, vacuum.error().message));
    if (Status verified = BackupStore::verify(partial); !verified)
        return failed(
            QCoreApplication::translate("BackupStore", "The backup written to %1 failed its check and was deleted: %2")
                .arg(target, verified.error().message));
    QFile::setPermissions(partial, privateFile);
    if (!syncFile(partial) || !replaceFile(partial, target))
        return failed(QCoreApplication::translate("BackupStore",
            "Cannot write a backup to %1: the file could not be saved. Check the free space and the folder's permissions.")
                          .arg(target));
    return Done{};
}

// Hard links cost no time and no space; a copy where the file system has none.
bool linkOrCopy(const QString &from, const QString &to)
{
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    return QFile::copy(from, to) && QFile::setPermissions(to, privateFile);
}

} // namespace

BackupStore::BackupStore(const QString &journalPath, BackupSettings settings, Clock clock)
    : m_folder(settings.folderFor(journalPath))
    , m_settings(std::move(settings))
    , m_clock(std::move(clock))
{
}

QDateTime BackupStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QList<BackupInfo> BackupStore::list() const
{
    QList<BackupInfo> backups;
    const QStringList names = QDir(m_folder).entryList({u"hoego-*.sqlite"_s}, QDir::Files);
    for (const QString &name : names) {
        if (auto info = BackupInfo::fromFileName(m_folder, name))
            backups << *info;
    }
    // Newest first; within one second by kind (quit, daily, weekly...), then the later -2, -3 first.
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        if (a.time != b.time)
            return a.time > b.time;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.path.size() != b.path.size() ? a.path.size() > b.path.size() : a.path > b.path;
    });
    return backups;
}

int BackupStore::keepCount(BackupKind kind) const
{
    switch (kind) {
    case BackupKind::Quit:
        return m_settings.keepQuit;
    case BackupKind::Daily:
        return m_settings.keepDaily;
    case BackupKind::Weekly:
        return m_settings.keepWeekly;
    case BackupKind::Monthly:
        return m_settings.keepMonthly;
    case BackupKind::BeforeMigration:
    case BackupKind::BeforeRestore:
    case BackupKind::BeforeDelete:
        return m_settings.keepBeforeChange;
    case BackupKind::Manual:
        break;
    }
    return 0;
}

Status BackupStore::ensureFolder() const
{
    if (QFileInfo(m_folder).isDir())
        return Done{};
    const QString base = m_settings.baseFolder();
    const bool madeBase = !QFileInfo::exists(base);
    if (!QDir().mkpath(m_folder))
        return unwritable(QCoreApplication::translate("BackupStore",
            "Cannot create the backup folder %1. Check that its parent is writable, or choose another backup folder.")
                              .arg(m_folder));
    if (madeBase)
        QFile::setPermissions(base, privateFolder);
    QFile::setPermissions(m_folder, privateFolder);
    return Done{};
}

QString BackupStore::newPath(BackupKind kind, const QDateTime &time) const
{
    for (int sequence = 1;; ++sequence) {
        const QString path = QDir(m_folder).filePath(BackupInfo::fileName(time, kind, sequence));
        if (!QFileInfo::exists(path))
            return path;
    }
}

void BackupStore::removePartials() const
{
    // Safe: whoever makes backups holds the journal's lock, so a partial file here is a dead one.
    const QStringList names = QDir(m_folder).entryList({partialPrefix + u'*'}, QDir::Files | QDir::Hidden);
    for (const QString &name : names)
        QFile::remove(QDir(m_folder).filePath(name));
}

void BackupStore::rotate(BackupKind kind) const
{
    const int keep = keepCount(kind);
    if (keep <= 0)
        return;
    int seen = 0;
    for (const BackupInfo &backup : list()) { // newest first
        if (backup.kind == kind && ++seen > keep)
            QFile::remove(backup.path);
    }
}

Result<BackupInfo> BackupStore::make(const Journal &journal, BackupKind kind)
{
    return make(journal.database(), kind);
}

Result<BackupInfo> BackupStore::make(const QSqlDatabase &db, BackupKind kind)
{
    if (Status folder = ensureFolder(); !folder)
        return folder.error();
    removePartials();
    const QDateTime time = now();
    const QString path = newPath(kind, time);
    if (Status written = snapshotInto(db, path); !written)
        return written.error();
    rotate(kind);
    return *BackupInfo::fromFileName(m_folder, QFileInfo(path).fileName());
}

Result<BackupInfo> BackupStore::makeFromClosedFile(const QString &journalPath, BackupKind kind)
{
    if (Status folder = ensureFolder(); !folder)
        return folder.error();
    removePartials();
    const QString path = newPath(kind, now());
    Status written = Done{};
    {
        const QString name = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(journalPath);
            if (db.open()) {
                // Fold a WAL left by a crash into the file first, so that the snapshot and the file agree.
                QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
                written = snapshotInto(db, path);
            } else {
                written = unwritable(db.lastError().text());
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    if (!written && !QFile::copy(journalPath, path))
        return unwritable(QCoreApplication::translate("BackupStore", "Cannot keep a copy of %1 in %2: %3")
                              .arg(journalPath, m_folder, written.error().message));
    QFile::setPermissions(path, privateFile);
    rotate(kind);
    return *BackupInfo::fromFileName(m_folder, QFileInfo(path).fileName());
}

QList<BackupKind> BackupStore::dueOnQuit() const
{
    const QDateTime time = now();
    const QList<BackupInfo> backups = list();
    const auto newestOf = [&backups](BackupKind kind) {
        const auto found = std::find_if(backups.begin(), backups.end(), [kind](const BackupInfo &b) { return b.kind == kind; });
        return found == backups.end() ? QDateTime() : found->time;
    };
    QList<BackupKind> due{BackupKind::Quit};
    const QList<std::pair<BackupKind, QDateTime>> periods = {
        {BackupKind::Daily, time.addDays(-1)}, {BackupKind::Weekly, time.addDays(-7)}, {BackupKind::Monthly, time.addMonths(-1)}};
    for (const auto &[kind, since] : periods) {
        const QDateTime newest = newestOf(kind);
        if (!newest.isValid() || newest <= since)
            due << kind;
    }
    return due;
}

Result<QList<BackupInfo>> BackupStore::makeOnQuit(const Journal &journal)
{
    const QList<BackupKind> due = dueOnQuit();
    auto first = make(journal, due.first());
    if (!first)
        return first.error();
    QList<BackupInfo> made{*first};
    for (qsizetype i = 1; i < due.size(); ++i) {
        const QString path = newPath(due.at(i), first->time);
        if (!linkOrCopy(first->path, path))
            return unwritable(
                // The file name says the kind (…-daily.sqlite): no English kind word in the sentence.
                QCoreApplication::translate("BackupStore", "Cannot write the backup %1. Check the free space in %2.").arg(path, m_folder));
        rotate(due.at(i));
        made << *BackupInfo::fromFileName(m_folder, QFileInfo(path).fileName());
    }
    return made;
}

Status BackupStore::writeSnapshot(const QSqlDatabase &db, const QString &target)
{
    const QFileInfo info(target);
    if (info.isDir())
        return unwritable(
            QCoreApplication::translate("BackupStore", "%1 is a folder; give a file name for the backup.").arg(target));
    if (!info.dir().exists())
        return unwritable(QCoreApplication::translate("BackupStore", "Cannot write %1: the folder %2 does not exist.")
                              .arg(target, info.path()));
    return snapshotInto(db, info.absoluteFilePath());
}

Status BackupStore::verify(const QString &path)
{
    const ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return makeError(Error::Kind::InputUnreadable,
            QCoreApplication::translate("BackupStore", "Cannot open %1: %2.").arg(path, connection.error()));
    QSqlQuery query(connection.database());
    const bool ran = query.exec(u"PRAGMA integrity_check(1)"_s) && query.next();
    if (!ran || query.value(0).toString() != u"ok"_s)
        return makeError(Error::Kind::InputUnreadable,
            QCoreApplication::translate("BackupStore", "%1 is damaged (SQLite's integrity check: %2).")
                .arg(path, ran ? query.value(0).toString() : query.lastError().text()));
    return Done{};
}

std::optional<int> BackupStore::entryCount(const QString &path)
{
    const ReadOnlyConnection connection(path);
    if (!connection.isOpen())
        return std::nullopt;
    auto query = Sql::run(connection.database(), u"SELECT count(*) FROM entries"_s);
    if (!query || !query->next())
        return std::nullopt;
    return query->value(0).toInt();
}

} // namespace hoego
