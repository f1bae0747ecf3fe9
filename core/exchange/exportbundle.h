#pragma once

#include "common/result.h"
#include "goals/goalreview.h"
#include "journal/attachment.h"
#include "journal/entry.h"
#include "journal/kptstore.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <functional>

namespace hoego
{

class Journal;

// What to export: one entry, the entries of one year, or the whole journal.
struct ExportSelection {
    enum class Scope { Entry, Year, All };
    Scope scope = Scope::All;
    qint64 entryId = 0; // Scope::Entry
    int year = 0;       // Scope::Year: entries whose period starts in it
};

// One entry with everything an export shows of it.
struct ExportedEntry {
    Entry entry;
    QList<KptItem> kpt;
    // The goals it set (origin_entry) and, for a year review of year N, the goals of year N.
    QList<GoalStanding> goals;
    QList<Attachment> attachments; // with their bytes
};

// Everything an export needs, read from the journal in one go. The journal's database connection
// belongs to the thread that opened it; the writers get this plain value and can run on any thread.
struct ExportBundle {
    QList<ExportedEntry> entries; // by the end of their period, then written date: the order of a book
};

// Reads the selected entries (NotFound for a missing entry, an empty bundle for an empty year) with
// goal progress measured on `today`.
[[nodiscard]] Result<ExportBundle> collectExport(Journal &journal, const ExportSelection &selection, const QDate &today);

// Called after each entry written with (done, total); returning false cancels the export, which
// then leaves nothing behind.
using ExportProgress = std::function<bool(int done, int total)>;

// What an export wrote.
struct ExportReport {
    QStringList files; // the Markdown files, or the PDF
    int entries = 0;
    int pages = 0; // PDF only
};

// The error of a cancelled export (its kind is OutputUnwritable: nothing was written).
Error exportCancelled();
bool isExportCancelled(const Error &error);

} // namespace hoego
