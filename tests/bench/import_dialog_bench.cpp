// File ▸ Import…: the window's path for the same 1,000 posts that BM_ImportThousandPosts imports
// through `hoego import`.
#include "corpus.h"
#include "exchange/importdialog.h"
#include "journal/journal.h"

#include <benchmark/benchmark.h>

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// Runs the event loop until `signal` of `dialog` comes, or a minute has gone; true when it came.
template<typename Signal>
bool waitFor(ImportDialog &dialog, Signal signal)
{
    QEventLoop loop;
    bool came = false;
    QObject::connect(&dialog, signal, &loop, [&loop, &came] {
        came = true;
        loop.quit();
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return came;
}

// From the Import button to "Imported 1,000": storing every post (entry, KPT items, goals) with the
// dialog's progress and outcomes kept current, the preview already read. Budget: < 5 s, as on the
// command line.
void BM_ImportDialogThousandPosts(benchmark::State &state)
{
    const QString folder = thousandPostsFolder();
    for (auto _ : state) {
        QTemporaryDir journalDir;
        auto journal = Journal::open(journalDir.filePath(u"import.sqlite"_s), Journal::OpenMode::CreateIfMissing);
        if (!journal) {
            state.SkipWithError(journal.error().message.toStdString());
            return;
        }
        {
            ImportDialog dialog(**journal);
            dialog.addPaths({folder});
            if (!waitFor(dialog, &ImportDialog::previewReady)) {
                state.SkipWithError("the preview did not finish");
                return;
            }
            int imported = 0;
            QObject::connect(&dialog, &ImportDialog::importFinished, &dialog, [&imported](int count) { imported = count; });
            const auto start = std::chrono::steady_clock::now();
            QTimer::singleShot(0, &dialog, &ImportDialog::startImport);
            if (!waitFor(dialog, &ImportDialog::importFinished) || imported != 1000) {
                state.SkipWithError("the posts did not all import");
                return;
            }
            state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        }
        journal->reset();
    }
}
BENCHMARK(BM_ImportDialogThousandPosts)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);

} // namespace
