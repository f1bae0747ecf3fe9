#pragma once

#include "commandargs.h"
#include "common/result.h"

#include <QJsonArray>
#include <QList>

namespace hoego
{
class Journal;
struct Entry;
}

namespace hoego::cli
{

// goal parse, goal add, goals, checkin, review.
QList<CommandSpec> goalCommands();

// The goals `hoego show` lists with an entry: those it set, and for a year review the goals of its year.
Result<QJsonArray> entryGoalsJson(Journal &journal, const Entry &entry);

} // namespace hoego::cli
