#pragma once

#include "commandargs.h"

#include <QList>

namespace hoego::cli
{

// goal parse (and, with the goals feature, goal add, goals, checkin, review).
QList<CommandSpec> goalCommands();

} // namespace hoego::cli
