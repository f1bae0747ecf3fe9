#include "appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hoego::AppInfo
{

QString version()
{
    return QStringLiteral(HOEGO_VERSION);
}

QString applicationId()
{
    return QStringLiteral(HOEGO_APP_ID);
}

void applyToApplication()
{
    // No organisation name, so that the app-data folder is ~/.local/share/hoego. QSettings then names
    // its folder after the domain (~/.config/hoego.org/hoego.conf); without one it would be
    // "Unknown Organization".
    QCoreApplication::setApplicationName(u"hoego"_s);
    QCoreApplication::setOrganizationDomain(u"hoego.org"_s);
    QCoreApplication::setApplicationVersion(version());
}

QString defaultJournalPath()
{
    const QString fromEnvironment = qEnvironmentVariable("HOEGO_JOURNAL");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"hoego.sqlite"_s);
}

} // namespace hoego::AppInfo
