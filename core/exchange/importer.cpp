#include "importer.h"

#include "goals/goalparser.h"
#include "goals/goalstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "journal/sqlutil.h"
#include "textdecoding.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <future>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

const QStringList importableSuffixes = {u"md"_s, u"markdown"_s, u"txt"_s};

QStringList filesInFolder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        if (importableSuffixes.contains(info.suffix().toLower()))
            files << info.filePath();
    }
    std::sort(files.begin(), files.end());
    return files;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

Result<QByteArray> readFile(const QString &path)
{
    const QFileInfo info(path);
    const auto unreadable = [](const QString &message) { return makeError(Error::Kind::InputUnreadable, message); };
    if (!info.exists())
        return unreadable(QCoreApplication::translate("Importer", "%1 does not exist; check the path.").arg(path));
    if (info.isDir())
        return unreadable(
            QCoreApplication::translate("Importer", "%1 is a folder without .md, .markdown or .txt files.").arg(path));
    if (info.size() > Importer::maximumFileBytes)
        return unreadable(QCoreApplication::translate(
            "Importer", "%1 is %2; Hoego imports posts of up to 10 MB. Check that it is the right file, or split it.")
                              .arg(path, sizeText(info.size())));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(QCoreApplication::translate("Importer", "Cannot read %1: %2. Check its permissions.")
                              .arg(path, file.errorString()));
    QByteArray bytes = file.read(Importer::maximumFileBytes + 1);
    if (bytes.size() > Importer::maximumFileBytes) // it grew since we looked
        return unreadable(
            QCoreApplication::translate("Importer", "%1 is larger than 10 MB; Hoego imports posts of up to 10 MB.")
                .arg(path));
    return bytes;
}

Entry entryOf(const ImportedPost &post)
{
    Entry entry;
    entry.kind = post.kind;
    entry.period = post.period;
    entry.title = post.title;
    entry.body = post.body;
    entry.tags = post.tags;
    entry.written = post.written;
    return entry;
}

} // namespace

QStringList Importer::collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QStringList found = QFileInfo(path).isDir() ? filesInFolder(path) : QStringList();
        files << (found.isEmpty() ? QStringList{path} : found);
    }
    return files;
}

ImportFileResult Importer::prepare(const QString &path)
{
    ImportFileResult result;
    result.path = path;
    auto bytes = readFile(path);
    if (!bytes) {
        result.problem = bytes.error().message;
        return result;
    }
    auto decoded = decodePostBytes(*bytes, path);
    if (!decoded) {
        result.problem = decoded.error().message;
        return result;
    }
    if (decoded->fromLegacyEncoding())
        result.decodedFrom = decoded->encoding;
    result.post = parsePost(decoded->text, path);
    return result;
}

Importer::Importer(Journal &journal)
    : m_journal(journal)
{
}

Result<Importer::Stored> Importer::store(const ImportedPost &post)
{
    // The stores' own transactions join this one: the file's entry, KPT items and goals are saved
    // together or not at all.
    Sql::Transaction transaction(m_journal.database());
    auto entryId = EntryStore(m_journal).create(entryOf(post));
    if (!entryId)
        return entryId.error();
    QList<KptItem> kptItems;
    for (const ImportedKptItem &item : post.kpt)
        kptItems << KptItem{0, *entryId, item.section, item.text, 0};
    if (auto added = KptStore(m_journal).appendAll(*entryId, kptItems); !added)
        return added.error();
    Stored stored{*entryId, {}};
    GoalStore goals(m_journal);
    for (const ImportedGoal &imported : post.goals) {
        Goal goal = Goal::fromParsed(parseGoal(imported.sentence), imported.year);
        goal.title = imported.sentence; // the list item, in the user's words
        goal.originEntry = *entryId;
        goal.status = imported.status;
        auto goalId = goals.add(goal);
        if (!goalId)
            return goalId.error();
        stored.goalIds << *goalId;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return stored;
}

void Importer::forget(ImportFileResult &file, const QString &why)
{
    file.problem = QCoreApplication::translate("Importer", "%1 was not imported: %2").arg(file.path, why);
    file.entryId = 0;
    file.goalIds.clear();
}

void Importer::store(ImportFileResult &file)
{
    if (file.failed() || !file.post)
        return;
    auto stored = store(*file.post);
    if (!stored) {
        forget(file, stored.error().message);
        return;
    }
    file.entryId = stored->entryId;
    file.goalIds = stored->goalIds;
}

void Importer::storeAsPart(ImportFileResult &file)
{
    Sql::Savepoint part(m_journal.database());
    store(file);
    if (Status saved = file.failed() ? Status(Done{}) : part.commit(); !saved)
        forget(file, saved.error().message);
}

void Importer::commitParts(Sql::Transaction &transaction, const QList<ImportFileResult *> &files)
{
    if (Status committed = transaction.commit(); !committed) {
        for (ImportFileResult *file : files) {
            if (!file->failed())
                forget(*file, committed.error().message);
        }
    }
}

void Importer::storeTogether(const QList<ImportFileResult *> &files)
{
    Sql::Transaction transaction(m_journal.database());
    for (ImportFileResult *file : files)
        storeAsPart(*file);
    commitParts(transaction, files);
}

QList<ImportFileResult> Importer::run(const QStringList &paths, const Options &options)
{
    // Files are read and parsed a chunk ahead on another thread while this one stores: on a
    // two-core machine that takes the parsing (about a fifth of an import) off the critical path.
    constexpr qsizetype chunkSize = 16;
    const QStringList files = collectFiles(paths);
    const auto prepareAll = [](const QStringList &chunk) {
        QList<ImportFileResult> prepared;
        for (const QString &path : chunk)
            prepared << prepare(path);
        return prepared;
    };
    QList<ImportFileResult> results;
    std::future<QList<ImportFileResult>> ahead = std::async(std::launch::async, prepareAll, files.mid(0, chunkSize));
    for (qsizetype start = 0; start < files.size(); start += chunkSize) {
        QList<ImportFileResult> chunk = ahead.get();
        if (start + chunkSize < files.size())
            ahead = std::async(std::launch::async, prepareAll, files.mid(start + chunkSize, chunkSize));
        // A chunk is one transaction, as in storeTogether(), with the progress and the cancel checked
        // between files.
        Sql::Transaction transaction(m_journal.database());
        QList<ImportFileResult *> done; // into `chunk`, which no longer grows
        bool cancelled = false;
        for (ImportFileResult &result : chunk) {
            if ((cancelled = options.cancel && options.cancel->load()))
                break;
            if (!options.dryRun)
                storeAsPart(result);
            done << &result;
            if (options.progress)
                options.progress(int(results.size() + done.size()), int(files.size()));
        }
        commitParts(transaction, done);
        for (ImportFileResult *result : std::as_const(done))
            results << std::move(*result);
        if (cancelled)
            break;
    }
    return results;
}

} // namespace hoego
