// The editor in process, as the user meets it: a MainWindow on the 20-year journal, shown on the
// offscreen platform (see ui_bench_main.cpp), with Markdown highlighting on. Times are measured
// around exactly the work in question (UseManualTime); the set-up of each iteration is not counted.
#include "corpus.h"
#include "editor/markdowneditor.h"
#include "entries/entrysession.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "spelling/spellcheckdecorator.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QTemporaryDir>
#include <QTextCursor>

#include <algorithm>
#include <chrono>
#include <memory>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace hoego::bench
{
QString journalOfYears(int years); // launch_bench.cpp
}

namespace
{

// The 20-year journal (copied, so the launch benchmark keeps its own) plus three 2025 entries of
// 100,000, 30,000 and 500 characters. Made once per process and kept open.
struct EditorJournal {
    QTemporaryDir dir;
    std::unique_ptr<Journal> journal;
    qint64 hundredThousand = 0;
    qint64 thirtyThousand = 0;
    qint64 shortEntry = 0;
};

qint64 addEntry(EntryStore &store, const QString &title, int chars)
{
    Entry draft;
    draft.kind = EntryKind::Note;
    draft.period = *Period::parse(u"2025-12"_s);
    draft.title = title;
    draft.body = generatedRetrospective(quint32(chars), chars);
    draft.written = QDate(2025, 12, 31);
    auto id = store.create(draft);
    if (!id)
        qFatal("Cannot add a benchmark entry: %s", qPrintable(id.error().message));
    return *id;
}

EditorJournal &editorJournal()
{
    static EditorJournal *fixture = nullptr;
    if (!fixture) {
        fixture = new EditorJournal;
        const QString source = hoego::bench::journalOfYears(20);
        const QString path = fixture->dir.filePath(u"editor.sqlite"_s);
        for (const QString &suffix : {QString(), u"-wal"_s}) {
            if (QFile::exists(source + suffix) && !QFile::copy(source + suffix, path + suffix))
                qFatal("Cannot copy the benchmark journal");
        }
        auto journal = Journal::open(path, Journal::OpenMode::ExistingOnly);
        if (!journal)
            qFatal("Cannot open the benchmark journal: %s", qPrintable(journal.error().message));
        fixture->journal = std::move(*journal);
        EntryStore store(*fixture->journal);
        fixture->hundredThousand = addEntry(store, u"십만 자 회고"_s, 100000);
        fixture->thirtyThousand = addEntry(store, u"삼만 자 회고"_s, 30000);
        fixture->shortEntry = addEntry(store, u"짧은 메모"_s, 500);
        qAddPostRoutine([] {
            delete fixture;
            fixture = nullptr;
        });
    }
    return *fixture;
}

// Lets the window handle what is posted (layout, update requests) without waiting for timers.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QApplication::processEvents();
}

// A shown window with entry `id` open. Autosaves are pushed out of the way: the save has a
// benchmark of its own, and keystroke timings would otherwise include one every 1.5 s.
std::unique_ptr<MainWindow> shownWindow(qint64 id)
{
    auto window = std::make_unique<MainWindow>(*editorJournal().journal, id);
    window->session()->setAutosaveDelay(3600 * 1000);
    window->show();
    settle();
    return window;
}

// One keystroke of a Hangul syllable (as a committed key event), delivered to the editor.
void typeSyllable(MarkdownEditor *editor, int count)
{
    static const QString syllables = u"가나다라마바사아자차카타파하"_s;
    QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(syllables.at(count % syllables.size())));
    QApplication::sendEvent(editor, &press);
}

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void reportPercentiles(benchmark::State &state, QList<double> times)
{
    if (times.isEmpty())
        return;
    std::sort(times.begin(), times.end());
    const auto at = [&](double fraction) {
        return times.at(std::min(qsizetype(fraction * double(times.size())), times.size() - 1));
    };
    state.counters["p50_ms"] = at(0.50);
    state.counters["p99_ms"] = at(0.99);
    state.counters["max_ms"] = times.last();
}

// MainWindow::openEntry of a 100,000-character entry, coming from a short one, until the editor has
// painted its visible part (highlighted, since highlighting runs as the text is set). Budget: < 150 ms.
void BM_OpenHundredThousandCharacterEntry(benchmark::State &state)
{
    EditorJournal &fixture = editorJournal();
    auto window = shownWindow(fixture.shortEntry);
    QList<double> times;
    for (auto _ : state) {
        if (!window->openEntry(fixture.shortEntry)) {
            state.SkipWithError("cannot open the short entry");
            return;
        }
        settle();
        const auto start = std::chrono::steady_clock::now();
        const bool opened = window->openEntry(fixture.hundredThousand);
        window->editor()->viewport()->repaint();
        QApplication::processEvents();
        const double ms = millisecondsSince(start);
        if (!opened) {
            state.SkipWithError("cannot open the 100,000-character entry");
            return;
        }
        state.SetIterationTime(ms / 1000.0);
        times.append(ms);
    }
    reportPercentiles(state, times);
}
BENCHMARK(BM_OpenHundredThousandCharacterEntry)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(20);

// Runs the event loop until `done` (at most 30 s).
template<typename Done>
bool waitFor(Done done)
{
    const auto start = std::chrono::steady_clock::now();
    while (!done() && millisecondsSince(start) < 30000)
        QApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

// Spellcheck on (dictionaries loaded, the whole entry checked) or off.
bool prepareSpelling(MainWindow &window, bool on)
{
    SpellcheckDecorator *spelling = window.spelling();
    spelling->setEnabled(true); // the journal remembers the last choice: start from on
    if (!waitFor([spelling] { return spelling->isLoaded() && spelling->isIdle(); }))
        return false;
    spelling->setEnabled(on);
    return waitFor([spelling] { return spelling->isIdle(); });
}

// One Hangul keystroke into a 30,000-character entry until the editor's viewport is repainted
// (then whatever the keystroke posted is handled too). First arg 0: typing at the end, where the
// entry opens; 1: typing in the middle. Second arg: spellcheck off (0) or on (1, dictionaries
// loaded; the changed paragraph goes to the worker and its underlines come back while typing goes
// on). Budget: p99 < 16 ms.
void BM_KeystrokeToRepaint(benchmark::State &state)
{
    EditorJournal &fixture = editorJournal();
    auto window = shownWindow(fixture.thirtyThousand);
    MarkdownEditor *editor = window->editor();
    if (!prepareSpelling(*window, state.range(1) == 1)) {
        state.SkipWithError("spellcheck did not load");
        return;
    }
    if (state.range(0) == 1) {
        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(editor->document()->characterCount() / 2);
        editor->setTextCursor(cursor);
        editor->ensureCursorVisible();
        settle();
    }
    QList<double> times;
    int count = 0;
    for (auto _ : state) {
        const auto start = std::chrono::steady_clock::now();
        typeSyllable(editor, count++);
        editor->viewport()->repaint();
        QApplication::processEvents();
        const double ms = millisecondsSince(start);
        state.SetIterationTime(ms / 1000.0);
        times.append(ms);
    }
    reportPercentiles(state, times);
}
BENCHMARK(BM_KeystrokeToRepaint)->Args({0, 0})->Args({1, 0})->Args({0, 1})->Args({1, 1})->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(1000);

// Opening a 30,000-character entry (coming from a short one) until its last underline is painted:
// the whole entry goes to the spellcheck worker in one batch and comes back as underlines.
void BM_OpenToLastUnderline(benchmark::State &state)
{
    EditorJournal &fixture = editorJournal();
    auto window = shownWindow(fixture.shortEntry);
    SpellcheckDecorator *spelling = window->spelling();
    if (!prepareSpelling(*window, true)) {
        state.SkipWithError("spellcheck did not load");
        return;
    }
    QList<double> times;
    size_t underlines = 0;
    for (auto _ : state) {
        if (!window->openEntry(fixture.shortEntry) || !waitFor([spelling] { return spelling->isIdle(); })) {
            state.SkipWithError("cannot open the short entry");
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        window->openEntry(fixture.thirtyThousand);
        if (!waitFor([spelling] { return spelling->isIdle(); })) {
            state.SkipWithError("spellcheck did not answer");
            return;
        }
        window->editor()->viewport()->repaint();
        const double ms = millisecondsSince(start);
        underlines = spelling->flags().size();
        state.SetIterationTime(ms / 1000.0);
        times.append(ms);
    }
    state.counters["underlines"] = double(underlines);
    reportPercentiles(state, times);
}
BENCHMARK(BM_OpenToLastUnderline)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(10);

// EntrySession::save() of the open 30,000-character entry after one keystroke, as autosave calls it:
// the transaction with the search indexes (and a revision when due), then the lists updating.
// Budget: < 20 ms.
void BM_SaveThroughTheSession(benchmark::State &state)
{
    EditorJournal &fixture = editorJournal();
    auto window = shownWindow(fixture.thirtyThousand);
    EntrySession *session = window->session();
    // Where the time goes: the session turns Saved right after the transaction and only then emits
    // `saved`, on which the window reloads its lists; after_commit_ms is that reload.
    std::chrono::steady_clock::time_point committed;
    QObject::connect(session, &EntrySession::stateChanged, window.get(), [&committed](EntrySession::State now) {
        if (now == EntrySession::State::Saved)
            committed = std::chrono::steady_clock::now();
    });
    QList<double> times;
    double afterCommit = 0;
    int count = 0;
    for (auto _ : state) {
        typeSyllable(window->editor(), count++);
        settle();
        if (session->state() != EntrySession::State::Unsaved) {
            state.SkipWithError("the keystroke did not change the entry");
            return;
        }
        const auto start = std::chrono::steady_clock::now();
        Status saved = session->save();
        const auto end = std::chrono::steady_clock::now();
        const double ms = std::chrono::duration<double, std::milli>(end - start).count();
        if (!saved) {
            state.SkipWithError(saved.error().message.toStdString());
            return;
        }
        afterCommit += std::chrono::duration<double, std::milli>(end - committed).count();
        state.SetIterationTime(ms / 1000.0);
        times.append(ms);
    }
    reportPercentiles(state, times);
    state.counters["after_commit_ms"] = benchmark::Counter(afterCommit, benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_SaveThroughTheSession)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(100);

} // namespace
