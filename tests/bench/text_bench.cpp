#include "corpus.h"
#include "text/textstats.h"

#include <benchmark/benchmark.h>

using namespace hoego;

namespace
{

// The status bar recounts after each pause in typing: it must stay well inside a frame.
void BM_TextStatsOfThirtyThousandCharacters(benchmark::State &state)
{
    const QString text = generatedRetrospective(3, 30000);
    for (auto _ : state) {
        TextStats stats = textStatsOfMarkdown(text);
        benchmark::DoNotOptimize(stats);
    }
}
BENCHMARK(BM_TextStatsOfThirtyThousandCharacters)->Unit(benchmark::kMillisecond);

} // namespace
