#include "timelinecommands.h"

#include "journal/journal.h"
#include "output.h"
#include "texttable.h"
#include "timeline/timelinestore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

QJsonObject yearJson(const TimelineYear &year)
{
    return QJsonObject{
        {u"year"_s, year.year},
        {u"entries"_s, int(year.entries.size())},
        {u"goals_set"_s, year.goalsSet},
        {u"goals_met"_s, year.goalsMet},
        {u"keep"_s, year.keep},
        {u"problem"_s, year.problem},
        {u"try"_s, year.tries},
        {u"chars"_s, year.chars},
    };
}

int timeline(const Context &context, const CommandArgs &)
{
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return fail(journal.error());
    auto years = TimelineStore(**journal).years();
    if (!years)
        return fail(years.error());
    if (context.json) {
        QJsonArray array;
        for (const TimelineYear &year : std::as_const(*years))
            array << yearJson(year);
        printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (years->isEmpty()) {
        printOut(u"No entries yet.\n"_s);
        return ExitOk;
    }
    TextTable table({u"YEAR"_s, u"ENTRIES"_s, u"GOALS MET"_s, u"KEEP"_s, u"PROBLEM"_s, u"TRY"_s, u"CHARS"_s},
                    {false, true, true, true, true, true, true});
    const QLocale locale;
    for (const TimelineYear &year : std::as_const(*years))
        table.addRow({QString::number(year.year), locale.toString(year.entries.size()), u"%1/%2"_s.arg(year.goalsMet).arg(year.goalsSet),
                      locale.toString(year.keep), locale.toString(year.problem), locale.toString(year.tries), locale.toString(year.chars)});
    printOut(table.render());
    return ExitOk;
}

} // namespace

QList<CommandSpec> timelineCommands()
{
    return {
        {u"timeline"_s, QString(), u"One row per year, newest first: entries, goals met/set, KPT counts, characters."_s,
         u"An entry counts in the year its period starts in; goals set are the year's goals except dropped ones,\n"
         u"goals met those achieved."_s,
         {}, 0, 0, timeline},
    };
}

} // namespace hoego::cli
