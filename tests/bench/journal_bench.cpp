#include "journal/journal.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

using namespace hoego;

namespace
{

// Opening an existing journal: header check, lock, integrity check, pragmas.
void BM_OpenEmptyJournal(benchmark::State &state)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    { auto created = Journal::open(path, Journal::OpenMode::CreateIfMissing); }
    for (auto _ : state) {
        auto journal = Journal::open(path, Journal::OpenMode::ExistingOnly);
        if (!journal)
            state.SkipWithError("open failed");
    }
}
BENCHMARK(BM_OpenEmptyJournal)->Unit(benchmark::kMillisecond);

} // namespace
