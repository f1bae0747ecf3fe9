// One main() for every test executable: a QApplication for UI tests (offscreen), a
// QCoreApplication otherwise, so that Qt's plugins (SQLite, platform) load as in the app.
#include "common/appinfo.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QStandardPaths>

#ifdef HOEGO_TEST_WIDGETS
#include <QApplication>
#endif

int main(int argc, char **argv)
{
    // Tests never touch the user's own journal, settings or display.
    QStandardPaths::setTestModeEnabled(true);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    ::testing::InitGoogleTest(&argc, argv);
#ifdef HOEGO_TEST_WIDGETS
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    hoego::AppInfo::applyToApplication();
    return RUN_ALL_TESTS();
}
