#include "timelinestore.h"

#include "journal/journal.h"
#include "journal/sqlutil.h"
#include "search/search.h"

#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// A search as a filter has no page size: every matching entry is on the timeline.
constexpr int unlimitedHits = 1000000;
constexpr int onThisDayDays = 3;

// The WHERE conditions (on entries aliased `e`) that a filter adds, with their bindings.
struct Condition {
    QString sql;
    QVariantList bindings;
};

Condition conditionFor(const TimelineFilter &filter, const std::optional<QList<qint64>> &searchHits)
{
    Condition condition;
    if (filter.kind) {
        condition.sql += u" AND e.kind = ?"_s;
        condition.bindings << entryKindName(*filter.kind);
    }
    if (!filter.tag.isEmpty()) {
        condition.sql += u" AND e.id IN (SELECT entry_id FROM entry_tags WHERE tag = ?)"_s;
        condition.bindings << filter.tag;
    }
    if (searchHits) {
        // Ids are integers we read ourselves: listing them inline is safe, and one statement.
        QStringList ids;
        for (const qint64 id : *searchHits)
            ids << QString::number(id);
        condition.sql += u" AND e.id IN (%1)"_s.arg(ids.join(u','));
    }
    return condition;
}

TimelineEntry entryFromRow(const QSqlQuery &query)
{
    TimelineEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.kind = entryKindFromName(query.value(1).toString()).value_or(EntryKind::Note);
    entry.period = Period{query.value(2).toString(), QDate::fromString(query.value(3).toString(), Qt::ISODate),
                          QDate::fromString(query.value(4).toString(), Qt::ISODate)};
    entry.title = query.value(5).toString();
    entry.written = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    entry.chars = query.value(7).toInt();
    return entry;
}

const QString entryColumns = u"e.id, e.kind, e.period, e.period_start, e.period_end, e.title, e.written, e.chars"_s;

Status readEntries(const QSqlDatabase &db, const Condition &condition, const QHash<qint64, QString> &snippets,
                   QMap<int, TimelineYear> &years)
{
    auto query = Sql::run(db, u"SELECT %1 FROM entries e WHERE 1 %2 ORDER BY e.period_start DESC, e.period_end DESC, e.id DESC"_s
                              .arg(entryColumns, condition.sql),
                          condition.bindings);
    if (!query)
        return query.error();
    while (query->next()) {
        TimelineEntry entry = entryFromRow(*query);
        entry.snippet = snippets.value(entry.id);
        TimelineYear &year = years[entry.period.year()];
        year.chars += entry.chars;
        year.entries << std::move(entry);
    }
    return Done{};
}

// Characters per month of writing, for the years already there: writing alone makes no card.
Status readActivity(const QSqlDatabase &db, const Condition &condition, QMap<int, TimelineYear> &years)
{
    auto query = Sql::run(db, u"SELECT CAST(substr(e.written, 1, 4) AS INTEGER), CAST(substr(e.written, 6, 2) AS INTEGER),"
                              u" total(e.chars) FROM entries e WHERE 1 %1 GROUP BY 1, 2"_s.arg(condition.sql),
                          condition.bindings);
    if (!query)
        return query.error();
    while (query->next()) {
        const int year = query->value(0).toInt();
        const int month = query->value(1).toInt();
        if (!years.contains(year) || month < 1 || month > 12)
            continue;
        years[year].monthChars[size_t(month - 1)] = query->value(2).toLongLong();
    }
    return Done{};
}

Status readKptCounts(const QSqlDatabase &db, const Condition &condition, QMap<int, TimelineYear> &years)
{
    auto query = Sql::run(db, u"SELECT CAST(substr(e.period_start, 1, 4) AS INTEGER), k.section, count(*)"
                              u" FROM kpt_items k JOIN entries e ON e.id = k.entry_id WHERE 1 %1 GROUP BY 1, 2"_s.arg(condition.sql),
                          condition.bindings);
    if (!query)
        return query.error();
    while (query->next()) {
        auto year = years.find(query->value(0).toInt());
        if (year == years.end())
            continue;
        const QString section = query->value(1).toString();
        const int count = query->value(2).toInt();
        if (section == u"keep"_s)
            year->keep = count;
        else if (section == u"problem"_s)
            year->problem = count;
        else
            year->tries = count;
    }
    return Done{};
}

Status readGoalCounts(const QSqlDatabase &db, bool addYears, QMap<int, TimelineYear> &years)
{
    auto query = Sql::run(db, u"SELECT year, total(status <> 'dropped'), total(status = 'achieved') FROM goals GROUP BY year"_s);
    if (!query)
        return query.error();
    while (query->next()) {
        const int year = query->value(0).toInt();
        if (!addYears && !years.contains(year))
            continue;
        years[year].goalsSet = query->value(1).toInt();
        years[year].goalsMet = query->value(2).toInt();
    }
    return Done{};
}

// Today's month and day in `year`; 29 February is the 28th in a year without it.
QDate sameDayIn(int year, const QDate &today)
{
    const QDate date(year, today.month(), today.day());
    return date.isValid() ? date : QDate(year, today.month(), today.day() - 1);
}

} // namespace

qint64 TimelineYear::busiestMonthChars() const
{
    return *std::max_element(monthChars.begin(), monthChars.end());
}

TimelineStore::TimelineStore(Journal &journal)
    : m_journal(journal)
{
}

Result<QList<TimelineYear>> TimelineStore::years(const TimelineFilter &filter) const
{
    const QSqlDatabase db = m_journal.database();
    std::optional<QList<qint64>> hitIds;
    QHash<qint64, QString> snippets;
    if (!filter.query.trimmed().isEmpty()) {
        auto hits = search(db, filter.query, unlimitedHits);
        if (!hits)
            return hits.error();
        hitIds.emplace();
        for (const SearchHit &hit : std::as_const(*hits)) {
            *hitIds << hit.id;
            snippets.insert(hit.id, markedSnippet(hit));
        }
    }
    const Condition condition = conditionFor(filter, hitIds);
    const bool everyYear = filter.isEmpty();
    QMap<int, TimelineYear> years;
    if (Status read = readEntries(db, condition, snippets, years); !read)
        return read.error();
    if (Status read = readActivity(db, condition, years); !read)
        return read.error();
    if (Status read = readKptCounts(db, condition, years); !read)
        return read.error();
    if (Status read = readGoalCounts(db, everyYear, years); !read)
        return read.error();
    QList<TimelineYear> newestFirst;
    newestFirst.reserve(years.size());
    for (auto it = years.keyValueBegin(); it != years.keyValueEnd(); ++it) {
        newestFirst.prepend(std::move(it->second));
        newestFirst.front().year = it->first;
    }
    return newestFirst;
}

Result<QList<OnThisDayEntry>> TimelineStore::onThisDay(const QDate &today) const
{
    const QSqlDatabase db = m_journal.database();
    auto first = Sql::run(db, u"SELECT CAST(min(substr(written, 1, 4)) AS INTEGER) FROM entries"_s);
    if (!first)
        return first.error();
    if (!first->next() || first->value(0).isNull())
        return QList<OnThisDayEntry>();
    // One window per earlier year. A window near New Year spans two years (today 1 January: 29
    // December to 4 January), so the windows start a year before the oldest writing.
    const int oldest = first->value(0).toInt();
    first->finish();
    QStringList ranges;
    QVariantList bindings;
    QList<std::pair<QDate, QDate>> windows;
    for (int year = oldest - 1; year <= today.year() - 1; ++year) {
        const QDate anchor = sameDayIn(year, today);
        windows.append({anchor.addDays(-onThisDayDays), anchor.addDays(onThisDayDays)});
        ranges << u"(e.written BETWEEN ? AND ?)"_s;
        bindings << windows.back().first.toString(Qt::ISODate) << windows.back().second.toString(Qt::ISODate);
    }
    QList<OnThisDayEntry> found;
    if (ranges.isEmpty())
        return found;
    auto query = Sql::run(db, u"SELECT %1 FROM entries e WHERE %2 ORDER BY e.written DESC, e.id DESC"_s.arg(entryColumns, ranges.join(u" OR "_s)),
                          bindings);
    if (!query)
        return query.error();
    while (query->next()) {
        OnThisDayEntry hit{entryFromRow(*query), 0};
        for (const auto &[from, to] : std::as_const(windows)) {
            if (hit.entry.written >= from && hit.entry.written <= to)
                hit.yearsAgo = today.year() - from.addDays(onThisDayDays).year();
        }
        found << hit;
    }
    return found;
}

Result<QStringList> TimelineStore::tags() const
{
    auto query = Sql::run(m_journal.database(), u"SELECT DISTINCT tag FROM entry_tags ORDER BY tag"_s);
    if (!query)
        return query.error();
    QStringList tags;
    while (query->next())
        tags << query->value(0).toString();
    return tags;
}

} // namespace hoego
