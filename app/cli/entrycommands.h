#pragma once

#include "commandargs.h"

#include <QList>

namespace hoego::cli
{

// new, list, show, edit, delete, search, stats: the commands on entries.
QList<CommandSpec> entryCommands();

} // namespace hoego::cli
