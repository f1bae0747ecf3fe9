#include "corpus.h"
#include "exchange/importer.h"
#include "journal/journal.h"

#include <benchmark/benchmark.h>

#include <QFile>
#include <QTemporaryDir>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// A blog's worth of posts as files: Jekyll front matter, ~5,000 characters of generated Korean prose,
// a KPT block in headings and a goals list, as the fixtures have them.
QString postText(int index)
{
    const int year = 2000 + index % 25;
    QString text = u"---\ntitle: \"%1년 회고 %2\"\ndate: %1-12-30\ntags: [회고]\n---\n\n"_s.arg(year).arg(index);
    text += generatedRetrospective(quint32(index), 5000);
    text += u"\n\n## Keep\n\n- 아침마다 30분 읽기\n- 주간 회고 메모\n\n## Problem\n\n- 야근이 잦았다\n\n## Try\n\n- 저녁 9시 이후 슬랙 끄기\n"_s;
    text += u"\n## %1년 목표\n\n- 책 15권 읽고 7권 서평\n- 주 3회 50분 이상 조깅\n- 논문 2편 리뷰\n"_s.arg(year + 1);
    return text;
}

const QTemporaryDir &thousandPosts()
{
    static QTemporaryDir dir;
    static bool written = false;
    if (!written) {
        for (int i = 0; i < 1000; ++i) {
            QFile file(dir.filePath(u"%1-post.md"_s.arg(i, 4, 10, QChar(u'0'))));
            if (!file.open(QIODevice::WriteOnly) || file.write(postText(i).toUtf8()) < 0)
                qFatal("Cannot write the benchmark posts");
        }
        written = true;
    }
    return dir;
}

// Importing 1,000 posts (reading, decoding, parsing, storing entry + its KPT items + 3 goals per post,
// each post a savepoint in a transaction of 16) into a fresh journal, as `hoego import` does. Budget: < 5 s.
void BM_ImportThousandPosts(benchmark::State &state)
{
    const QString folder = thousandPosts().path();
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
    const QString folder = thousandPosts().path();
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
    const QString text = postText(7);
    for (auto _ : state)
        benchmark::DoNotOptimize(parsePost(text, u"2024-12-30-retrospective.md"_s));
}
BENCHMARK(BM_ParseOnePost)->Unit(benchmark::kMicrosecond);

} // namespace
