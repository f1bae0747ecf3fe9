#include "exportcommands.h"

#include "exchange/exportbundle.h"
#include "exchange/markdownexport.h"
#include "exchange/pdfexport.h"
#include "journal/journal.h"
#include "markdown/markdownrenderer.h"
#include "output.h"

#include <QDate>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

const QString helpHint = u"hoego export --help"_s;

// --entry ID, --year Y or --all: exactly one.
std::optional<ExportSelection> selectionOf(const CommandArgs &args, QString *problem)
{
    const int given = int(args.has(u"entry"_s)) + int(args.has(u"year"_s)) + int(args.has(u"all"_s));
    if (given != 1) {
        *problem = u"export: give exactly one of --entry ID, --year Y or --all"_s;
        return std::nullopt;
    }
    ExportSelection selection;
    if (args.has(u"entry"_s)) {
        const auto id = parseId(args.value(u"entry"_s), problem);
        if (!id)
            return std::nullopt;
        selection.scope = ExportSelection::Scope::Entry;
        selection.entryId = *id;
    } else if (args.has(u"year"_s)) {
        bool ok = false;
        selection.scope = ExportSelection::Scope::Year;
        selection.year = args.value(u"year"_s).toInt(&ok);
        if (!ok || selection.year < 1900 || selection.year > 2999) {
            *problem = u"export: --year takes a year such as 2025"_s;
            return std::nullopt;
        }
    }
    return selection;
}

std::optional<QPageSize::PageSizeId> pageSizeOf(const CommandArgs &args)
{
    const QString name = args.has(u"page-size"_s) ? args.value(u"page-size"_s).toLower() : u"a4"_s;
    if (name == u"a4"_s)
        return QPageSize::A4;
    if (name == u"letter"_s)
        return QPageSize::Letter;
    return std::nullopt;
}

int report(const Context &context, const ExportReport &written)
{
    if (context.json) {
        printJson(QJsonDocument(QJsonObject{{u"files"_s, QJsonArray::fromStringList(written.files)}, {u"entries"_s, written.entries}}));
        return ExitOk;
    }
    const QString what = written.files.size() == 1 ? written.files.first() : u"%1 files"_s.arg(written.files.size());
    printOut(u"Exported %1 %2 to %3\n"_s.arg(written.entries).arg(written.entries == 1 ? u"entry"_s : u"entries"_s, what));
    return ExitOk;
}

int exportEntries(const Context &context, const CommandArgs &args)
{
    QString problem;
    const QString format = args.value(u"format"_s);
    if (format != u"md"_s && format != u"pdf"_s)
        return usageError(u"export: --format must be md or pdf"_s, helpHint);
    const auto selection = selectionOf(args, &problem);
    if (!selection)
        return usageError(problem, helpHint);
    const auto pageSize = pageSizeOf(args);
    if (!pageSize)
        return usageError(u"export: --page-size must be a4 or letter"_s, helpHint);
    const QString out = args.value(u"output"_s);
    if (out.isEmpty())
        return usageError(u"export: -o OUT is required (a new folder for md, a file for pdf)"_s, helpHint);
    if (format == u"pdf"_s && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return fail(makeError(Error::Kind::Internal, u"export: PDF needs fonts, which this process did not load (a bug; please report it)"_s));

    auto journal = Journal::open(context.journalPath, Journal::OpenMode::ExistingOnly);
    if (!journal)
        return fail(journal.error());
    auto bundle = collectExport(**journal, *selection, QDate::currentDate());
    if (!bundle)
        return fail(bundle.error());
    if (bundle->entries.isEmpty()) {
        const QString where = selection->scope == ExportSelection::Scope::Year ? u"in %1"_s.arg(selection->year) : u"in the journal"_s;
        return fail(makeError(Error::Kind::NotFound, u"export: no entries %1; `hoego list` shows what there is"_s.arg(where)));
    }

    if (format == u"md"_s) {
        auto written = MarkdownExport::write(*bundle, out);
        return written ? report(context, *written) : fail(written.error());
    }
    if (!MarkdownRenderer::koreanFontInstalled())
        printErr(u"hoego: warning: no Korean font found (install fonts-noto-cjk); Hangul may be missing from the PDF\n"_s);
    PdfExportOptions options;
    options.pageSize = *pageSize;
    options.title = args.value(u"title"_s);
    auto written = PdfExport::write(*bundle, out, options);
    return written ? report(context, *written) : fail(written.error());
}

} // namespace

QList<CommandSpec> exportCommands()
{
    return {
        {u"export"_s, u"--format md|pdf (--entry ID | --year Y | --all) -o OUT [--page-size a4|letter] [--title T]"_s,
         u"Write entries as a Markdown folder or a PDF book."_s,
         u"md: OUT is a new folder: one file per entry in a folder per year, with YAML front matter\n"
         u"    (title, date, kind, period, tags), the KPT block, the goals, and images beside each file.\n"
         u"pdf: OUT is a file: a book with a cover, contents, one chapter per entry and page numbers,\n"
         u"    A4 unless --page-size letter; --title replaces the cover's title.\n"
         u"Nothing is left behind when the export fails: it is written beside OUT and renamed at the end."_s,
         {{u"format"_s, true}, {u"entry"_s, true}, {u"year"_s, true}, {u"all"_s}, {u"output"_s, true, false, u"o"_s},
          {u"page-size"_s, true}, {u"title"_s, true}},
         0, 0,
         [](const Context &c, const CommandArgs &a) {
             if (!a.has(u"format"_s))
                 return usageError(u"export: --format is required (md or pdf)"_s, helpHint);
             return exportEntries(c, a);
         }},
    };
}

bool exportNeedsFonts(const QStringList &arguments)
{
    if (!arguments.contains(u"export"_s))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--format=pdf"_s || (arguments.at(i) == u"--format"_s && arguments.value(i + 1) == u"pdf"_s))
            return true;
    }
    return false;
}

} // namespace hoego::cli
