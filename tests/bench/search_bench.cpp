#include "corpus.h"
#include "journal/journal.h"
#include "search/search.h"
#include "search/searchindex.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <memory>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// 20 years × 50 entries × ~5,000 Korean characters: the journal of KOREAN.md's search budget.
struct SearchCorpus {
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
};

SearchCorpus *s_corpus = nullptr;

// Written once per process, on first use, and closed while the QCoreApplication still exists.
Journal &searchJournal()
{
    if (!s_corpus) {
        s_corpus = new SearchCorpus;
        const QString path = s_corpus->dir.filePath(u"search.sqlite"_s);
        {
            auto created = Journal::open(path, Journal::OpenMode::CreateIfMissing);
            if (!created)
                qFatal("Cannot create the benchmark journal: %s", qPrintable(created.error().message));
            QElapsedTimer timer;
            timer.start();
            fillJournal(**created, 20, 50, 5000);
            qInfo("search corpus: 1,000 entries written in %lld ms", timer.elapsed());
        }
        // Searched as the app finds it: opened again, with the write-ahead log folded into the file.
        auto opened = Journal::open(path, Journal::OpenMode::ExistingOnly);
        if (!opened)
            qFatal("Cannot reopen the benchmark journal: %s", qPrintable(opened.error().message));
        s_corpus->journal = std::move(*opened);
        qAddPostRoutine([] {
            delete s_corpus;
            s_corpus = nullptr;
        });
    }
    return *s_corpus->journal;
}

void BM_Search(benchmark::State &state, const QString &query)
{
    const QSqlDatabase db = searchJournal().database();
    qsizetype hits = 0;
    for (auto _ : state) {
        auto found = search(db, query);
        if (!found) {
            state.SkipWithError(found.error().message.toStdString());
            return;
        }
        hits = found->size(); // search() reads the journal: nothing here can be optimised away
    }
    state.counters["hits"] = double(hits);
}

BENCHMARK_CAPTURE(BM_Search, OneSyllable, u"책"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, TwoSyllables, u"영어"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, ThreeSyllables, u"달리기"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, English, u"kubernetes"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, TwoTermsAnd, u"영어 목표"_s)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Search, ShortAndLongAnd, u"책 달리기"_s)->Unit(benchmark::kMillisecond);
// The worst case: a syllable in nearly every sentence of every entry.
BENCHMARK_CAPTURE(BM_Search, CommonestSyllable, u"다"_s)->Unit(benchmark::kMillisecond);

// The tokens of the short-term index for a long entry: part of every save (budget: < 20 ms in all).
void BM_SearchIndexTextOf30000Characters(benchmark::State &state)
{
    const QString body = generatedRetrospective(7, 30000);
    for (auto _ : state)
        benchmark::DoNotOptimize(SearchIndex::syllableText(body));
}
BENCHMARK(BM_SearchIndexTextOf30000Characters)->Unit(benchmark::kMillisecond);

} // namespace
