#include "sqlutil.h"

#include <QSqlError>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hoego::Sql
{

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return makeError(Error::Kind::Internal, u"Could not prepare a journal query: %1"_s.arg(query.lastError().text()));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(Error::Kind::Internal, u"A journal query failed: %1"_s.arg(query.lastError().text()));
    return query;
}

Status runAll(const QSqlDatabase &db, std::initializer_list<QString> statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return makeError(Error::Kind::Internal,
                             u"A journal statement failed: %1 (%2)"_s.arg(query.lastError().text(), statement.left(80)));
    }
    return Done{};
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIsoTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    time.setTimeZone(QTimeZone::UTC);
    return time;
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_started = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_started && !m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_started)
        return makeError(Error::Kind::Internal, u"Could not start a journal transaction: %1"_s.arg(m_db.lastError().text()));
    m_done = true;
    if (!m_db.commit()) {
        const QString why = m_db.lastError().text();
        m_db.rollback();
        return makeError(Error::Kind::Internal, u"Could not save to the journal: %1"_s.arg(why));
    }
    return Done{};
}

} // namespace hoego::Sql
