#include "goalcommands.h"

#include "goals/goalparser.h"
#include "output.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

// The `goal` shape of shared/CLI.md, for a goal that is not stored yet: no id, no year, no progress.
QJsonObject parsedGoalJson(const ParsedGoal &goal)
{
    const auto orNull = [](const QString &text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); };
    return QJsonObject{
        {u"year"_s, QJsonValue()},
        {u"title"_s, goal.title},
        {u"measure"_s, goalMeasureName(goal.measure)},
        {u"target"_s, goal.target ? QJsonValue(*goal.target) : QJsonValue()},
        {u"unit"_s, orNull(goal.unit)},
        {u"per"_s, orNull(goalCadenceName(goal.per))},
        {u"progress"_s, 0},
        {u"status"_s, u"open"_s},
        {u"origin_entry"_s, QJsonValue()},
        {u"carried_from"_s, QJsonValue()},
    };
}

QString describe(const ParsedGoal &goal)
{
    QString text = u"%1\n  measure: %2\n"_s.arg(goal.title, goalMeasureName(goal.measure));
    if (goal.target)
        text += u"  target:  %1%2\n"_s.arg(QLocale().toString(*goal.target), goal.unit.isEmpty() ? QString() : u" "_s + goal.unit);
    if (goal.per != GoalCadence::None)
        text += u"  per:     %1\n"_s.arg(goalCadenceName(goal.per));
    return text;
}

int goal(const Context &context, const CommandArgs &args)
{
    const QString action = args.positional().at(0);
    if (action != u"parse"_s)
        return usageError(u"goal: unknown action '%1' (this Hoego knows: parse)"_s.arg(action), u"hoego goal --help"_s);
    const QString sentence = args.positional().mid(1).join(u' ').trimmed();
    if (sentence.isEmpty())
        return usageError(u"goal parse: give the goal as you would write it, e.g. \"책 15권 읽기\""_s, u"hoego goal --help"_s);
    const ParsedGoal parsed = parseGoal(sentence);
    if (context.json)
        printJson(QJsonDocument(parsedGoalJson(parsed)));
    else
        printOut(describe(parsed));
    return ExitOk;
}

} // namespace

QList<CommandSpec> goalCommands()
{
    return {
        {u"goal"_s, u"parse TEXT"_s, u"Show what Hoego understands of a goal sentence; stores nothing."_s,
         u"Examples: hoego goal parse \"주 3회 50분 이상 조깅\"    hoego goal parse \"책 15권 읽고 7권 서평\""_s,
         {}, 1, -1, goal},
    };
}

} // namespace hoego::cli
