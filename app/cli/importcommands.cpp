#include "importcommands.h"

#include "exchange/importer.h"
#include "journal/journal.h"
#include "output.h"
#include "texttable.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

// The import shape of shared/CLI.md; `id` is null on a dry run.
QJsonObject importedJson(const ImportFileResult &result)
{
    const ImportedPost &post = *result.post;
    return QJsonObject{
        {u"path"_s, result.path},
        {u"id"_s, result.entryId ? QJsonValue(result.entryId) : QJsonValue()},
        {u"title"_s, post.title},
        {u"kind"_s, entryKindName(post.kind)},
        {u"period"_s, post.period.text},
        {u"keep"_s, post.count(KptSection::Keep)},
        {u"problem"_s, post.count(KptSection::Problem)},
        {u"try"_s, post.count(KptSection::Try)},
        {u"goals"_s, int(post.goals.size())},
    };
}

QString humanReport(const QList<ImportFileResult> &results, bool dryRun)
{
    TextTable table({u"ID"_s, u"KIND"_s, u"PERIOD"_s, u"K"_s, u"P"_s, u"T"_s, u"GOALS"_s, u"TITLE"_s, u"FILE"_s},
                    {true, false, false, true, true, true, true, false, false});
    int imported = 0;
    for (const ImportFileResult &result : results) {
        if (result.failed() || !result.post)
            continue;
        const ImportedPost &post = *result.post;
        ++imported;
        table.addRow({dryRun ? u"-"_s : QString::number(result.entryId), entryKindName(post.kind), post.period.text,
                      QString::number(post.count(KptSection::Keep)), QString::number(post.count(KptSection::Problem)),
                      QString::number(post.count(KptSection::Try)), QString::number(post.goals.size()), post.title, result.path});
    }
    const int failed = int(results.size()) - imported;
    QString text = imported ? table.render() : QString();
    text += dryRun ? u"Dry run: %1 file(s) would be imported, nothing was stored"_s.arg(imported)
                   : u"Imported %1 file(s)"_s.arg(imported);
    if (failed)
        text += u"; %1 could not be (see above)"_s.arg(failed);
    return text + u".\n"_s;
}

int importPosts(const Context &context, const CommandArgs &args)
{
    const bool dryRun = args.has(u"dry-run"_s);
    std::unique_ptr<Journal> journal;
    if (!dryRun) { // a dry run never creates or touches a journal
        auto opened = Journal::open(context.journalPath, Journal::OpenMode::CreateIfMissing);
        if (!opened)
            return fail(opened.error());
        journal = std::move(*opened);
    }
    QList<ImportFileResult> results;
    for (const QString &path : Importer::collectFiles(args.positional())) {
        ImportFileResult result = Importer::prepare(path);
        if (journal)
            Importer(*journal).store(result);
        if (result.failed())
            printErr(u"hoego: %1\n"_s.arg(result.problem));
        else if (!result.decodedFrom.isEmpty())
            printErr(u"hoego: %1: decoded as %2\n"_s.arg(result.path, result.decodedFrom));
        results << std::move(result);
    }
    if (context.json) {
        QJsonArray array;
        for (const ImportFileResult &result : std::as_const(results)) {
            if (!result.failed() && result.post)
                array << importedJson(result);
        }
        printJson(QJsonDocument(array));
    } else {
        printOut(humanReport(results, dryRun));
    }
    const bool anyFailed = std::any_of(results.cbegin(), results.cend(), [](const ImportFileResult &r) { return r.failed(); });
    return anyFailed ? ExitInput : ExitOk;
}

} // namespace

QList<CommandSpec> importCommands()
{
    return {
        {u"import"_s, u"PATH... [--dry-run]"_s, u"Import Markdown/text posts (files or folders) as entries."_s,
         u"Folders are searched recursively for .md, .markdown and .txt files. Title, date, kind and period come\n"
         u"from the front matter, headings, the first line or the file name (2023-12-31-retrospective.md);\n"
         u"Keep/Problem/Try, 잘한 점/아쉬운 점 and goals sections (2025년 목표, 내년 목표) become KPT items and goals.\n"
         u"Each file is imported whole or not at all. Files that cannot be read are reported on stderr and\n"
         u"the exit code is 4; the others are still imported. EUC-KR (CP949) files are read and reported.\n"
         u"--dry-run shows what would be created and stores nothing."_s,
         {{u"dry-run"_s}}, 1, -1, importPosts},
    };
}

} // namespace hoego::cli
