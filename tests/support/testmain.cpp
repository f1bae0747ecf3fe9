// One main() for every test executable: a QApplication for UI tests (offscreen), a
// QCoreApplication otherwise, so that Qt's plugins (SQLite, platform) load as in the app.
#include "common/appinfo.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#ifdef HOEGO_TEST_WIDGETS
#include <QApplication>
#endif

namespace
{

// Every test starts from default preferences: what one test stores (a window's geometry, the last
// entry) must not steer the next.
class FreshSettings : public ::testing::EmptyTestEventListener
{
    void OnTestStart(const ::testing::TestInfo &) override { QSettings().clear(); }
};

} // namespace

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
    // Settings in a folder of this process: test executables run in parallel.
    QTemporaryDir settingsFolder;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsFolder.path());
    ::testing::UnitTest::GetInstance()->listeners().Append(new FreshSettings);
    return RUN_ALL_TESTS();
}
