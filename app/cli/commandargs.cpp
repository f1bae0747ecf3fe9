#include "commandargs.h"

using namespace Qt::StringLiterals;

namespace hoego::cli
{

std::optional<CommandArgs> CommandSpec::parse(const QStringList &arguments, QString *problem) const
{
    CommandArgs parsed;
    const auto find = [this](const QString &argument) -> const OptionSpec * {
        for (const OptionSpec &option : options) {
            if (argument == u"--"_s + option.name || (!option.shortName.isEmpty() && argument == u"-"_s + option.shortName))
                return &option;
        }
        return nullptr;
    };
    bool onlyPositional = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString argument = arguments.at(i);
        if (onlyPositional || argument == u"-"_s || !argument.startsWith(u'-') || (argument.size() > 1 && argument.at(1).isDigit())) {
            parsed.m_positional << argument;
            continue;
        }
        if (argument == u"--"_s) {
            onlyPositional = true;
            continue;
        }
        std::optional<QString> inlineValue;
        if (const qsizetype equals = argument.indexOf(u'='); argument.startsWith(u"--"_s) && equals > 0) {
            inlineValue = argument.mid(equals + 1);
            argument.truncate(equals);
        }
        const OptionSpec *option = find(argument);
        if (!option) {
            *problem = u"%1: unknown option '%2'"_s.arg(name, argument);
            return std::nullopt;
        }
        QString value;
        if (option->takesValue) {
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < arguments.size()) {
                value = arguments.at(++i);
            } else {
                *problem = u"%1: %2 needs a value"_s.arg(name, argument);
                return std::nullopt;
            }
        }
        if (!option->repeatable && parsed.m_values.contains(option->name)) {
            *problem = u"%1: --%2 is given twice"_s.arg(name, option->name);
            return std::nullopt;
        }
        parsed.m_values[option->name] << value;
    }
    const int count = int(parsed.m_positional.size());
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        *problem = count < minPositional ? u"%1: missing arguments (usage: hoego %1 %2)"_s.arg(name, usage)
                                         : u"%1: too many arguments (usage: hoego %1 %2)"_s.arg(name, usage);
        return std::nullopt;
    }
    return parsed;
}

QString CommandSpec::help() const
{
    QString text = u"Usage: hoego %1 %2\n\n%3\n"_s.arg(name, usage, summary);
    if (!details.isEmpty())
        text += u"\n"_s + details.trimmed() + u"\n"_s;
    text += u"\nCommon options: --journal PATH, --json, --help\n"_s;
    return text;
}

std::optional<qint64> parseId(const QString &text, QString *problem)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        *problem = u"'%1' is not an entry id (ids are whole numbers; `hoego list` shows them)"_s.arg(text);
        return std::nullopt;
    }
    return id;
}

} // namespace hoego::cli
