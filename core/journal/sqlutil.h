#pragma once

#include "common/result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace hoego::Sql
{

// Prepares and runs `sql` with positional bindings; on failure an Internal error naming what failed.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantList &bindings = {});

// Runs each statement (no bindings) in order, stopping at the first failure.
Status runAll(const QSqlDatabase &db, std::initializer_list<QString> statements);

// Times are stored as ISO 8601 text in UTC, with milliseconds.
QString isoTime(const QDateTime &time);
QDateTime fromIsoTime(const QString &text);

// A transaction that rolls back unless committed: one per user action.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool started() const { return m_started; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_started = false;
    bool m_done = false;
};

} // namespace hoego::Sql
