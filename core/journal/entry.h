#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace hoego
{

// What a piece of writing is: a year review, a plan, a free note...
enum class EntryKind { Year, Half, Quarter, Month, Week, Plan, Note };

QString entryKindName(EntryKind kind);                       // "year", "half"... as stored and in the CLI
std::optional<EntryKind> entryKindFromName(const QString &name);
QStringList entryKindNames();

// The stretch of time an entry looks back on (or ahead to, for a plan), as the user wrote it:
// "2025", "2025-H1", "2025-Q3", "2025-07", "2025-W14" or "2025-01-01..2025-03-31".
struct Period {
    QString text;
    QDate start;
    QDate end;

    [[nodiscard]] static Result<Period> parse(const QString &text);
    int year() const { return start.year(); }
    bool operator==(const Period &) const = default;
};

// One piece of writing. The prose is Markdown in `body`; KPT items and goals are rows of their own.
struct Entry {
    qint64 id = 0;
    EntryKind kind = EntryKind::Note;
    Period period;
    QString title;
    QString body;
    QStringList tags;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    QDate written;     // the day it was written (an imported post keeps its own date)
};

// A row of the entry list: enough to show and sort, without the body.
struct EntrySummary {
    qint64 id = 0;
    EntryKind kind = EntryKind::Note;
    Period period;
    QString title;
    QDateTime updated;
    QDate written;
    int chars = 0; // characters with spaces, of the text without Markdown
};

// A year at a glance, for the timeline: entries whose period starts in it, their characters, and
// the days on which anything was written in it.
struct YearStats {
    int year = 0;
    int entries = 0;
    qint64 chars = 0;
    int daysWritten = 0;
    bool operator==(const YearStats &) const = default;
};

// An earlier state of an entry's body.
struct Revision {
    qint64 id = 0;
    qint64 entryId = 0;
    QDateTime saved; // UTC: when this body was replaced
    QString body;
};

} // namespace hoego
