// Export budgets: a PDF book of 100 pages < 3 s; a Markdown folder of 1,000 entries < 2 s.
#include "corpus.h"
#include "exchange/exportbundle.h"
#include "exchange/markdownexport.h"
#include "exchange/pdfexport.h"
#include "journal/journal.h"

#include <benchmark/benchmark.h>

#include <QDir>
#include <QTemporaryDir>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// 1,000 entries (20 years × 50) of about 3,000 Korean characters each, in a fresh journal.
void BM_MarkdownExportThousandEntries(benchmark::State &state)
{
    QTemporaryDir dir;
    auto journal = Journal::open(dir.filePath(u"j.sqlite"_s), Journal::OpenMode::CreateIfMissing);
    if (!journal) {
        state.SkipWithError(journal.error().message.toStdString());
        return;
    }
    fillJournal(**journal, 20, 50, 3000);
    int run = 0;
    for (auto _ : state) {
        const QString out = dir.filePath(u"md-%1"_s.arg(++run));
        // Reading from the journal is part of it: `hoego export --all` does both.
        auto bundle = collectExport(**journal, {}, QDate(2025, 12, 31));
        auto report = bundle ? MarkdownExport::write(*bundle, out) : Result<ExportReport>(bundle.error());
        if (!report) {
            state.SkipWithError(report.error().message.toStdString());
            return;
        }
        state.counters["entries"] = report->entries;
        state.PauseTiming();
        QDir(out).removeRecursively();
        state.ResumeTiming();
    }
}
BENCHMARK(BM_MarkdownExportThousandEntries)->Unit(benchmark::kMillisecond)->Iterations(3);

// Fifteen long retrospectives (~7,000 characters each, with KPT items): about 100 A4 pages.
ExportBundle hundredPageBook()
{
    ExportBundle bundle;
    for (int i = 0; i < 15; ++i) {
        ExportedEntry exported;
        exported.entry.id = i + 1;
        exported.entry.kind = EntryKind::Month;
        exported.entry.period = *Period::parse(u"2025-%1"_s.arg(i % 12 + 1, 2, 10, QChar(u'0')));
        exported.entry.title = u"%1월 회고 (%2)"_s.arg(i % 12 + 1).arg(i / 12 + 1);
        exported.entry.body = generatedRetrospective(quint32(i + 1), 7000);
        exported.entry.written = exported.entry.period.end;
        for (int k = 0; k < 6; ++k)
            exported.kpt << KptItem{0, i + 1, KptSection(k % 3), u"다음 달에도 이어 갈 일 %1"_s.arg(k), k / 3};
        bundle.entries << exported;
    }
    return bundle;
}

void BM_PdfExportHundredPages(benchmark::State &state)
{
    QTemporaryDir dir;
    const ExportBundle bundle = hundredPageBook();
    for (auto _ : state) {
        auto report = PdfExport::write(bundle, dir.filePath(u"book.pdf"_s));
        if (!report) {
            state.SkipWithError(report.error().message.toStdString());
            return;
        }
        state.counters["pages"] = report->pages;
    }
}
BENCHMARK(BM_PdfExportHundredPages)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
