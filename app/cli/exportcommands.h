#pragma once

#include "commandargs.h"

#include <QList>
#include <QStringList>

namespace hoego::cli
{

// export: a Markdown folder or a PDF book of an entry, a year or the whole journal.
QList<CommandSpec> exportCommands();

// Whether `arguments` ask for a PDF export, which lays out text with real fonts and so needs a
// QGuiApplication (on the offscreen platform: still no display).
bool exportNeedsFonts(const QStringList &arguments);

} // namespace hoego::cli
