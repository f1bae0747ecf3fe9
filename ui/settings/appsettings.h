#pragma once

#include "editor/editortheme.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace hoego
{

// The preferences a user sets in the settings dialog, as one value read from and written to
// QSettings (~/.config/hoego.org/hoego.conf). Passed to what needs it; never a global.
//
// Keys: editor/fontFamily, editor/fontSize, editor/theme (system|light|dark), ui/language (""|ko|en),
// spellcheck/enabled, autosave/delayMs, templates/default, journal/path, backup/folder,
// backup/keepDaily, onThisDay/enabled.
struct AppSettings {
    QString editorFontFamily; // empty: the first installed font that renders Hangul well
    int editorFontSize = 12;  // points
    ThemeChoice theme = ThemeChoice::System;
    QString uiLanguage;       // empty: follow the system locale
    bool spellcheck = true;
    QStringList spellLanguages{QStringLiteral("ko"), QStringLiteral("en")}; // kept in the journal, not here
    int autosaveDelayMs = 1000;
    QString defaultTemplate;  // a template id; empty: blank
    QString journalPath;      // empty: the default journal
    QString backupFolder;     // empty: the default backup folder
    int backupKeepDaily = 7;
    bool onThisDay = true;

    static AppSettings load(const QSettings &settings);
    void save(QSettings &settings) const;

    bool operator==(const AppSettings &) const = default;
};

} // namespace hoego
