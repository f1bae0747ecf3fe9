#include "support/clirunner.h"

#include <QProcess>
#include <QTemporaryDir>

namespace hoego::test
{

QJsonDocument CliRun::json() const
{
    return QJsonDocument::fromJson(out.toUtf8());
}

CliRun runHoego(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &extra)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // Headless means headless: no display to fall back on.
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.remove(QStringLiteral("HOEGO_JOURNAL"));
    // Backups (app data) and settings of the hoego under test stay out of the user's own folders.
    static const QTemporaryDir home;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(extra);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(HOEGO_BINARY), arguments);
    process.waitForStarted();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace hoego::test
