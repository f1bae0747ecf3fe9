#include "kptcommands.h"

#include "journal/entrystore.h"
#include "journal/journal.h"
#include "output.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

int showKpt(const Context &context, const CommandArgs &args)
{
    QString problem;
    const auto id = parseId(args.positional().at(0), &problem);
    if (!id)
        return usageError(problem, u"hoego kpt --help"_s);
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return fail(journal.error());
    auto entry = EntryStore(**journal).get(*id);
    if (!entry)
        return fail(entry.error());
    auto items = KptStore(**journal).items(*id);
    if (!items)
        return fail(items.error());
    if (context.json)
        printJson(QJsonDocument(kptJson(*items)));
    else
        printOut(u"%1 · #%2\n\n"_s.arg(entry->title).arg(entry->id) + kptText(*items, true));
    return ExitOk;
}

} // namespace

QJsonObject kptJson(const QList<KptItem> &items)
{
    QJsonObject object;
    for (const KptSection section : allKptSections) {
        QJsonArray texts;
        for (const KptItem &item : items) {
            if (item.section == section)
                texts << item.text;
        }
        object.insert(kptSectionName(section), texts);
    }
    return object;
}

QString kptText(const QList<KptItem> &items, bool withEmptySections)
{
    QString text;
    for (const KptSection section : allKptSections) {
        QString lines;
        for (const KptItem &item : items) {
            if (item.section == section)
                lines += u"  - "_s + item.text + u"\n"_s;
        }
        if (lines.isEmpty() && withEmptySections)
            lines = u"  (none)\n"_s;
        if (!lines.isEmpty())
            text += kptSectionName(section).toUpper() + u"\n"_s + lines;
    }
    return text;
}

QList<CommandSpec> kptCommands()
{
    return {
        {u"kpt"_s, u"ID"_s, u"Show the Keep / Problem / Try items of an entry."_s,
         u"The items are edited on the KPT tab of the window, beside the editor."_s, {}, 1, 1, showKpt},
    };
}

} // namespace hoego::cli
