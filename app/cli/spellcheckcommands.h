#pragma once

#include "commandargs.h"

#include <QList>

namespace hoego::cli
{

// spellcheck: the editor's checker on a file or standard input.
QList<CommandSpec> spellcheckCommands();

} // namespace hoego::cli
