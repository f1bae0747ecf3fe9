#include "entrystore.h"

#include "journal.h"
#include "search/searchindex.h"
#include "sqlutil.h"
#include "text/textstats.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

using Sql::fromIsoTime;
using Sql::isoTime;

// A long editing session keeps a useful history, not every keystroke: the previous body becomes a
// revision when the newest revision is this old, or when this much text changed since it.
constexpr qint64 revisionIntervalSeconds = 5 * 60;
constexpr qsizetype revisionSizeChange = 400;

Error notFound(qint64 id)
{
    return makeError(Error::Kind::NotFound,
        QCoreApplication::translate(
            "EntryStore", "There is no entry %1 in this journal. `hoego list` shows the entries.")
            .arg(id));
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList clean;
    for (const QString &tag : tags) {
        const QString trimmed = tag.trimmed();
        if (!trimmed.isEmpty() && !clean.contains(trimmed))
            clean << trimmed;
    }
    return clean;
}

// What is stored: never NULL (an empty body is the empty string), and always NFC, so that text
// pasted from macOS (decomposed jamo) is found and counted like any other.
QString storedText(const QString &text)
{
    return text.isNull() ? u""_s : text.normalized(QString::NormalizationForm_C);
}

Status validate(const Entry &entry)
{
    if (entry.title.trimmed().isEmpty())
        return makeError(Error::Kind::Usage, QCoreApplication::translate("EntryStore", "An entry needs a title."));
    if (!entry.period.start.isValid() || !entry.period.end.isValid())
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("EntryStore", "An entry needs a period (for example 2025 or 2025-07)."));
    return Done{};
}

Status writeTags(const QSqlDatabase &db, qint64 id, const QStringList &tags)
{
    if (auto cleared = Sql::run(db, u"DELETE FROM entry_tags WHERE entry_id = ?"_s, {id}); !cleared)
        return cleared.error();
    for (const QString &tag : cleanTags(tags)) {
        if (auto inserted = Sql::run(db, u"INSERT INTO entry_tags (entry_id, tag) VALUES (?, ?)"_s, {id, tag}); !inserted)
            return inserted.error();
    }
    return Done{};
}

Result<QStringList> readTags(const QSqlDatabase &db, qint64 id)
{
    auto query = Sql::run(db, u"SELECT tag FROM entry_tags WHERE entry_id = ? ORDER BY tag"_s, {id});
    if (!query)
        return query.error();
    QStringList tags;
    while (query->next())
        tags << query->value(0).toString();
    return tags;
}

Period storedPeriod(const QString &text, const QString &start, const QString &end)
{
    return Period{text, QDate::fromString(start, Qt::ISODate), QDate::fromString(end, Qt::ISODate)};
}

// Whether replacing `previousBody` should keep it as a revision.
Result<bool> wantsRevision(const QSqlDatabase &db, qint64 id, const QString &previousBody, const QDateTime &now,
                           EntryStore::Revisions mode)
{
    if (mode == EntryStore::Revisions::Always)
        return true;
    auto newest = Sql::run(db, u"SELECT saved, length(body) FROM revisions WHERE entry_id = ? ORDER BY saved DESC, id DESC LIMIT 1"_s, {id});
    if (!newest)
        return newest.error();
    if (!newest->next())
        return true; // the first body replaced is always worth keeping
    const QDateTime lastSaved = fromIsoTime(newest->value(0).toString());
    const qsizetype lastSize = newest->value(1).toLongLong();
    return lastSaved.secsTo(now) >= revisionIntervalSeconds || qAbs(previousBody.size() - lastSize) >= revisionSizeChange;
}

} // namespace

EntryStore::EntryStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> EntryStore::create(const Entry &draft)
{
    if (Status valid = validate(draft); !valid)
        return valid.error();
    const QSqlDatabase db = m_journal.database();
    const QDateTime now = m_now();
    const QDate written = draft.written.isValid() ? draft.written : now.toLocalTime().date();
    Sql::Transaction transaction(db);
    auto inserted = Sql::run(db,
                             u"INSERT INTO entries (kind, period, period_start, period_end, title, body, chars, created, updated, written)"
                             u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {entryKindName(draft.kind), draft.period.text, draft.period.start.toString(Qt::ISODate),
                              draft.period.end.toString(Qt::ISODate), storedText(draft.title.trimmed()), storedText(draft.body),
                              textStatsOfMarkdown(draft.body).charsWithSpaces, isoTime(now), isoTime(now),
                              written.toString(Qt::ISODate)});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (Status tagged = writeTags(db, id, draft.tags); !tagged)
        return tagged.error();
    if (Status indexed = SearchIndex::update(db, id, storedText(draft.title.trimmed()), storedText(draft.body)); !indexed)
        return indexed.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<Entry> EntryStore::get(qint64 id) const
{
    const QSqlDatabase db = m_journal.database();
    auto query = Sql::run(db,
                          u"SELECT kind, period, period_start, period_end, title, body, created, updated, written"
                          u" FROM entries WHERE id = ?"_s,
                          {id});
    if (!query)
        return query.error();
    if (!query->next())
        return notFound(id);
    Entry entry;
    entry.id = id;
    entry.kind = entryKindFromName(query->value(0).toString()).value_or(EntryKind::Note);
    entry.period = storedPeriod(query->value(1).toString(), query->value(2).toString(), query->value(3).toString());
    entry.title = query->value(4).toString();
    entry.body = query->value(5).toString();
    entry.created = fromIsoTime(query->value(6).toString());
    entry.updated = fromIsoTime(query->value(7).toString());
    entry.written = QDate::fromString(query->value(8).toString(), Qt::ISODate);
    auto tags = readTags(db, id);
    if (!tags)
        return tags.error();
    entry.tags = *tags;
    return entry;
}

Status EntryStore::update(const Entry &entry, Revisions revisions)
{
    if (Status valid = validate(entry); !valid)
        return valid;
    const QSqlDatabase db = m_journal.database();
    const QDateTime now = m_now();
    Sql::Transaction transaction(db);
    auto previous = Sql::run(db, u"SELECT body FROM entries WHERE id = ?"_s, {entry.id});
    if (!previous)
        return previous.error();
    if (!previous->next())
        return notFound(entry.id);
    const QString previousBody = previous->value(0).toString();
    previous->finish();
    if (previousBody != entry.body && !previousBody.isEmpty()) {
        auto keep = wantsRevision(db, entry.id, previousBody, now, revisions);
        if (!keep)
            return keep.error();
        if (*keep) {
            if (auto kept = Sql::run(db, u"INSERT INTO revisions (entry_id, saved, body) VALUES (?, ?, ?)"_s,
                                     {entry.id, isoTime(now), previousBody});
                !kept)
                return kept.error();
        }
    }
    const QDate written = entry.written.isValid() ? entry.written : now.toLocalTime().date();
    auto updated = Sql::run(db,
                            u"UPDATE entries SET kind = ?, period = ?, period_start = ?, period_end = ?, title = ?, body = ?,"
                            u" chars = ?, updated = ?, written = ? WHERE id = ?"_s,
                            {entryKindName(entry.kind), entry.period.text, entry.period.start.toString(Qt::ISODate),
                             entry.period.end.toString(Qt::ISODate), storedText(entry.title.trimmed()), storedText(entry.body),
                             textStatsOfMarkdown(entry.body).charsWithSpaces, isoTime(now), written.toString(Qt::ISODate),
                             entry.id});
    if (!updated)
        return updated.error();
    if (Status tagged = writeTags(db, entry.id, entry.tags); !tagged)
        return tagged;
    if (Status indexed = SearchIndex::update(db, entry.id, storedText(entry.title.trimmed()), storedText(entry.body)); !indexed)
        return indexed;
    return transaction.commit();
}

Status EntryStore::remove(qint64 id)
{
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db);
    auto deleted = Sql::run(db, u"DELETE FROM entries WHERE id = ?"_s, {id});
    if (!deleted)
        return deleted.error();
    if (deleted->numRowsAffected() == 0)
        return notFound(id);
    if (Status unindexed = SearchIndex::remove(db, id); !unindexed)
        return unindexed;
    return transaction.commit();
}

Result<QList<EntrySummary>> EntryStore::list(const Filter &filter) const
{
    QString sql = u"SELECT id, kind, period, period_start, period_end, title, updated, written, chars FROM entries WHERE 1"_s;
    QVariantList bindings;
    if (filter.year) {
        // An entry belongs to the year its period starts in.
        sql += u" AND period_start >= ? AND period_start <= ?"_s;
        bindings << u"%1-01-01"_s.arg(*filter.year, 4, 10, QLatin1Char('0')) << u"%1-12-31"_s.arg(*filter.year, 4, 10, QLatin1Char('0'));
    }
    if (filter.kind) {
        sql += u" AND kind = ?"_s;
        bindings << entryKindName(*filter.kind);
    }
    sql += u" ORDER BY period_start DESC, period_end DESC, id DESC"_s;
    auto found = Sql::run(m_journal.database(), sql, bindings);
    if (!found)
        return found.error();
    QSqlQuery &query = *found;
    QList<EntrySummary> entries;
    while (query.next()) {
        EntrySummary summary;
        summary.id = query.value(0).toLongLong();
        summary.kind = entryKindFromName(query.value(1).toString()).value_or(EntryKind::Note);
        summary.period = storedPeriod(query.value(2).toString(), query.value(3).toString(), query.value(4).toString());
        summary.title = query.value(5).toString();
        summary.updated = fromIsoTime(query.value(6).toString());
        summary.written = QDate::fromString(query.value(7).toString(), Qt::ISODate);
        summary.chars = query.value(8).toInt();
        entries << summary;
    }
    return entries;
}

Result<QList<Revision>> EntryStore::revisions(qint64 entryId) const
{
    auto query = Sql::run(m_journal.database(),
                          u"SELECT id, saved, body FROM revisions WHERE entry_id = ? ORDER BY saved DESC, id DESC"_s, {entryId});
    if (!query)
        return query.error();
    QList<Revision> revisions;
    while (query->next())
        revisions << Revision{query->value(0).toLongLong(), entryId, fromIsoTime(query->value(1).toString()),
                              query->value(2).toString()};
    return revisions;
}

Result<QList<YearStats>> EntryStore::yearStats() const
{
    const QSqlDatabase db = m_journal.database();
    QMap<int, YearStats> years;
    auto entries = Sql::run(db, u"SELECT CAST(substr(period_start, 1, 4) AS INTEGER), count(*), total(chars) FROM entries GROUP BY 1"_s);
    if (!entries)
        return entries.error();
    while (entries->next()) {
        YearStats &year = years[entries->value(0).toInt()];
        year.entries = entries->value(1).toInt();
        year.chars = entries->value(2).toLongLong();
    }
    // A day counts once, whether an entry was written, saved or revised on it.
    auto days = Sql::run(db, u"SELECT CAST(substr(day, 1, 4) AS INTEGER), count(DISTINCT day) FROM ("
                             u" SELECT written AS day FROM entries"
                             u" UNION SELECT date(updated, 'localtime') FROM entries"
                             u" UNION SELECT date(saved, 'localtime') FROM revisions) GROUP BY 1"_s);
    if (!days)
        return days.error();
    while (days->next())
        years[days->value(0).toInt()].daysWritten = days->value(1).toInt();
    QList<YearStats> newestFirst;
    for (auto it = years.keyValueBegin(); it != years.keyValueEnd(); ++it) {
        YearStats stats = it->second;
        stats.year = it->first;
        newestFirst.prepend(stats);
    }
    return newestFirst;
}

} // namespace hoego
