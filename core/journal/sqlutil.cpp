#include "sqlutil.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QTimeZone>

#include <atomic>

using namespace Qt::StringLiterals;

namespace hoego::Sql
{

Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return makeError(Error::Kind::Internal,
            QCoreApplication::translate("Journal", "Could not prepare a journal query: %1")
                .arg(query.lastError().text()));
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return makeError(Error::Kind::Internal,
            QCoreApplication::translate("Journal", "A journal query failed: %1").arg(query.lastError().text()));
    return query;
}

Status runAll(const QSqlDatabase &db, std::initializer_list<QString> statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement))
            return makeError(Error::Kind::Internal,
                QCoreApplication::translate("Journal", "A journal statement failed: %1 (%2)")
                    .arg(query.lastError().text(), statement.left(80)));
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

namespace
{

// The nesting depth and the "a joined part failed" mark live on the connection's driver, which every
// copy of a QSqlDatabase handle for that connection shares.
constexpr const char *depthProperty = "hoegoTransactionDepth";
constexpr const char *failedPartProperty = "hoegoTransactionFailedPart";

int depthOf(const QSqlDatabase &db)
{
    return db.driver() ? db.driver()->property(depthProperty).toInt() : 0;
}

void setDriverProperty(const QSqlDatabase &db, const char *name, const QVariant &value)
{
    if (db.driver())
        db.driver()->setProperty(name, value);
}

bool aPartFailed(const QSqlDatabase &db)
{
    return db.driver() && db.driver()->property(failedPartProperty).toBool();
}

} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    const int depth = depthOf(m_db);
    if (depth > 0) {
        m_joined = true;
        m_started = true;
    } else {
        m_started = m_db.transaction();
        setDriverProperty(m_db, failedPartProperty, false);
    }
    if (m_started)
        setDriverProperty(m_db, depthProperty, depth + 1);
}

Transaction::~Transaction()
{
    if (m_started && !m_done) {
        if (m_joined)
            setDriverProperty(m_db, failedPartProperty, true);
        else
            m_db.rollback();
    }
    leave();
}

void Transaction::leave()
{
    if (!m_started || m_left)
        return;
    m_left = true;
    setDriverProperty(m_db, depthProperty, qMax(0, depthOf(m_db) - 1));
    if (!m_joined)
        setDriverProperty(m_db, failedPartProperty, false);
}

Status Transaction::commit()
{
    if (!m_started)
        return makeError(Error::Kind::Internal,
            QCoreApplication::translate("Journal", "Could not start a journal transaction: %1")
                .arg(m_db.lastError().text()));
    m_done = true;
    if (m_joined) {
        leave();
        return Done{};
    }
    if (aPartFailed(m_db)) {
        m_db.rollback();
        leave();
        return makeError(Error::Kind::Internal,
            QCoreApplication::translate("Journal", "A part of this change failed, so none of it was saved."));
    }
    const bool committed = m_db.commit();
    const QString why = m_db.lastError().text();
    if (!committed)
        m_db.rollback();
    leave();
    if (!committed)
        return makeError(Error::Kind::Internal,
            QCoreApplication::translate("Journal", "Could not save to the journal: %1").arg(why));
    return Done{};
}

Savepoint::Savepoint(QSqlDatabase db)
    : m_db(std::move(db))
{
    static std::atomic_int counter = 0; // names only need to differ on one connection
    m_name = u"hoego_part_%1"_s.arg(++counter);
    m_started = depthOf(m_db) > 0 && !aPartFailed(m_db) && QSqlQuery(m_db).exec(u"SAVEPOINT "_s + m_name);
}

Savepoint::~Savepoint()
{
    if (m_started && !m_done)
        rollBack();
}

void Savepoint::rollBack()
{
    QSqlQuery(m_db).exec(u"ROLLBACK TO "_s + m_name);
    QSqlQuery(m_db).exec(u"RELEASE "_s + m_name);
    // What failed inside is undone, so the outer transaction may still commit.
    setDriverProperty(m_db, failedPartProperty, false);
}

Status Savepoint::commit()
{
    if (!m_started)
        return makeError(Error::Kind::Internal,
            QCoreApplication::translate("Journal", "Could not start a part of a journal transaction: %1")
                .arg(m_db.lastError().text()));
    m_done = true;
    if (aPartFailed(m_db)) {
        rollBack();
        return makeError(Error::Kind::Internal,
            QCoreApplication::translate("Journal", "A part of this change failed, so none of it was saved."));
    }
    QSqlQuery release(m_db);
    if (!release.exec(u"RELEASE "_s + m_name)) {
        const QString why = release.lastError().text();
        rollBack();
        return makeError(Error::Kind::Internal,
            QCoreApplication::translate("Journal", "Could not save to the journal: %1").arg(why));
    }
    return Done{};
}

} // namespace hoego::Sql
