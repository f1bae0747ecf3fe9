#include "goalcommands.h"

#include "goals/goalparser.h"
#include "goals/goalreview.h"
#include "goals/goalstore.h"
#include "journal/entry.h"
#include "journal/journal.h"
#include "output.h"
#include "texttable.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue idOrNull(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

QJsonObject goalJson(const GoalStanding &standing)
{
    const Goal &goal = standing.goal;
    return QJsonObject{
        {u"id"_s, goal.id},
        {u"year"_s, goal.year},
        {u"title"_s, goal.title},
        {u"measure"_s, goalMeasureName(goal.measure)},
        {u"target"_s, goal.target ? QJsonValue(*goal.target) : QJsonValue()},
        {u"unit"_s, orNull(goal.unit)},
        {u"per"_s, orNull(goalCadenceName(goal.per))},
        {u"progress"_s, standing.progress.fraction},
        {u"status"_s, goalStatusName(goal.status)},
        {u"origin_entry"_s, idOrNull(goal.originEntry)},
        {u"carried_from"_s, idOrNull(goal.carriedFrom)},
    };
}

// The same shape for a goal that is not stored yet: no id, no year.
QJsonObject parsedGoalJson(const ParsedGoal &goal)
{
    QJsonObject object = goalJson({Goal::fromParsed(goal, 0), GoalProgress{}});
    object.remove(u"id"_s);
    object.insert(u"year"_s, QJsonValue());
    return object;
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

// "7 / 15 권", "12 of 52 weeks · streak 4", "done" — progress as a person reads it in a terminal.
QString progressText(const GoalStanding &standing)
{
    const Goal &goal = standing.goal;
    const GoalProgress &progress = standing.progress;
    const QLocale locale;
    if (goal.measure == GoalMeasure::Frequency && goal.per != GoalCadence::None) {
        const QString periods = goal.per == GoalCadence::Week ? u"weeks"_s : goal.per == GoalCadence::Month ? u"months"_s : u"days"_s;
        QString text = u"%1 of %2 %3"_s.arg(progress.periodsMet).arg(progress.periodsElapsed).arg(periods);
        if (progress.currentStreak > 1)
            text += u" · streak %1"_s.arg(progress.currentStreak);
        return text;
    }
    if (goal.measure == GoalMeasure::Done || !goal.target)
        return progress.fraction >= 1 ? u"done"_s : u"not yet"_s;
    return u"%1 / %2%3"_s.arg(locale.toString(progress.achieved), locale.toString(*goal.target),
                              goal.unit.isEmpty() ? QString() : u" "_s + goal.unit);
}

QString bar(double fraction)
{
    const int filled = qRound(fraction * 10);
    return QString(filled, u'█') + QString(10 - filled, u'░');
}

QString goalsTable(const QList<GoalStanding> &standings, bool withProposal)
{
    QStringList header{u"ID"_s, u"YEAR"_s, u"PROGRESS"_s, u""_s, u"STATUS"_s};
    if (withProposal)
        header << u"PROPOSED"_s;
    header << u"TITLE"_s;
    QList<bool> right{true, true, false, false, false, false, false};
    TextTable table(header, right.mid(0, header.size()));
    for (const GoalStanding &standing : standings) {
        QStringList row{QString::number(standing.goal.id), QString::number(standing.goal.year), bar(standing.progress.fraction),
                        progressText(standing), goalStatusName(standing.goal.status)};
        if (withProposal)
            row << goalStatusName(standing.progress.proposedStatus(standing.goal));
        row << standing.goal.title;
        table.addRow(row);
    }
    return table.render();
}

std::optional<int> parseYear(const QString &text, const QString &command, QString *problem)
{
    bool ok = false;
    const int year = text.toInt(&ok);
    if (!ok || year < 1900 || year > 9999) {
        *problem = u"%1: '%2' is not a year such as 2026"_s.arg(command, text);
        return std::nullopt;
    }
    return year;
}

int goal(const Context &context, const CommandArgs &args)
{
    const QString action = args.positional().at(0);
    if (action != u"parse"_s && action != u"add"_s)
        return usageError(u"goal: unknown action '%1' (this Hoego knows: parse, add)"_s.arg(action), u"hoego goal --help"_s);
    const QString sentence = args.positional().mid(1).join(u' ').trimmed();
    if (sentence.isEmpty())
        return usageError(u"goal %1: give the goal as you would write it, e.g. \"책 15권 읽기\""_s.arg(action), u"hoego goal --help"_s);
    const ParsedGoal parsed = parseGoal(sentence);
    if (action == u"parse"_s) {
        if (args.has(u"year"_s))
            return usageError(u"goal parse stores nothing, so it takes no --year"_s, u"hoego goal --help"_s);
        if (context.json)
            printJson(QJsonDocument(parsedGoalJson(parsed)));
        else
            printOut(describe(parsed));
        return ExitOk;
    }
    if (!args.has(u"year"_s))
        return usageError(u"goal add: say which year the goal is for, e.g. --year 2026"_s, u"hoego goal --help"_s);
    QString problem;
    const auto year = parseYear(args.value(u"year"_s), u"goal add"_s, &problem);
    if (!year)
        return usageError(problem, u"hoego goal --help"_s);
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::CreateIfMissing);
    if (!journal)
        return fail(journal.error());
    GoalStore store(**journal);
    auto id = store.add(Goal::fromParsed(parsed, *year));
    if (!id)
        return fail(id.error());
    auto goal = store.get(*id);
    if (!goal)
        return fail(goal.error());
    if (context.json)
        printJson(QJsonDocument(goalJson({*goal, GoalProgress{}})));
    else
        printOut(u"Added goal %1 for %2\n"_s.arg(*id).arg(*year) + describe(parsed));
    return ExitOk;
}

int goals(const Context &context, const CommandArgs &args)
{
    std::optional<int> year;
    if (args.has(u"year"_s)) {
        QString problem;
        year = parseYear(args.value(u"year"_s), u"goals"_s, &problem);
        if (!year)
            return usageError(problem, u"hoego goals --help"_s);
    }
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return fail(journal.error());
    auto standings = goalStandings(GoalStore(**journal), year, QDate::currentDate());
    if (!standings)
        return fail(standings.error());
    if (context.json) {
        QJsonArray array;
        for (const GoalStanding &standing : *standings)
            array << goalJson(standing);
        printJson(QJsonDocument(array));
        return ExitOk;
    }
    printOut(standings->isEmpty() ? u"No goals%1. Add one with: hoego goal add --year %2 \"책 15권 읽기\"\n"_s
                                        .arg(year ? u" for %1"_s.arg(*year) : QString())
                                        .arg(year.value_or(QDate::currentDate().year()))
                                  : goalsTable(*standings, false));
    return ExitOk;
}

int checkin(const Context &context, const CommandArgs &args)
{
    QString problem;
    const auto goalId = parseId(args.positional().at(0), &problem);
    if (!goalId)
        return usageError(u"checkin: '%1' is not a goal id (`hoego goals` shows them)"_s.arg(args.positional().at(0)), u"hoego checkin --help"_s);
    CheckIn checkIn{0, *goalId, QDate::currentDate(), 1, args.value(u"note"_s)};
    if (args.positional().size() > 1) {
        bool ok = false;
        checkIn.amount = args.positional().at(1).toDouble(&ok);
        if (!ok || checkIn.amount <= 0)
            return usageError(u"checkin: the amount must be a number above 0, such as 2 or 1.5"_s, u"hoego checkin --help"_s);
    }
    if (args.has(u"date"_s)) {
        checkIn.date = QDate::fromString(args.value(u"date"_s), Qt::ISODate);
        if (!checkIn.date.isValid())
            return usageError(u"checkin: --date takes a date such as 2026-03-14"_s, u"hoego checkin --help"_s);
    }
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return fail(journal.error());
    GoalStore store(**journal);
    if (auto added = store.checkIn(checkIn); !added)
        return fail(added.error());
    auto goal = store.get(*goalId);
    auto checkIns = store.checkIns(*goalId);
    if (!goal || !checkIns)
        return fail(goal ? checkIns.error() : goal.error());
    const GoalStanding standing{*goal, measureProgress(*goal, *checkIns, QDate::currentDate())};
    if (context.json)
        printJson(QJsonDocument(goalJson(standing)));
    else
        printOut(u"Checked in %1 on %2 for goal %3: %4\n  %5 %6\n"_s.arg(QLocale().toString(checkIn.amount), checkIn.date.toString(Qt::ISODate))
                     .arg(*goalId)
                     .arg(goal->title, bar(standing.progress.fraction), progressText(standing)));
    return ExitOk;
}

int review(const Context &context, const CommandArgs &args)
{
    QString problem;
    const auto year = parseYear(args.positional().at(0), u"review"_s, &problem);
    if (!year)
        return usageError(problem, u"hoego review --help"_s);
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return fail(journal.error());
    auto reviewed = reviewYear(GoalStore(**journal), *year, QDate::currentDate());
    if (!reviewed)
        return fail(reviewed.error());
    if (context.json) {
        QJsonArray array;
        for (const GoalStanding &standing : reviewed->goals)
            array << goalJson(standing);
        QJsonObject object{{u"year"_s, *year}, {u"goals"_s, array}};
        for (GoalStatus status : {GoalStatus::Achieved, GoalStatus::Partly, GoalStatus::Missed, GoalStatus::Dropped, GoalStatus::Open})
            object.insert(goalStatusName(status), reviewed->count(status));
        printJson(QJsonDocument(object));
        return ExitOk;
    }
    if (reviewed->goals.isEmpty()) {
        printOut(u"No goals for %1.\n"_s.arg(*year));
        return ExitOk;
    }
    printOut(u"Goals of %1: %2 achieved, %3 partly, %4 missed, %5 dropped, %6 open\n\n"_s.arg(*year)
                 .arg(reviewed->count(GoalStatus::Achieved))
                 .arg(reviewed->count(GoalStatus::Partly))
                 .arg(reviewed->count(GoalStatus::Missed))
                 .arg(reviewed->count(GoalStatus::Dropped))
                 .arg(reviewed->count(GoalStatus::Open))
             + goalsTable(reviewed->goals, true));
    return ExitOk;
}

} // namespace

Result<QJsonArray> entryGoalsJson(Journal &journal, const Entry &entry)
{
    const GoalStore store(journal);
    auto goals = store.list();
    if (!goals)
        return goals.error();
    const bool yearReview = entry.kind == EntryKind::Year;
    QJsonArray array;
    for (const Goal &goal : *goals) {
        if (goal.originEntry != entry.id && !(yearReview && goal.year == entry.period.start.year()))
            continue; // only the goals shown get their check-ins read
        auto checkIns = store.checkIns(goal.id);
        if (!checkIns)
            return checkIns.error();
        array << goalJson({goal, measureProgress(goal, *checkIns, QDate::currentDate())});
    }
    return array;
}

QList<CommandSpec> goalCommands()
{
    return {
        {u"goal"_s, u"parse TEXT | add --year Y TEXT"_s, u"Show what Hoego understands of a goal sentence, or add it as a goal of a year."_s,
         u"Examples: hoego goal parse \"주 3회 50분 이상 조깅\"    hoego goal add --year 2026 \"책 15권 읽고 7권 서평\""_s,
         {OptionSpec(u"year"_s, true)}, 1, -1, goal},
        {u"goals"_s, u"[--year Y]"_s, u"Goals with their progress, newest year first."_s,
         u"Progress counts check-ins up to today: count goals against their target, cadence goals (주 3회) by the share of weeks, days or months met."_s,
         {OptionSpec(u"year"_s, true)}, 0, 0, goals},
        {u"checkin"_s, u"GOAL_ID [AMOUNT] [--date D] [--note N]"_s, u"Record progress towards a goal (AMOUNT defaults to 1, the date to today)."_s,
         u"Example: hoego checkin 3 2 --date 2026-03-14 --note \"두 권 완독\""_s,
         {OptionSpec(u"date"_s, true), OptionSpec(u"note"_s, true)}, 1, 2, checkin},
        {u"review"_s, u"YEAR"_s, u"The goals of YEAR with their status, progress and the status Hoego proposes."_s,
         u"Set statuses and carry goals over in the window's review (Goals → Review Year…)."_s, {}, 1, 1, review},
    };
}

} // namespace hoego::cli
