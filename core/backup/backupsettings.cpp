#include "backupsettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace hoego
{

BackupSettings BackupSettings::load(const QSettings &settings)
{
    const BackupSettings defaults;
    BackupSettings loaded;
    const auto count = [&settings](const QString &key, int fallback) {
        bool ok = false;
        const int value = settings.value(key, fallback).toInt(&ok);
        return ok && value >= 0 ? value : fallback;
    };
    loaded.folder = settings.value(u"backup/folder"_s).toString();
    loaded.keepQuit = count(u"backup/keepQuit"_s, defaults.keepQuit);
    loaded.keepDaily = count(u"backup/keepDaily"_s, defaults.keepDaily);
    loaded.keepWeekly = count(u"backup/keepWeekly"_s, defaults.keepWeekly);
    loaded.keepMonthly = count(u"backup/keepMonthly"_s, defaults.keepMonthly);
    loaded.keepBeforeChange = count(u"backup/keepBeforeChange"_s, defaults.keepBeforeChange);
    return loaded;
}

BackupSettings BackupSettings::fromApplicationSettings()
{
    // The same QSettings the rest of the app (the settings dialog) reads and writes.
    return load(QSettings());
}

void BackupSettings::save(QSettings &settings) const
{
    settings.setValue(u"backup/folder"_s, folder);
    settings.setValue(u"backup/keepQuit"_s, keepQuit);
    settings.setValue(u"backup/keepDaily"_s, keepDaily);
    settings.setValue(u"backup/keepWeekly"_s, keepWeekly);
    settings.setValue(u"backup/keepMonthly"_s, keepMonthly);
    settings.setValue(u"backup/keepBeforeChange"_s, keepBeforeChange);
}

QString BackupSettings::baseFolder() const
{
    if (!folder.isEmpty())
        return QDir::cleanPath(folder);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"backups"_s);
}

QString BackupSettings::folderFor(const QString &journalPath) const
{
    const QFileInfo journal(journalPath);
    // The name says which journal; the hash of its full path keeps two journals of the same name apart.
    const QByteArray hash = QCryptographicHash::hash(journal.absoluteFilePath().toUtf8(), QCryptographicHash::Sha1).toHex();
    return QDir(baseFolder()).filePath(journal.completeBaseName() + u'-' + QString::fromLatin1(hash.left(8)));
}

} // namespace hoego
