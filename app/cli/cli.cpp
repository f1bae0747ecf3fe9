#include "cli.h"

#include "backupcommands.h"
#include "commandargs.h"
#include "common/appinfo.h"
#include "entrycommands.h"
#include "exportcommands.h"
#include "goalcommands.h"
#include "importcommands.h"
#include "kptcommands.h"
#include "output.h"
#include "spellcheckcommands.h"
#include "timelinecommands.h"

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

struct Invocation {
    QString journalPath;
    bool json = false;
    bool help = false;
    bool version = false;
    QString command;
    QStringList rest; // the command's own arguments, global options removed
};

// Takes the global options (--journal, --json, --help, --version) from anywhere in the line.
std::optional<Invocation> parseGlobal(const QStringList &arguments, QString *problem)
{
    Invocation invocation;
    invocation.journalPath = AppInfo::defaultJournalPath();
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--journal"_s) {
            if (i + 1 >= arguments.size()) {
                *problem = u"--journal needs a file path"_s;
                return std::nullopt;
            }
            invocation.journalPath = arguments.at(++i);
        } else if (argument.startsWith(u"--journal="_s)) {
            invocation.journalPath = argument.mid(10);
        } else if (argument == u"--json"_s) {
            invocation.json = true;
        } else if (argument == u"--help"_s || argument == u"-h"_s) {
            invocation.help = true;
        } else if (invocation.command.isEmpty() && (argument == u"--version"_s || argument == u"-V"_s)) {
            invocation.version = true;
        } else if (invocation.command.isEmpty()) {
            if (argument.startsWith(u'-')) {
                *problem = u"unknown option '%1'"_s.arg(argument);
                return std::nullopt;
            }
            invocation.command = argument;
        } else {
            invocation.rest << argument;
        }
    }
    return invocation;
}

QList<CommandSpec> allCommands()
{
    return entryCommands() + kptCommands() + goalCommands() + spellcheckCommands() + backupCommands() + importCommands()
        + exportCommands() + timelineCommands();
}

QString commandList()
{
    QString text;
    for (const CommandSpec &command : allCommands())
        text += u"  %1%2\n"_s.arg(command.name.leftJustified(10), command.summary);
    return text;
}

QString topLevelHelp()
{
    return uR"(Usage: hoego [--journal PATH] [--open ID]
       hoego [--journal PATH] [--json] COMMAND [ARGS]

Hoego keeps your retrospectives in a journal. Without a command it opens the window; with one
it works headless, on the same journal.

Options:
  --journal PATH   the journal file (default: $HOEGO_JOURNAL, else %1)
  --open ID        open the window on entry ID
  --json           print one JSON document instead of text
  -h, --help       show this help (also after a command: hoego COMMAND --help)
  -V, --version    print the version

Commands:
%2
Exit codes: 0 success, 1 found something, 2 bad usage, 3 journal unusable,
            4 input unreadable, 5 output unwritable.
)"_s.arg(AppInfo::defaultJournalPath(), commandList());
}

} // namespace

std::optional<WindowRequest> windowRequest(const QStringList &arguments)
{
    WindowRequest request;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == u"--journal"_s && hasValue) {
            request.journalPath = arguments.at(++i);
        } else if (argument.startsWith(u"--journal="_s)) {
            request.journalPath = argument.mid(10);
        } else if (argument == u"--open"_s && hasValue) {
            bool isNumber = false;
            request.openEntry = arguments.at(++i).toLongLong(&isNumber);
            if (!isNumber)
                return std::nullopt; // run() explains
        } else {
            return std::nullopt;
        }
    }
    return request;
}

int run(const QStringList &arguments)
{
    QString problem;
    const std::optional<Invocation> invocation = parseGlobal(arguments, &problem);
    if (!invocation)
        return usageError(problem);
    if (invocation->version) {
        printOut(u"hoego %1\n"_s.arg(AppInfo::version()));
        return ExitOk;
    }
    if (invocation->command.isEmpty()) {
        if (invocation->help) {
            printOut(topLevelHelp());
            return ExitOk;
        }
        if (arguments.contains(u"--open"_s))
            return usageError(u"--open needs an entry id (a number)"_s);
        return usageError(u"no command given"_s);
    }
    for (const CommandSpec &command : allCommands()) {
        if (command.name != invocation->command)
            continue;
        if (invocation->help) {
            printOut(command.help());
            return ExitOk;
        }
        const std::optional<CommandArgs> parsed = command.parse(invocation->rest, &problem);
        if (!parsed)
            return usageError(problem, u"hoego %1 --help"_s.arg(command.name));
        return command.run(Context{invocation->journalPath, invocation->json}, *parsed);
    }
    return usageError(u"unknown command '%1'"_s.arg(invocation->command));
}

} // namespace hoego::cli
