#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace hoego::cli
{

// What every command gets: the journal to use and the output form.
struct Context {
    QString journalPath;
    bool json = false;
};

struct OptionSpec {
    OptionSpec(QString name, bool takesValue = false, bool repeatable = false, QString shortName = {})
        : name(std::move(name))
        , takesValue(takesValue)
        , repeatable(repeatable)
        , shortName(std::move(shortName))
    {
    }
    QString name;       // without the leading "--"
    bool takesValue = false;
    bool repeatable = false;
    QString shortName;  // e.g. "o" for -o, optional
};

// A command's own arguments once parsed: options by name, then the positional arguments.
class CommandArgs
{
public:
    bool has(const QString &name) const { return m_values.contains(name); }
    QString value(const QString &name) const { return m_values.value(name).value(0); }
    QStringList values(const QString &name) const { return m_values.value(name); }
    const QStringList &positional() const { return m_positional; }

private:
    friend struct CommandSpec;
    QHash<QString, QStringList> m_values;
    QStringList m_positional;
};

struct CommandSpec {
    QString name;    // "new", "goal parse"...
    QString usage;   // the arguments after the name
    QString summary; // one line for the command list
    QString details; // the rest of --help
    QList<OptionSpec> options;
    int minPositional = 0;
    int maxPositional = 0; // -1: any number
    std::function<int(const Context &, const CommandArgs &)> run;

    // Parses `arguments`; on a usage error returns nothing and sets `problem`.
    std::optional<CommandArgs> parse(const QStringList &arguments, QString *problem) const;
    QString help() const;
};

// Reads an entry id argument; nothing (and a message in `problem`) when it is not a number.
std::optional<qint64> parseId(const QString &text, QString *problem);

} // namespace hoego::cli
