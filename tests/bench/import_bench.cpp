#include "corpus.h"
#include "exchange/importer.h"
#include "journal/journal.h"

#include <benchmark/benchmark.h>

#include <QTemporaryDir>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// Importing 1,000 posts (reading, decoding, parsing, storing entry + its KPT items + 3 goals per post,
// each post a savepoint in a transaction of 16) into a fresh journal, as `hoego import` does. Budget: < 5 s.
void BM_ImportThousandPosts(benchmark::State &state)
{
    const QString folder = thousandPostsFolder();
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir journalDir;
        auto journal = Journal::open(journalDir.filePath(u"import.sqlite"_s), Journal::OpenMode::CreateIfMissing);
        if (!journal) {
            state.SkipWithError(journal.error().message.toStdString());
            return;
        }
        state.ResumeTiming();
        const QList<ImportFileResult> results = Importer(**journal).run({folder}, {});
        if (results.size() != 1000 || results.first().failed() || results.first().post->goals.size() != 3) {
            state.SkipWithError("the generated posts did not import as expected");
            return;
        }
        state.PauseTiming();
        journal->reset();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_ImportThousandPosts)->Unit(benchmark::kMillisecond)->Iterations(3);

// The same 1,000 files read, decoded and parsed without storing (hoego import --dry-run, the dialog's
// preview): the share of the import that is not the journal's.
void BM_DryRunThousandPosts(benchmark::State &state)
{
    const QString folder = thousandPostsFolder();
    for (auto _ : state) {
        QList<ImportFileResult> results;
        for (const QString &path : Importer::collectFiles({folder}))
            results << Importer::prepare(path);
        if (results.size() != 1000) {
            state.SkipWithError("the generated posts were not all read");
            return;
        }
    }
}
BENCHMARK(BM_DryRunThousandPosts)->Unit(benchmark::kMillisecond)->Iterations(3);

// The parsing alone (what the import dialog's preview does on its worker thread), per post.
void BM_ParseOnePost(benchmark::State &state)
{
    const QString text = generatedPost(7);
    for (auto _ : state)
        benchmark::DoNotOptimize(parsePost(text, u"2024-12-30-retrospective.md"_s));
}
BENCHMARK(BM_ParseOnePost)->Unit(benchmark::kMicrosecond);

} // namespace
