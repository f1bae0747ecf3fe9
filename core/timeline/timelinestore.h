#pragma once

#include "common/result.h"
#include "journal/entry.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace hoego
{

class Journal;

// One entry as the timeline shows it: what it is, what it covers and how long it is.
struct TimelineEntry {
    qint64 id = 0;
    EntryKind kind = EntryKind::Note;
    Period period;
    QString title;
    QDate written;
    int chars = 0;   // characters with spaces, of the text without Markdown
    QString snippet; // with a search: the context of the first hit, hits marked «like this»
    bool operator==(const TimelineEntry &) const = default;
};

// A year at a glance. An entry belongs to the year its period starts in (as in the entry list);
// writing activity belongs to the month of the day an entry was written, so a 2025 review written
// on 2 January 2026 adds to January 2026's activity, not to December 2025's.
struct TimelineYear {
    int year = 0;
    QList<TimelineEntry> entries; // newest period first
    qint64 chars = 0;             // of the entries of the year
    int goalsSet = 0;             // goals of the year, except dropped ones
    int goalsMet = 0;             // goals of the year with status achieved
    int keep = 0;                 // KPT items of the entries of the year
    int problem = 0;
    int tries = 0;
    std::array<qint64, 12> monthChars{}; // characters of the entries written in each month of the year

    qint64 busiestMonthChars() const;
};

// What the timeline shows. An empty filter shows every year that has entries or goals.
struct TimelineFilter {
    std::optional<EntryKind> kind;
    QString tag;   // empty: any
    QString query; // a search (as hoego search takes it); empty: no search
    bool isEmpty() const { return !kind && tag.isEmpty() && query.trimmed().isEmpty(); }
};

// An entry written within three days of today's month and day in an earlier year.
struct OnThisDayEntry {
    TimelineEntry entry;
    int yearsAgo = 0;
};

// Reads what the timeline needs in a handful of queries, whatever the size of the journal: the
// per-year counts are aggregated by SQLite, never gathered entry by entry.
class TimelineStore
{
public:
    explicit TimelineStore(Journal &journal);

    // Years newest first. With a filter, only years with matching entries, and only those entries
    // (counts, KPT and activity follow the filter; goals, which have no kind or tag, do not).
    [[nodiscard]] Result<QList<TimelineYear>> years(const TimelineFilter &filter = {}) const;

    // Entries written within ±3 days of `today`'s month and day in each earlier year, newest first.
    // A window may cross New Year (30 December to 2 January); 29 February stands for 28 February in
    // years that have none.
    [[nodiscard]] Result<QList<OnThisDayEntry>> onThisDay(const QDate &today) const;

    // Every tag in use, sorted.
    [[nodiscard]] Result<QStringList> tags() const;

private:
    Journal &m_journal;
};

} // namespace hoego
