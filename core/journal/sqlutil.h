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

// A transaction that rolls back unless committed: one per user action. SQLite does not nest
// transactions, so a Transaction opened while another is open on the same connection joins it: its
// commit() only says its part is done, and a joined part that is not committed (it failed) makes the
// outer commit() fail and roll everything back. That lets a caller make several store calls (an
// import: entry, KPT items, goals) one all-or-nothing change.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool started() const { return m_started; }
    bool joined() const { return m_joined; }
    Status commit();

private:
    void leave();

    QSqlDatabase m_db;
    bool m_started = false;
    bool m_joined = false;
    bool m_done = false;
    bool m_left = false;
};

// A part of an open Transaction that may fail alone (one file of an import): if it is not committed,
// or a joined part inside it failed, its changes are rolled back and the outer transaction goes on
// as if the part had never been tried. Without an open Transaction it cannot start.
class Savepoint
{
public:
    explicit Savepoint(QSqlDatabase db);
    ~Savepoint();
    Savepoint(const Savepoint &) = delete;
    Savepoint &operator=(const Savepoint &) = delete;

    Status commit();

private:
    void rollBack();

    QSqlDatabase m_db;
    QString m_name;
    bool m_started = false;
    bool m_done = false;
};

} // namespace hoego::Sql
