#include "journal.h"

#include "backup/backupstore.h"
#include "schema.h"
#include "sqlutil.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

constexpr auto privateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto privateFolder = privateFile | QFileDevice::ExeOwner;

Error unusable(const QString &message)
{
    return makeError(Error::Kind::JournalUnusable, message);
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return u"hoego-journal-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// Reads the SQLite header without SQLite, so that a foreign or newer file is refused untouched.
Status checkFileHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(QCoreApplication::translate(
            "Journal", "Cannot read %1: %2. Check that the file exists and that you may read it.")
                            .arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty())
        return unusable(QCoreApplication::translate("Journal",
            "%1 is an empty file, not a Hoego journal. Choose another file, or remove it to start a new journal.")
                            .arg(path));
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return unusable(QCoreApplication::translate("Journal",
            "%1 is not a Hoego journal (it is not an SQLite database). It was left as it is; choose another file.")
                            .arg(path));
    const auto bigEndianAt = [&header](int offset) { return qFromBigEndian<qint32>(header.constData() + offset); };
    if (bigEndianAt(68) != Schema::applicationId)
        return unusable(QCoreApplication::translate("Journal",
            "%1 is an SQLite database of another program, not a Hoego journal. It was left as it is; choose another file.")
                            .arg(path));
    const int version = bigEndianAt(60);
    if (version > Schema::currentVersion())
        return unusable(QCoreApplication::translate("Journal",
            "%1 was made by a newer Hoego (journal format %2; this Hoego reads up to %3). Update Hoego to open it; the file was left as it is.")
                            .arg(path)
                            .arg(version)
                            .arg(Schema::currentVersion()));
    return Done{};
}

Result<std::unique_ptr<QLockFile>> lockJournal(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + u".lock"_s);
    lock->setStaleLockTime(0); // stale only when the holder is gone, never by age: a journal may stay open for days
    if (lock->tryLock(0)) {
        QFile::setPermissions(path + u".lock"_s, privateFile);
        return lock;
    }
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return unusable(QCoreApplication::translate(
            "Journal", "%1 is in use by another Hoego (%2, process %3 on %4). Close that Hoego first, then try again.")
                            .arg(path, app.isEmpty() ? u"hoego"_s : app)
                            .arg(pid)
                            .arg(host.isEmpty() ? QCoreApplication::translate("Journal", "this computer") : host));
    }
    return unusable(
        QCoreApplication::translate("Journal", "Cannot lock %1: the folder is not writable. Check its permissions.")
            .arg(path));
}

Status createEmptyFile(const QString &path)
{
    const QFileInfo info(path);
    QDir folder = info.dir();
    if (!folder.exists()) {
        if (!folder.mkpath(u"."_s))
            return unusable(QCoreApplication::translate(
                "Journal", "Cannot create the folder %1 for the journal. Check that its parent is writable.")
                                .arg(folder.path()));
        QFile::setPermissions(folder.path(), privateFolder);
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, privateFile))
        return unusable(
            QCoreApplication::translate("Journal", "Cannot create the journal %1: %2.").arg(path, file.errorString()));
    return Done{};
}

// quick_check on a read-only connection: a damaged file is refused before anything writes to it.
Status checkIntegrity(const QString &path)
{
    const QString name = newConnectionName();
    Status result = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        // immutable: no lock, no -wal or -shm file created beside a journal that may be refused.
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(u"mode=ro&immutable=1"_s);
        db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        if (!db.open()) {
            result = unusable(
                QCoreApplication::translate("Journal", "Cannot open %1: %2.").arg(path, db.lastError().text()));
        } else {
            QSqlQuery query(db);
            const bool ran = query.exec(u"PRAGMA quick_check(1)"_s) && query.next();
            if (!ran || query.value(0).toString() != u"ok"_s)
                result = unusable(QCoreApplication::translate("Journal",
                    "%1 is damaged (SQLite's integrity check failed: %2). It was left as it is; restore a backup, or recover it with the sqlite3 tool's .recover command.")
                                      .arg(path, ran ? query.value(0).toString() : query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// The file's size and modification time when Hoego last knew it healthy: verified by quick_check,
// or closed cleanly by Hoego itself. A journal that still matches is not checked again, so opening
// stays fast; one changed behind Hoego's back (a crash, a copy, a damaged disk) is checked in full.
QString verificationStampPath(const QString &journalPath)
{
    const QByteArray key = QCryptographicHash::hash(journalPath.toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation))
        .filePath(u"verified/"_s + QString::fromLatin1(key));
}

QByteArray fileIdentity(const QString &path)
{
    const QFileInfo info(path);
    return QByteArray::number(info.size()) + ' ' + QByteArray::number(info.lastModified(QTimeZone::UTC).toMSecsSinceEpoch());
}

bool matchesVerificationStamp(const QString &journalPath)
{
    QFile stamp(verificationStampPath(journalPath));
    return stamp.open(QIODevice::ReadOnly) && stamp.readAll() == fileIdentity(journalPath);
}

void writeVerificationStamp(const QString &journalPath)
{
    QDir().mkpath(QFileInfo(verificationStampPath(journalPath)).path());
    QSaveFile stamp(verificationStampPath(journalPath));
    if (stamp.open(QIODevice::WriteOnly)) {
        stamp.write(fileIdentity(journalPath));
        stamp.commit();
    }
}

} // namespace

Result<std::unique_ptr<Journal>> Journal::open(const QString &path, OpenMode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QFileInfo info(absolute);
    const bool create = !info.exists();
    if (create && mode == OpenMode::ExistingOnly)
        return unusable(QCoreApplication::translate("Journal",
            "There is no journal at %1. Write something first (hoego new, or the app), or choose a journal with --journal.")
                            .arg(absolute));
    if (info.isDir())
        return unusable(QCoreApplication::translate("Journal", "%1 is a folder, not a journal file.").arg(absolute));
    if (!create) {
        if (Status header = checkFileHeader(absolute); !header)
            return header.error();
    } else if (Status made = createEmptyFile(absolute); !made) {
        return made.error();
    }

    auto lock = lockJournal(absolute);
    if (!lock) {
        if (create)
            QFile::remove(absolute);
        return lock.error();
    }
    // A WAL left behind means Hoego did not close the journal: check it even if the stamp matches.
    const bool cleanlyClosed = !QFileInfo::exists(absolute + u"-wal"_s) || QFileInfo(absolute + u"-wal"_s).size() == 0;
    if (!create && !(cleanlyClosed && matchesVerificationStamp(absolute))) {
        if (Status healthy = checkIntegrity(absolute); !healthy)
            return healthy.error();
        writeVerificationStamp(absolute);
    }

    std::unique_ptr<Journal> journal(new Journal(absolute, newConnectionName(), std::move(*lock)));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, journal->m_connectionName);
    db.setDatabaseName(absolute);
    const auto failed = [&](const QString &why) -> Error {
        journal.reset();
        if (create)
            QFile::remove(absolute);
        return unusable(why);
    };
    if (!db.open())
        return failed(
            QCoreApplication::translate("Journal", "Cannot open %1: %2.").arg(absolute, db.lastError().text()));
    if (Status pragmas = Sql::runAll(db, {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s});
        !pragmas)
        return failed(
            QCoreApplication::translate("Journal", "Cannot prepare %1: %2").arg(absolute, pragmas.error().message));
    if (const int version = journal->schemaVersion(); version < Schema::currentVersion()) {
        // Migrate with a rollback journal so the file's own header (application id, version) is
        // current on disk: checkHeader() reads it without SQLite, and a WAL would hide it.
        if (!create) {
            // The journal as it was, before anything writes to it: a migration is never a one-way door.
            auto backup = BackupStore(absolute).make(db, BackupKind::BeforeMigration);
            if (!backup)
                return failed(QCoreApplication::translate("Journal",
                    "Cannot update %1 to this Hoego's journal format, because it could not be backed up first: %2 "
                    "The journal was left as it was; free some space or choose another backup folder, then try again.")
                                  .arg(absolute, backup.error().message));
        }
        if (Status rollbackMode = Sql::runAll(db, {u"PRAGMA journal_mode = DELETE"_s}); !rollbackMode)
            return failed(QCoreApplication::translate("Journal", "Cannot prepare %1: %2")
                              .arg(absolute, rollbackMode.error().message));
        if (Status migrated = Schema::migrate(db, version); !migrated)
            return failed(QCoreApplication::translate(
                "Journal", "Cannot bring %1 up to date: %2. The journal was left as it was.")
                              .arg(absolute, migrated.error().message));
    }
    if (Status walMode = Sql::runAll(db, {u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s}); !walMode)
        return failed(
            QCoreApplication::translate("Journal", "Cannot prepare %1: %2").arg(absolute, walMode.error().message));
    return journal;
}

Result<std::unique_ptr<QLockFile>> Journal::lock(const QString &path)
{
    return lockJournal(QFileInfo(path).absoluteFilePath());
}

Status Journal::checkHeader(const QString &path)
{
    return checkFileHeader(path);
}

Journal::Journal(QString path, QString connectionName, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_lock(std::move(lock))
{
}

Journal::~Journal()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            // Fold the WAL back so the journal is one self-contained file when Hoego is closed.
            QSqlQuery(db).exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // Everything written since opening went through SQLite transactions of this process.
    writeVerificationStamp(m_path);
}

QSqlDatabase Journal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Journal::schemaVersion() const
{
    QSqlQuery query(database());
    return query.exec(u"PRAGMA user_version"_s) && query.next() ? query.value(0).toInt() : 0;
}

} // namespace hoego
