#pragma once

#include "commandargs.h"
#include "journal/kptstore.h"

#include <QJsonObject>
#include <QList>

namespace hoego::cli
{

// kpt: the Keep / Problem / Try items of an entry.
QList<CommandSpec> kptCommands();

// The "kpt" shape of shared/CLI.md: {"keep":[str],"problem":[str],"try":[str]}.
QJsonObject kptJson(const QList<KptItem> &items);
// For people: KEEP / PROBLEM / TRY, each followed by its items; empty sections are left out
// unless `withEmptySections`, which says "(none)" for them.
QString kptText(const QList<KptItem> &items, bool withEmptySections);

} // namespace hoego::cli
