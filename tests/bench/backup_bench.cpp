#include "backup/backupstore.h"
#include "corpus.h"
#include "journal/journal.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// An open journal of 1,000 entries (20 years × 50 × ~5,000 Korean characters), made once.
Journal &thousandEntryJournal(QTemporaryDir &dir)
{
    static std::unique_ptr<Journal> journal;
    if (!journal) {
        auto opened = Journal::open(dir.filePath(u"thousand.sqlite"_s), Journal::OpenMode::CreateIfMissing);
        if (!opened)
            qFatal("Cannot create the benchmark journal: %s", qPrintable(opened.error().message));
        journal = std::move(*opened);
        fillJournal(*journal, 20, 50, 5000);
        qAddPostRoutine([] { journal.reset(); }); // closed while the application still exists
    }
    return *journal;
}

QTemporaryDir &benchDir()
{
    static QTemporaryDir dir;
    return dir;
}

// What closing the window costs on an ordinary day: one verified quit backup (VACUUM INTO,
// integrity_check, rotation). Budget: < 1 s on the 1,000-entry journal.
void BM_QuitBackupOfThousandEntryJournal(benchmark::State &state)
{
    Journal &journal = thousandEntryJournal(benchDir());
    BackupSettings settings;
    settings.folder = benchDir().filePath(u"backups"_s);
    BackupStore store(journal.path(), settings);
    (void)store.makeOnQuit(journal); // daily, weekly and monthly are made once, then not due
    for (auto _ : state) {
        auto made = store.makeOnQuit(journal);
        if (!made || made->size() != 1)
            state.SkipWithError("the quit backup failed");
    }
    state.counters["journal_MB"] = double(QFileInfo(journal.path()).size()) / 1e6;
}
BENCHMARK(BM_QuitBackupOfThousandEntryJournal)->Unit(benchmark::kMillisecond)->Iterations(5);

// The first quit of a month: quit, daily, weekly and monthly at once (one snapshot, three links).
void BM_QuitBackupAllDueOfThousandEntryJournal(benchmark::State &state)
{
    Journal &journal = thousandEntryJournal(benchDir());
    int round = 0;
    for (auto _ : state) {
        state.PauseTiming();
        BackupSettings settings;
        settings.folder = benchDir().filePath(u"all-due-%1"_s.arg(round++));
        BackupStore store(journal.path(), settings);
        state.ResumeTiming();
        auto made = store.makeOnQuit(journal);
        if (!made || made->size() != 4)
            state.SkipWithError("the quit backups failed");
    }
}
BENCHMARK(BM_QuitBackupAllDueOfThousandEntryJournal)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace
