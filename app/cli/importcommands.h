#pragma once

#include "commandargs.h"

#include <QList>

namespace hoego::cli
{

// import PATH... [--dry-run]: Markdown and text posts → entries with their KPT items and goals.
QList<CommandSpec> importCommands();

} // namespace hoego::cli
