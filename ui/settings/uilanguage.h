#pragma once

#include <QString>

class QCoreApplication;

namespace hoego
{

// Installs Hoego's and Qt's own translations for `language` ("ko", "en"), or for the system's
// locale when it is empty. Returns the language the UI speaks ("en" when there is no translation).
QString installUiLanguage(QCoreApplication &app, const QString &language);

} // namespace hoego
