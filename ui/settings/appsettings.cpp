#include "appsettings.h"

#include <QSettings>

#include <algorithm>

namespace hoego
{
namespace
{

QString themeName(ThemeChoice theme)
{
    switch (theme) {
    case ThemeChoice::Light:
        return QStringLiteral("light");
    case ThemeChoice::Dark:
        return QStringLiteral("dark");
    case ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

ThemeChoice themeFromName(const QString &name)
{
    if (name == QLatin1String("light"))
        return ThemeChoice::Light;
    if (name == QLatin1String("dark"))
        return ThemeChoice::Dark;
    return ThemeChoice::System;
}

} // namespace

AppSettings AppSettings::load(const QSettings &settings)
{
    AppSettings loaded;
    loaded.editorFontFamily = settings.value(QStringLiteral("editor/fontFamily")).toString();
    // A hand-edited file must not give an unreadable editor or a save on every keystroke.
    loaded.editorFontSize = std::clamp(settings.value(QStringLiteral("editor/fontSize"), loaded.editorFontSize).toInt(), 6, 72);
    loaded.theme = themeFromName(settings.value(QStringLiteral("editor/theme")).toString());
    loaded.uiLanguage = settings.value(QStringLiteral("ui/language")).toString();
    loaded.spellcheck = settings.value(QStringLiteral("spellcheck/enabled"), loaded.spellcheck).toBool();
    loaded.autosaveDelayMs = std::clamp(settings.value(QStringLiteral("autosave/delayMs"), loaded.autosaveDelayMs).toInt(), 300, 60000);
    loaded.defaultTemplate = settings.value(QStringLiteral("templates/default")).toString();
    loaded.journalPath = settings.value(QStringLiteral("journal/path")).toString();
    loaded.backupFolder = settings.value(QStringLiteral("backup/folder")).toString();
    loaded.backupKeepDaily = std::clamp(settings.value(QStringLiteral("backup/keepDaily"), loaded.backupKeepDaily).toInt(), 1, 365);
    loaded.onThisDay = settings.value(QStringLiteral("onThisDay/enabled"), loaded.onThisDay).toBool();
    return loaded;
}

void AppSettings::save(QSettings &settings) const
{
    settings.setValue(QStringLiteral("editor/fontFamily"), editorFontFamily);
    settings.setValue(QStringLiteral("editor/fontSize"), editorFontSize);
    settings.setValue(QStringLiteral("editor/theme"), themeName(theme));
    settings.setValue(QStringLiteral("ui/language"), uiLanguage);
    settings.setValue(QStringLiteral("spellcheck/enabled"), spellcheck);
    settings.setValue(QStringLiteral("autosave/delayMs"), autosaveDelayMs);
    settings.setValue(QStringLiteral("templates/default"), defaultTemplate);
    settings.setValue(QStringLiteral("journal/path"), journalPath);
    settings.setValue(QStringLiteral("backup/folder"), backupFolder);
    settings.setValue(QStringLiteral("backup/keepDaily"), backupKeepDaily);
    settings.setValue(QStringLiteral("onThisDay/enabled"), onThisDay);
}

} // namespace hoego
