#include "kptstore.h"

#include "journal.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// One line of text: a KPT item is a list item, and a line break would split it in the Markdown.
Result<QString> cleanText(const QString &text)
{
    const QString clean = text.simplified();
    if (clean.isEmpty())
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate(
                "KptStore", "A Keep, Problem or Try item needs some text; write it, or delete the item."));
    return clean;
}

Error itemNotFound(qint64 id)
{
    return makeError(Error::Kind::NotFound,
        QCoreApplication::translate("KptStore", "There is no KPT item %1 in this journal; it may have been deleted.")
            .arg(id));
}

// The ids of an entry's section in their order. Ties (never written by this store) keep insertion order.
Result<QList<qint64>> sectionIds(const QSqlDatabase &db, qint64 entryId, KptSection section)
{
    auto query = Sql::run(db, u"SELECT id FROM kpt_items WHERE entry_id = ? AND section = ? ORDER BY position, id"_s,
                          {entryId, kptSectionName(section)});
    if (!query)
        return query.error();
    QList<qint64> ids;
    while (query->next())
        ids << query->value(0).toLongLong();
    return ids;
}

// Gives the items `ids` the section `section` and the positions 0, 1, 2… in that order.
Status writeOrder(const QSqlDatabase &db, const QList<qint64> &ids, KptSection section)
{
    for (qsizetype i = 0; i < ids.size(); ++i) {
        auto updated = Sql::run(db, u"UPDATE kpt_items SET section = ?, position = ? WHERE id = ?"_s,
                                {kptSectionName(section), int(i), ids[i]});
        if (!updated)
            return updated.error();
    }
    return Done{};
}

Status entryExists(const QSqlDatabase &db, qint64 entryId)
{
    auto query = Sql::run(db, u"SELECT 1 FROM entries WHERE id = ?"_s, {entryId});
    if (!query)
        return query.error();
    if (!query->next())
        return makeError(Error::Kind::NotFound,
            QCoreApplication::translate("KptStore", "There is no entry %1 in this journal; `hoego list` shows the ids.")
                .arg(entryId));
    return Done{};
}

KptItem itemFromRow(const QSqlQuery &query)
{
    return KptItem{query.value(0).toLongLong(), query.value(1).toLongLong(),
                   kptSectionFromName(query.value(2).toString()).value_or(KptSection::Keep), query.value(3).toString(),
                   query.value(4).toInt()};
}

const QString itemColumns = u"k.id, k.entry_id, k.section, k.text, k.position"_s;

} // namespace

QString kptSectionName(KptSection section)
{
    switch (section) {
    case KptSection::Keep:
        return u"keep"_s;
    case KptSection::Problem:
        return u"problem"_s;
    case KptSection::Try:
        return u"try"_s;
    }
    return u"keep"_s;
}

std::optional<KptSection> kptSectionFromName(const QString &name)
{
    for (const KptSection section : allKptSections) {
        if (kptSectionName(section) == name)
            return section;
    }
    return std::nullopt;
}

KptStore::KptStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> KptStore::append(qint64 entryId, KptSection section, const QString &text)
{
    auto ids = appendAll(entryId, {KptItem{0, entryId, section, text, 0}});
    if (!ids)
        return ids.error();
    return ids->constFirst();
}

Result<QList<qint64>> KptStore::appendAll(qint64 entryId, const QList<KptItem> &items)
{
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db);
    if (Status exists = entryExists(db, entryId); !exists)
        return exists.error();
    // One statement prepared for all the items, and no renumbering: an import appends dozens of items
    // per post, and preparing a statement costs more than running it.
    std::array<std::optional<int>, 3> ends;
    QSqlQuery insert(db);
    if (!insert.prepare(u"INSERT INTO kpt_items (entry_id, section, text, position) VALUES (?, ?, ?, ?)"_s))
        return makeError(Error::Kind::Internal,
            QCoreApplication::translate("Journal", "Could not prepare a journal query: %1")
                .arg(insert.lastError().text()));
    QList<qint64> ids;
    for (const KptItem &item : items) {
        auto text = cleanText(item.text);
        if (!text)
            return text.error();
        std::optional<int> &end = ends[std::size_t(item.section)];
        if (!end) {
            auto last = Sql::run(db, u"SELECT coalesce(max(position) + 1, 0) FROM kpt_items WHERE entry_id = ? AND section = ?"_s,
                                 {entryId, kptSectionName(item.section)});
            if (!last)
                return last.error();
            end = last->next() ? last->value(0).toInt() : 0;
        }
        insert.bindValue(0, entryId);
        insert.bindValue(1, kptSectionName(item.section));
        insert.bindValue(2, *text);
        insert.bindValue(3, (*end)++);
        if (!insert.exec())
            return makeError(Error::Kind::Internal,
                QCoreApplication::translate("Journal", "A journal query failed: %1").arg(insert.lastError().text()));
        ids << insert.lastInsertId().toLongLong();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

Result<qint64> KptStore::insert(const KptItem &item, const QList<qint64> &relinkedGoals)
{
    auto text = cleanText(item.text);
    if (!text)
        return text.error();
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db);
    if (Status exists = entryExists(db, item.entryId); !exists)
        return exists.error();
    auto ids = sectionIds(db, item.entryId, item.section);
    if (!ids)
        return ids.error();
    auto inserted = Sql::run(db, u"INSERT INTO kpt_items (id, entry_id, section, text, position) VALUES (?, ?, ?, ?, -1)"_s,
                             {item.id > 0 ? QVariant(item.id) : QVariant(QMetaType::fromType<qint64>()), item.entryId,
                              kptSectionName(item.section), *text});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    ids->insert(qBound(0, item.position, int(ids->size())), id);
    if (Status ordered = writeOrder(db, *ids, item.section); !ordered)
        return ordered.error();
    for (const qint64 goal : relinkedGoals) {
        // Only a goal that lost its link: one linked elsewhere since keeps that link.
        if (auto relinked = Sql::run(db, u"UPDATE goals SET origin_kpt = ? WHERE id = ? AND origin_kpt IS NULL"_s, {id, goal}); !relinked)
            return relinked.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status KptStore::setText(qint64 id, const QString &text)
{
    auto clean = cleanText(text);
    if (!clean)
        return clean.error();
    auto updated = Sql::run(m_journal.database(), u"UPDATE kpt_items SET text = ? WHERE id = ?"_s, {*clean, id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return itemNotFound(id);
    return Done{};
}

Status KptStore::remove(qint64 id, QList<qint64> *unlinkedGoals)
{
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db);
    auto found = item(id);
    if (!found)
        return found.error();
    if (unlinkedGoals) {
        auto promoted = Sql::run(db, u"SELECT id FROM goals WHERE origin_kpt = ? ORDER BY id"_s, {id});
        if (!promoted)
            return promoted.error();
        unlinkedGoals->clear();
        while (promoted->next())
            *unlinkedGoals << promoted->value(0).toLongLong();
    }
    if (auto removed = Sql::run(db, u"DELETE FROM kpt_items WHERE id = ?"_s, {id}); !removed)
        return removed.error();
    auto rest = sectionIds(db, found->entryId, found->section);
    if (!rest)
        return rest.error();
    if (Status ordered = writeOrder(db, *rest, found->section); !ordered)
        return ordered;
    return transaction.commit();
}

Status KptStore::move(qint64 id, KptSection section, int position)
{
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db);
    auto found = item(id);
    if (!found)
        return found.error();
    auto source = sectionIds(db, found->entryId, found->section);
    if (!source)
        return source.error();
    source->removeAll(id);
    if (section != found->section) {
        if (Status ordered = writeOrder(db, *source, found->section); !ordered)
            return ordered;
    }
    auto target = section == found->section ? source : sectionIds(db, found->entryId, section);
    if (!target)
        return target.error();
    target->insert(qBound(0, position, int(target->size())), id);
    if (Status ordered = writeOrder(db, *target, section); !ordered)
        return ordered;
    return transaction.commit();
}

Result<KptItem> KptStore::item(qint64 id) const
{
    auto query = Sql::run(m_journal.database(), u"SELECT %1 FROM kpt_items k WHERE k.id = ?"_s.arg(itemColumns), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return itemNotFound(id);
    return itemFromRow(*query);
}

Result<QList<KptItem>> KptStore::items(qint64 entryId) const
{
    auto query = Sql::run(m_journal.database(),
                          u"SELECT %1 FROM kpt_items k WHERE k.entry_id = ?"
                          u" ORDER BY CASE k.section WHEN 'keep' THEN 0 WHEN 'problem' THEN 1 ELSE 2 END, k.position, k.id"_s
                              .arg(itemColumns),
                          {entryId});
    if (!query)
        return query.error();
    QList<KptItem> items;
    while (query->next())
        items << itemFromRow(*query);
    return items;
}

Result<QList<DatedKptItem>> KptStore::sectionItems(KptSection section, const Filter &filter) const
{
    // period_start is an ISO date: its first four characters are the year.
    QString sql = u"SELECT %1, CAST(substr(e.period_start, 1, 4) AS INTEGER) AS year, e.kind, e.title"
                  u" FROM kpt_items k JOIN entries e ON e.id = k.entry_id WHERE k.section = ?"_s.arg(itemColumns);
    QVariantList bindings{kptSectionName(section)};
    if (filter.fromYear) {
        sql += u" AND year >= ?"_s;
        bindings << *filter.fromYear;
    }
    if (filter.toYear) {
        sql += u" AND year <= ?"_s;
        bindings << *filter.toYear;
    }
    if (filter.kind) {
        sql += u" AND e.kind = ?"_s;
        bindings << entryKindName(*filter.kind);
    }
    sql += u" ORDER BY year, e.period_start, e.id, k.position"_s;
    auto query = Sql::run(m_journal.database(), sql, bindings);
    if (!query)
        return query.error();
    QList<DatedKptItem> items;
    while (query->next())
        items << DatedKptItem{itemFromRow(*query), query->value(5).toInt(),
                              entryKindFromName(query->value(6).toString()).value_or(EntryKind::Note), query->value(7).toString()};
    return items;
}

} // namespace hoego
