#include "kptstore.h"

#include "journal.h"
#include "sqlutil.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

KptSection sectionFromName(const QString &name)
{
    if (name == u"problem"_s)
        return KptSection::Problem;
    if (name == u"try"_s)
        return KptSection::Try;
    return KptSection::Keep;
}

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

KptStore::KptStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> KptStore::append(qint64 entryId, KptSection section, const QString &text)
{
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db);
    auto inserted = Sql::run(db,
                             u"INSERT INTO kpt_items (entry_id, section, text, position)"
                             u" SELECT ?, ?, ?, coalesce(max(position) + 1, 0) FROM kpt_items WHERE entry_id = ? AND section = ?"_s,
                             {entryId, kptSectionName(section), text.trimmed(), entryId, kptSectionName(section)});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<QList<KptItem>> KptStore::items(qint64 entryId) const
{
    auto query = Sql::run(m_journal.database(),
                          u"SELECT id, section, text, position FROM kpt_items WHERE entry_id = ?"
                          u" ORDER BY CASE section WHEN 'keep' THEN 0 WHEN 'problem' THEN 1 ELSE 2 END, position"_s,
                          {entryId});
    if (!query)
        return query.error();
    QList<KptItem> items;
    while (query->next())
        items << KptItem{query->value(0).toLongLong(), entryId, sectionFromName(query->value(1).toString()),
                         query->value(2).toString(), query->value(3).toInt()};
    return items;
}

} // namespace hoego
