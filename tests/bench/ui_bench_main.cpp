// Google Benchmark's main for the UI benchmarks, inside a QApplication. The in-process benchmarks
// draw on the offscreen platform unless QT_QPA_PLATFORM says otherwise (set it to xcb, with DISPLAY,
// to measure on a real display on purpose); the launch benchmark starts its own Xvfb either way.
#include "common/appinfo.h"

#include <benchmark/benchmark.h>

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // Never the user's own settings or data.
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    hoego::AppInfo::applyToApplication();
    ::benchmark::Initialize(&argc, argv);
    if (::benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    ::benchmark::RunSpecifiedBenchmarks();
    ::benchmark::Shutdown();
    return 0;
}
