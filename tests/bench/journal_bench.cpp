#include "corpus.h"
#include "journal/entrystore.h"
#include "journal/journal.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// A closed journal of 20 years × 50 entries × ~5,000 Korean characters, written once per process.
QString twentyYearJournal()
{
    static QTemporaryDir *dir = nullptr;
    if (!dir) {
        dir = new QTemporaryDir;
        auto journal = Journal::open(dir->filePath(u"twenty-years.sqlite"_s), Journal::OpenMode::CreateIfMissing);
        if (!journal)
            qFatal("Cannot create the benchmark journal: %s", qPrintable(journal.error().message));
        fillJournal(**journal, 20, 50, 5000);
        qAddPostRoutine([] {
            delete dir;
            dir = nullptr;
        });
    }
    return dir->filePath(u"twenty-years.sqlite"_s);
}

// Opening: header check, lock, integrity check (quick_check), pragmas. Budget: < 50 ms.
void BM_OpenTwentyYearJournal(benchmark::State &state)
{
    const QString path = twentyYearJournal();
    for (auto _ : state) {
        auto journal = Journal::open(path, Journal::OpenMode::ExistingOnly);
        if (!journal) {
            state.SkipWithError(journal.error().message.toStdString());
            return;
        }
    }
}
BENCHMARK(BM_OpenTwentyYearJournal)->Unit(benchmark::kMillisecond);

// Saving a 30,000-character entry, as autosave does: one transaction with the search indexes and a
// revision when due. Budget: < 20 ms.
void BM_SaveThirtyThousandCharacterEntry(benchmark::State &state)
{
    auto journal = Journal::open(twentyYearJournal(), Journal::OpenMode::ExistingOnly);
    if (!journal) {
        state.SkipWithError(journal.error().message.toStdString());
        return;
    }
    EntryStore store(**journal);
    Entry entry = *store.get(store.list()->first().id);
    const QString base = generatedRetrospective(7, 30000);
    int keystroke = 0;
    for (auto _ : state) {
        // Each save differs by what a few seconds of typing adds.
        entry.body = base + QString(++keystroke % 40, u'글');
        if (Status saved = store.update(entry); !saved) {
            state.SkipWithError(saved.error().message.toStdString());
            return;
        }
    }
}
BENCHMARK(BM_SaveThirtyThousandCharacterEntry)->Unit(benchmark::kMillisecond);

// `hoego list --json` as a process, start to exit. Budget: < 150 ms.
void BM_ListJsonAsAProcess(benchmark::State &state)
{
    const QString path = twentyYearJournal();
    for (auto _ : state) {
        QProcess process;
        process.start(QStringLiteral(HOEGO_BINARY), {u"--journal"_s, path, u"list"_s, u"--json"_s});
        process.waitForFinished(10000);
        if (process.exitCode() != 0) {
            state.SkipWithError(process.readAllStandardError().toStdString());
            return;
        }
        benchmark::DoNotOptimize(process.readAllStandardOutput());
    }
}
BENCHMARK(BM_ListJsonAsAProcess)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
