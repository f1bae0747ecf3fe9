#include "entrycommands.h"

#include "backup/backupstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "goalcommands.h"
#include "jsonshapes.h"
#include "kptcommands.h"
#include "output.h"
#include "search/search.h"
#include "text/textstats.h"
#include "textinput.h"
#include "texttable.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

int printId(const Context &context, qint64 id, const QString &humanText)
{
    if (context.json)
        printJson(QJsonDocument(QJsonObject{{u"id"_s, id}}));
    else
        printOut(humanText + u"\n"_s);
    return ExitOk;
}

int newEntry(const Context &context, const CommandArgs &args)
{
    const auto kind = entryKindFromName(args.value(u"kind"_s));
    if (!kind)
        return usageError(u"new: --kind must be one of %1"_s.arg(entryKindNames().join(u", "_s)), u"hoego new --help"_s);
    auto period = Period::parse(args.value(u"period"_s));
    if (!period)
        return usageError(u"new: "_s + period.error().message, u"hoego new --help"_s);
    Entry entry;
    entry.kind = *kind;
    entry.period = *period;
    entry.title = args.value(u"title"_s);
    entry.tags = args.values(u"tag"_s);
    if (entry.title.trimmed().isEmpty())
        return usageError(u"new: --title must not be empty"_s, u"hoego new --help"_s);
    if (args.has(u"body-file"_s)) {
        auto body = readTextInput(args.value(u"body-file"_s));
        if (!body)
            return fail(body.error());
        entry.body = *body;
    }
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::CreateIfMissing);
    if (!journal)
        return fail(journal.error());
    auto id = EntryStore(**journal).create(entry);
    if (!id)
        return fail(id.error());
    return printId(context, *id, u"Created entry %1: %2 (%3 %4)"_s.arg(*id).arg(entry.title, entryKindName(entry.kind), entry.period.text));
}

int listEntries(const Context &context, const CommandArgs &args)
{
    EntryStore::Filter filter;
    if (args.has(u"year"_s)) {
        bool ok = false;
        filter.year = args.value(u"year"_s).toInt(&ok);
        if (!ok)
            return usageError(u"list: --year takes a year such as 2025"_s, u"hoego list --help"_s);
    }
    if (args.has(u"kind"_s)) {
        filter.kind = entryKindFromName(args.value(u"kind"_s));
        if (!filter.kind)
            return usageError(u"list: --kind must be one of %1"_s.arg(entryKindNames().join(u", "_s)), u"hoego list --help"_s);
    }
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return fail(journal.error());
    auto entries = EntryStore(**journal).list(filter);
    if (!entries)
        return fail(entries.error());
    if (context.json) {
        QJsonArray array;
        for (const EntrySummary &entry : *entries)
            array << entrySummaryJson(entry);
        printJson(QJsonDocument(array));
        return ExitOk;
    }
    TextTable table({u"ID"_s, u"KIND"_s, u"PERIOD"_s, u"UPDATED"_s, u"CHARS"_s, u"TITLE"_s}, {true, false, false, false, true, false});
    const QLocale locale;
    for (const EntrySummary &entry : *entries)
        table.addRow({QString::number(entry.id), entryKindName(entry.kind), entry.period.text,
                      locale.toString(entry.updated.toLocalTime(), u"yyyy-MM-dd HH:mm"_s), locale.toString(entry.chars), entry.title});
    printOut(entries->isEmpty() ? u"No entries.\n"_s : table.render());
    return ExitOk;
}

// The journal and the entry a command names by id; the id is checked before the journal is opened.
struct OpenedEntry {
    std::unique_ptr<Journal> journal;
    Entry entry;
};

Result<OpenedEntry> openEntry(const Context &context, const QString &idText)
{
    QString problem;
    const auto id = parseId(idText, &problem);
    if (!id)
        return makeError(Error::Kind::Usage, problem);
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return journal.error();
    auto entry = EntryStore(**journal).get(*id);
    if (!entry)
        return entry.error();
    return OpenedEntry{std::move(*journal), std::move(*entry)};
}

int showEntry(const Context &context, const CommandArgs &args)
{
    auto opened = openEntry(context, args.positional().at(0));
    if (!opened)
        return fail(opened.error());
    const Entry *entry = &opened->entry;
    auto kpt = KptStore(*opened->journal).items(entry->id);
    if (!kpt)
        return fail(kpt.error());
    if (context.json) {
        auto goals = entryGoalsJson(*opened->journal, *entry);
        if (!goals)
            return fail(goals.error());
        printJson(QJsonDocument(entryJson(*entry, kptJson(*kpt), *goals)));
        return ExitOk;
    }
    QString text = u"%1\n%2 · %3 · #%4"_s.arg(entry->title, entryKindName(entry->kind), entry->period.text).arg(entry->id);
    if (!entry->tags.isEmpty())
        text += u" · "_s + entry->tags.join(u", "_s);
    text += u"\n\n"_s + entry->body;
    if (!text.endsWith(u'\n'))
        text += u'\n';
    if (const QString kptBlock = kptText(*kpt, false); !kptBlock.isEmpty())
        text += u"\n"_s + kptBlock;
    printOut(text);
    return ExitOk;
}

int editEntry(const Context &context, const CommandArgs &args)
{
    if (!args.has(u"title"_s) && !args.has(u"body-file"_s))
        return usageError(u"edit: nothing to change; give --title and/or --body-file"_s, u"hoego edit --help"_s);
    if (args.has(u"title"_s) && args.value(u"title"_s).trimmed().isEmpty())
        return usageError(u"edit: --title must not be empty"_s, u"hoego edit --help"_s);
    std::optional<QString> body;
    if (args.has(u"body-file"_s)) {
        auto read = readTextInput(args.value(u"body-file"_s));
        if (!read)
            return fail(read.error());
        body = *read;
    }
    auto opened = openEntry(context, args.positional().at(0));
    if (!opened)
        return fail(opened.error());
    Entry *entry = &opened->entry;
    if (args.has(u"title"_s))
        entry->title = args.value(u"title"_s);
    if (body)
        entry->body = *body;
    if (Status saved = EntryStore(*opened->journal).update(*entry, EntryStore::Revisions::Always); !saved)
        return fail(saved.error());
    return printId(context, entry->id, u"Saved entry %1: %2"_s.arg(entry->id).arg(entry->title));
}

int deleteEntry(const Context &context, const CommandArgs &args)
{
    auto opened = openEntry(context, args.positional().at(0));
    if (!opened)
        return fail(opened.error());
    const Entry *entry = &opened->entry;
    // "Kept in backups" (shared/CLI.md): no delete without a verified copy of the journal before it.
    auto backup = BackupStore(opened->journal->path()).make(*opened->journal, BackupKind::BeforeDelete);
    if (!backup)
        return fail(makeError(backup.error().kind, u"Entry %1 was not deleted, because the journal could not be backed up first: %2"_s
                                                       .arg(entry->id).arg(backup.error().message)));
    if (Status removed = EntryStore(*opened->journal).remove(entry->id); !removed)
        return fail(removed.error());
    return printId(context, entry->id,
                   u"Deleted entry %1: %2\nThe journal as it was before is kept in %3 (hoego restore brings it back)."_s
                       .arg(entry->id)
                       .arg(entry->title, backup->path));
}

// Each argument is one term; one that holds spaces was quoted in the shell, so it is a phrase.
QString queryFromArguments(const QStringList &terms)
{
    QStringList parts;
    for (const QString &term : terms) {
        const QString trimmed = term.trimmed();
        if (trimmed.contains(u' ') && !trimmed.startsWith(u'"'))
            parts << u'"' + trimmed + u'"';
        else
            parts << trimmed;
    }
    return parts.join(u' ');
}

int searchEntries(const Context &context, const CommandArgs &args)
{
    const QString query = queryFromArguments(args.positional());
    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return fail(journal.error());
    auto hits = search((*journal)->database(), query);
    if (!hits)
        return fail(hits.error());
    if (context.json) {
        QJsonArray array;
        for (const SearchHit &hit : *hits)
            array << QJsonObject{{u"id"_s, hit.id}, {u"title"_s, hit.title}, {u"period"_s, hit.period}, {u"snippet"_s, markedSnippet(hit)}};
        printJson(QJsonDocument(array));
        return ExitOk;
    }
    if (hits->isEmpty()) {
        printOut(u"Nothing found for %1.\n"_s.arg(query));
        return ExitOk;
    }
    QString text;
    for (const SearchHit &hit : *hits)
        text += u"%1  %2  %3\n    %4\n"_s.arg(hit.id, 4).arg(hit.period, hit.title, markedSnippet(hit));
    printOut(text);
    return ExitOk;
}

int entryStats(const Context &context, const CommandArgs &args)
{
    auto opened = openEntry(context, args.positional().at(0));
    if (!opened)
        return fail(opened.error());
    const Entry *entry = &opened->entry;
    const TextStats stats = textStatsOfMarkdown(entry->body);
    if (context.json) {
        printJson(QJsonDocument(QJsonObject{{u"chars_with_spaces"_s, stats.charsWithSpaces},
                                            {u"chars_without_spaces"_s, stats.charsWithoutSpaces},
                                            {u"eojeol"_s, stats.eojeol},
                                            {u"reading_minutes"_s, stats.readingMinutes}}));
        return ExitOk;
    }
    const QLocale locale;
    TextTable table({}, {false, true});
    table.addRow({u"Characters with spaces (공백 포함)"_s, locale.toString(stats.charsWithSpaces)});
    table.addRow({u"Characters without spaces (공백 제외)"_s, locale.toString(stats.charsWithoutSpaces)});
    table.addRow({u"Words (어절)"_s, locale.toString(stats.eojeol)});
    table.addRow({u"Reading time (500 characters a minute)"_s, u"%1 min"_s.arg(locale.toString(stats.readingMinutes))});
    printOut(entry->title + u"\n"_s + table.render());
    return ExitOk;
}

const QString kindsHelp = u"KIND is one of: year, half, quarter, month, week, plan, note.\n"
                          u"PERIOD is 2025, 2025-H1, 2025-Q3, 2025-07, 2025-W14 or 2025-01-01..2025-03-31.\n"
                          u"F is a UTF-8 text file, or - for standard input."_s;

} // namespace

QList<CommandSpec> entryCommands()
{
    const OptionSpec bodyFile{u"body-file"_s, true};
    return {
        {u"new"_s, u"--kind KIND --period P --title T [--body-file F|-] [--tag X]..."_s, u"Create an entry."_s, kindsHelp,
         {{u"kind"_s, true}, {u"period"_s, true}, {u"title"_s, true}, bodyFile, {u"tag"_s, true, true}}, 0, 0,
         [](const Context &c, const CommandArgs &a) {
             for (const QString &required : {u"kind"_s, u"period"_s, u"title"_s}) {
                 if (!a.has(required))
                     return usageError(u"new: --%1 is required"_s.arg(required), u"hoego new --help"_s);
             }
             return newEntry(c, a);
         }},
        {u"list"_s, u"[--year Y] [--kind K]"_s, u"List entries, newest first."_s, {}, {{u"year"_s, true}, {u"kind"_s, true}}, 0, 0, listEntries},
        {u"show"_s, u"ID"_s, u"Show one entry."_s, {}, {}, 1, 1, showEntry},
        {u"edit"_s, u"ID [--title T] [--body-file F|-]"_s, u"Change an entry; the previous text is kept as a revision."_s, {},
         {{u"title"_s, true}, bodyFile}, 1, 1, editEntry},
        {u"delete"_s, u"ID"_s, u"Remove an entry (the journal before it is kept in backups)."_s, {}, {}, 1, 1, deleteEntry},
        {u"search"_s, u"TERM..."_s, u"Full-text search, best match first."_s,
         u"Every term must appear (AND). Short Korean terms find longer words: 책 finds 책을.\n"
         u"Quote a phrase to find it as written: hoego search \"영어 강의\""_s,
         {}, 1, -1, searchEntries},
        {u"stats"_s, u"ID"_s, u"Count characters, 어절 and reading time of an entry."_s,
         u"Counted on the text without Markdown, in user-perceived characters."_s, {}, 1, 1, entryStats},
    };
}

} // namespace hoego::cli
