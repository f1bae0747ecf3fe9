// Launch of the real `hoego` binary on a virtual X display until its window is mapped. Budget: < 250 ms
// with a journal of 20 years.
#include "corpus.h"
#include "journal/journal.h"

#include <benchmark/benchmark.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>

#ifdef HOEGO_BENCH_HAS_XCB
#include <poll.h>
#include <xcb/xcb.h>
#endif

using namespace hoego;
using namespace Qt::StringLiterals;

namespace hoego::bench
{

// A closed journal of `years` years × 50 entries × ~5,000 Korean characters, written once per process
// (editor_bench.cpp copies the 20-year one).
QString journalOfYears(int years)
{
    static std::map<int, std::unique_ptr<QTemporaryDir>> *dirs = nullptr;
    if (!dirs) {
        dirs = new std::map<int, std::unique_ptr<QTemporaryDir>>;
        qAddPostRoutine([] {
            delete dirs;
            dirs = nullptr;
        });
    }
    std::unique_ptr<QTemporaryDir> &dir = (*dirs)[years];
    if (!dir) {
        dir = std::make_unique<QTemporaryDir>();
        auto journal = Journal::open(dir->filePath(u"journal.sqlite"_s), Journal::OpenMode::CreateIfMissing);
        if (!journal)
            qFatal("Cannot create the benchmark journal: %s", qPrintable(journal.error().message));
        fillJournal(**journal, years, 50, 5000);
    }
    return dir->filePath(u"journal.sqlite"_s);
}

} // namespace hoego::bench

namespace
{

// An Xvfb display of our own for as long as the benchmark runs.
class VirtualDisplay
{
public:
    VirtualDisplay()
    {
        for (int number = 140 + int(QCoreApplication::applicationPid() % 100); number < 500; ++number) {
            if (QFile::exists(u"/tmp/.X11-unix/X%1"_s.arg(number)) || QFile::exists(u"/tmp/.X%1-lock"_s.arg(number)))
                continue;
            m_server.start(u"Xvfb"_s,
                           {u":%1"_s.arg(number), u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-nolisten"_s, u"tcp"_s});
            if (!m_server.waitForStarted())
                return;
            for (int i = 0; i < 100 && !QFile::exists(u"/tmp/.X11-unix/X%1"_s.arg(number)); ++i)
                QThread::msleep(50);
            m_name = u":%1"_s.arg(number);
            return;
        }
    }
    ~VirtualDisplay()
    {
        m_server.terminate();
        m_server.waitForFinished(3000);
    }
    VirtualDisplay(const VirtualDisplay &) = delete;
    VirtualDisplay &operator=(const VirtualDisplay &) = delete;
    QString name() const { return m_name; }

private:
    QProcess m_server;
    QString m_name;
};

#ifdef HOEGO_BENCH_HAS_XCB
// Watches the display's root window for top-level windows being mapped (MapNotify): the moment is
// known from the X server's event, so the resolution is the wake-up of poll(), well under 1 ms,
// unlike polling `xdotool search --onlyvisible` (a process start per look, ~5–10 ms).
class MapWatcher
{
public:
    explicit MapWatcher(const QString &display)
    {
        m_connection = xcb_connect(display.toLocal8Bit().constData(), nullptr);
        if (xcb_connection_has_error(m_connection))
            return;
        m_root = xcb_setup_roots_iterator(xcb_get_setup(m_connection)).data->root;
        const uint32_t mask = XCB_EVENT_MASK_SUBSTRUCTURE_NOTIFY;
        xcb_change_window_attributes(m_connection, m_root, XCB_CW_EVENT_MASK, &mask);
        m_netWmName = atom("_NET_WM_NAME");
        xcb_flush(m_connection);
    }
    ~MapWatcher() { xcb_disconnect(m_connection); }
    MapWatcher(const MapWatcher &) = delete;
    MapWatcher &operator=(const MapWatcher &) = delete;

    bool isValid() const { return m_root != 0 && !xcb_connection_has_error(m_connection); }

    void discardEvents()
    {
        while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection))
            std::free(event);
    }

    // Waits until a window whose title contains `title` is mapped; returns when, on `clock`, or -1.
    qint64 waitForMapped(const QByteArray &title, const QElapsedTimer &clock, int timeoutMs)
    {
        while (clock.elapsed() < timeoutMs) {
            while (xcb_generic_event_t *event = xcb_poll_for_event(m_connection)) {
                const qint64 at = clock.nsecsElapsed();
                const bool mapped = (event->response_type & 0x7f) == XCB_MAP_NOTIFY;
                const xcb_window_t window = mapped ? reinterpret_cast<xcb_map_notify_event_t *>(event)->window : 0;
                std::free(event);
                if (mapped && titleOf(window).contains(title))
                    return at;
            }
            if (xcb_connection_has_error(m_connection))
                return -1;
            pollfd descriptor{xcb_get_file_descriptor(m_connection), POLLIN, 0};
            ::poll(&descriptor, 1, 50);
        }
        return -1;
    }

private:
    xcb_atom_t atom(const char *name)
    {
        const auto cookie = xcb_intern_atom(m_connection, 0, uint16_t(qstrlen(name)), name);
        std::unique_ptr<xcb_intern_atom_reply_t, decltype(&std::free)> reply(
            xcb_intern_atom_reply(m_connection, cookie, nullptr), &std::free);
        return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
    }

    QByteArray titleOf(xcb_window_t window)
    {
        const auto cookie =
            xcb_get_property(m_connection, 0, window, m_netWmName, XCB_GET_PROPERTY_TYPE_ANY, 0, 1024);
        std::unique_ptr<xcb_get_property_reply_t, decltype(&std::free)> reply(
            xcb_get_property_reply(m_connection, cookie, nullptr), &std::free);
        if (!reply)
            return {};
        return QByteArray(static_cast<const char *>(xcb_get_property_value(reply.get())),
                          xcb_get_property_value_length(reply.get()));
    }

    xcb_connection_t *m_connection = nullptr;
    xcb_window_t m_root = 0;
    xcb_atom_t m_netWmName = XCB_ATOM_NONE;
};
#endif

// From QProcess::start of `hoego --journal PATH` to its main window being mapped on an Xvfb display
// of our own. Arg: years in the journal (20: 1,000 entries, the budget's case; 1: what the journal's
// size adds). The first launch (cold caches) is reported apart, as
// cold_ms; the app is terminated after each launch so that its journal lock goes with it.
void BM_LaunchToVisibleWindow(benchmark::State &state)
{
#ifndef HOEGO_BENCH_HAS_XCB
    state.SkipWithError("needs libxcb (libxcb1-dev) to see the window being mapped");
    return;
#else
    if (QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty()) {
        state.SkipWithError("needs Xvfb (packaging/deps.txt)");
        return;
    }
    const QString journal = hoego::bench::journalOfYears(int(state.range(0)));
    VirtualDisplay display;
    if (display.name().isEmpty()) {
        state.SkipWithError("Xvfb did not start");
        return;
    }
    MapWatcher watcher(display.name());
    if (!watcher.isValid()) {
        state.SkipWithError("cannot connect to the Xvfb display");
        return;
    }
    QTemporaryDir home; // settings and data the app might write stay out of the user's home
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DISPLAY"_s, display.name());
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_STATE_HOME"_s, home.filePath(u"state"_s));

    // Launches once; the time to the mapped window in ms, or -1.
    const auto launch = [&](QString *error) -> double {
        watcher.discardEvents();
        QProcess app;
        app.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        app.start(QStringLiteral(HOEGO_BINARY), {u"--journal"_s, journal});
        const qint64 mappedAt = watcher.waitForMapped("Hoego", clock, 10000);
        app.terminate();
        if (!app.waitForFinished(5000)) {
            app.kill();
            app.waitForFinished(5000);
        }
        if (mappedAt < 0)
            *error = u"no window within 10 s: "_s + QString::fromLocal8Bit(app.readAllStandardError());
        return mappedAt < 0 ? -1.0 : double(mappedAt) / 1e6;
    };

    QString error;
    const double cold = launch(&error);
    QList<double> times;
    for (auto _ : state) {
        const double ms = launch(&error);
        if (ms < 0) {
            state.SkipWithError(error.toStdString());
            return;
        }
        state.SetIterationTime(ms / 1000.0);
        times.append(ms);
    }
    std::sort(times.begin(), times.end());
    state.counters["cold_ms"] = cold;
    state.counters["p50_ms"] = times.at(times.size() / 2);
    state.counters["max_ms"] = times.last();
#endif
}
BENCHMARK(BM_LaunchToVisibleWindow)->Arg(20)->Arg(1)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(10);

} // namespace
