#pragma once

#include "common/result.h"
#include "markdownimport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace hoego
{

class Journal;
namespace Sql
{
class Transaction;
}

// What became of one file: what Hoego read from it, or why it could not.
struct ImportFileResult {
    QString path;
    std::optional<ImportedPost> post; // empty when the file could not be read
    QString problem;                  // why nothing of it was imported; empty when it was (or would be)
    QString decodedFrom;              // the legacy encoding it was read in ("EUC-KR (CP949)"); empty for UTF-8
    qint64 entryId = 0;               // 0 on a dry run and on failure
    QList<qint64> goalIds;

    bool failed() const { return !problem.isEmpty(); }
};

// Turns Markdown and text files (blog posts, old retrospectives) into entries with their KPT items
// and goals. Plain code: the window runs it on a worker thread, the CLI directly.
class Importer
{
public:
    // Files up to this size are read; a larger one is refused by its size, without reading it.
    static constexpr qint64 maximumFileBytes = 10 * 1024 * 1024;

    // The files `paths` name: files as given, folders searched recursively for .md, .markdown and
    // .txt files (sorted). A path that cannot be used is kept, so that its result says why.
    [[nodiscard]] static QStringList collectFiles(const QStringList &paths);
    // Reads, decodes and parses one file; touches no journal, so it may run on any thread.
    [[nodiscard]] static ImportFileResult prepare(const QString &path);

    explicit Importer(Journal &journal);

    struct Stored {
        qint64 entryId = 0;
        QList<qint64> goalIds;
    };
    // Stores one post as one transaction: its entry, KPT items and goals, or nothing of it.
    [[nodiscard]] Result<Stored> store(const ImportedPost &post);
    // Stores a prepared file that has no problem; on failure the result says why.
    void store(ImportFileResult &file);
    // The same for several files as one transaction, each file a savepoint in it (a commit per file
    // costs a sixth of an import): a file that fails adds nothing and says why; the others are stored.
    void storeTogether(const QList<ImportFileResult *> &files);

    struct Options {
        bool dryRun = false;
        std::function<void(int done, int total)> progress;
        const std::atomic_bool *cancel = nullptr; // checked between files
    };
    // prepare() and (unless a dry run) store() for every file of `paths`, in order. A file that
    // fails is reported and the others are still imported.
    [[nodiscard]] QList<ImportFileResult> run(const QStringList &paths, const Options &options);

private:
    // Marks a file as not imported (its changes were rolled back), saying why.
    static void forget(ImportFileResult &file, const QString &why);
    // Stores a file as a savepoint of the open transaction: all of it, or nothing and why.
    void storeAsPart(ImportFileResult &file);
    // Commits the transaction the files were stored in; if that fails, none of them was imported.
    static void commitParts(Sql::Transaction &transaction, const QList<ImportFileResult *> &files);

    Journal &m_journal;
};

} // namespace hoego
