#pragma once

#include "commandargs.h"

#include <QList>

namespace hoego::cli
{

// backup, restore: copies of the journal (shared/CLI.md), and backup --list.
QList<CommandSpec> backupCommands();

} // namespace hoego::cli
