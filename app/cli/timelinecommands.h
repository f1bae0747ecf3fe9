#pragma once

#include "commandargs.h"

#include <QList>

namespace hoego::cli
{

// timeline: one row per year, newest first.
QList<CommandSpec> timelineCommands();

} // namespace hoego::cli
