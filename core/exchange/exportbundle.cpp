#include "exportbundle.h"

#include "goals/goalstore.h"
#include "journal/attachmentstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"

#include <QCoreApplication>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

Result<QList<qint64>> selectedIds(EntryStore &entries, const ExportSelection &selection)
{
    if (selection.scope == ExportSelection::Scope::Entry) {
        auto entry = entries.get(selection.entryId);
        if (!entry)
            return entry.error();
        return QList<qint64>{selection.entryId};
    }
    EntryStore::Filter filter;
    if (selection.scope == ExportSelection::Scope::Year)
        filter.year = selection.year;
    auto summaries = entries.list(filter);
    if (!summaries)
        return summaries.error();
    QList<qint64> ids;
    for (const EntrySummary &summary : std::as_const(*summaries))
        ids << summary.id;
    return ids;
}

QList<GoalStanding> goalsOf(const Entry &entry, const QList<GoalStanding> &all)
{
    QList<GoalStanding> goals;
    for (const GoalStanding &standing : all) {
        const bool reviewed = entry.kind == EntryKind::Year && standing.goal.year == entry.period.year();
        if (standing.goal.originEntry == entry.id || reviewed)
            goals << standing;
    }
    // Grouped by year (the goals reviewed, then those set for the next year), each year in its order.
    std::stable_sort(goals.begin(), goals.end(), [](const GoalStanding &a, const GoalStanding &b) { return a.goal.year < b.goal.year; });
    return goals;
}

Result<QList<Attachment>> attachmentsOf(const AttachmentStore &store, qint64 entryId)
{
    auto listed = store.list(entryId);
    if (!listed)
        return listed.error();
    QList<Attachment> attachments;
    for (const Attachment &attachment : *listed) {
        auto full = store.get(attachment.id);
        if (!full)
            return full.error();
        attachments << *full;
    }
    return attachments;
}

} // namespace

Result<ExportBundle> collectExport(Journal &journal, const ExportSelection &selection, const QDate &today)
{
    EntryStore entries(journal);
    auto ids = selectedIds(entries, selection);
    if (!ids)
        return ids.error();
    GoalStore goalStore(journal);
    auto standings = goalStandings(goalStore, std::nullopt, today);
    if (!standings)
        return standings.error();
    const KptStore kpt(journal);
    const AttachmentStore attachments(journal);
    ExportBundle bundle;
    for (const qint64 id : std::as_const(*ids)) {
        auto entry = entries.get(id);
        if (!entry)
            return entry.error();
        auto items = kpt.items(id);
        if (!items)
            return items.error();
        auto files = attachmentsOf(attachments, id);
        if (!files)
            return files.error();
        bundle.entries << ExportedEntry{*entry, *items, goalsOf(*entry, *standings), *files};
    }
    // A book reads in the order things were looked back on: July's review before the year's.
    std::stable_sort(bundle.entries.begin(), bundle.entries.end(), [](const ExportedEntry &a, const ExportedEntry &b) {
        return std::tuple(a.entry.period.end, a.entry.written, a.entry.id) < std::tuple(b.entry.period.end, b.entry.written, b.entry.id);
    });
    return bundle;
}

Error exportCancelled()
{
    return makeError(Error::Kind::OutputUnwritable,
        QCoreApplication::translate("ExportBundle", "The export was cancelled; nothing was written."));
}

bool isExportCancelled(const Error &error)
{
    return error.kind == Error::Kind::OutputUnwritable && error.message == exportCancelled().message;
}

} // namespace hoego
