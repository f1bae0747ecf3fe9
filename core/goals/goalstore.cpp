#include "goalstore.h"

#include "journal/journal.h"
#include "journal/sqlutil.h"

#include <QCoreApplication>
#include <QSet>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

const QString goalColumns = u"id, year, title, measure, target, unit, per, status, outcome_note, origin_entry, origin_kpt,"
                            u" carried_from, position, created"_s;

Error goalNotFound(qint64 id)
{
    return makeError(Error::Kind::NotFound,
        QCoreApplication::translate("GoalStore", "There is no goal %1 in this journal. `hoego goals` shows the goals.")
            .arg(id));
}

QVariant orNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

// The NOT NULL text columns: a null QString would bind as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

Goal goalFromRow(const QSqlQuery &row)
{
    Goal goal;
    goal.id = row.value(0).toLongLong();
    goal.year = row.value(1).toInt();
    goal.title = row.value(2).toString();
    goal.measure = goalMeasureFromName(row.value(3).toString()).value_or(GoalMeasure::Done);
    if (!row.value(4).isNull())
        goal.target = row.value(4).toDouble();
    goal.unit = row.value(5).toString();
    goal.per = goalCadenceFromName(row.value(6).toString()).value_or(GoalCadence::None);
    goal.status = goalStatusFromName(row.value(7).toString()).value_or(GoalStatus::Open);
    goal.outcomeNote = row.value(8).toString();
    goal.originEntry = row.value(9).toLongLong();
    goal.originKpt = row.value(10).toLongLong();
    goal.carriedFrom = row.value(11).toLongLong();
    goal.position = row.value(12).toInt();
    goal.created = Sql::fromIsoTime(row.value(13).toString());
    return goal;
}

QVariant targetValue(const Goal &goal)
{
    return goal.target ? QVariant(*goal.target) : QVariant(QMetaType(QMetaType::Double));
}

} // namespace

GoalStore::GoalStore(Journal &journal)
    : m_journal(journal)
{
}

Result<qint64> GoalStore::add(const Goal &draft)
{
    if (draft.title.trimmed().isEmpty())
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("GoalStore", "A goal needs a title, e.g. \"책 15권 읽기\"."));
    const QSqlDatabase db = m_journal.database();
    Sql::Transaction transaction(db);
    auto end = Sql::run(db, u"SELECT coalesce(max(position) + 1, 0) FROM goals WHERE year = ?"_s, {draft.year});
    if (!end)
        return end.error();
    const int position = end->next() ? end->value(0).toInt() : 0;
    // A single-row INSERT … VALUES: SQLite checks the goals that could point at a new row (carried_from)
    // only for multi-row statements such as INSERT … SELECT, and that check scans every goal.
    auto inserted = Sql::run(db,
                             u"INSERT INTO goals (year, title, measure, target, unit, per, status, outcome_note, origin_entry,"
                             u" origin_kpt, carried_from, position, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                             {draft.year, draft.title.trimmed(), goalMeasureName(draft.measure), targetValue(draft), orNull(draft.unit),
                              orNull(goalCadenceName(draft.per)), goalStatusName(draft.status), notNull(draft.outcomeNote),
                              orNull(draft.originEntry), orNull(draft.originKpt), orNull(draft.carriedFrom), position, Sql::isoTime(m_now())});
    if (!inserted)
        return inserted.error();
    const qint64 id = inserted->lastInsertId().toLongLong();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<Goal> GoalStore::get(qint64 id) const
{
    auto query = Sql::run(m_journal.database(), u"SELECT %1 FROM goals WHERE id = ?"_s.arg(goalColumns), {id});
    if (!query)
        return query.error();
    if (!query->next())
        return goalNotFound(id);
    return goalFromRow(*query);
}

Result<QList<Goal>> GoalStore::list(std::optional<int> year) const
{
    auto query = year ? Sql::run(m_journal.database(), u"SELECT %1 FROM goals WHERE year = ? ORDER BY position, id"_s.arg(goalColumns), {*year})
                      : Sql::run(m_journal.database(), u"SELECT %1 FROM goals ORDER BY year DESC, position, id"_s.arg(goalColumns));
    if (!query)
        return query.error();
    QList<Goal> goals;
    while (query->next())
        goals << goalFromRow(*query);
    return goals;
}

Status GoalStore::update(const Goal &goal)
{
    if (goal.title.trimmed().isEmpty())
        return makeError(Error::Kind::Usage, QCoreApplication::translate("GoalStore", "A goal needs a title."));
    auto updated = Sql::run(m_journal.database(),
                            u"UPDATE goals SET title = ?, measure = ?, target = ?, unit = ?, per = ?, status = ?, outcome_note = ?"
                            u" WHERE id = ?"_s,
                            {goal.title.trimmed(), goalMeasureName(goal.measure), targetValue(goal), orNull(goal.unit),
                             orNull(goalCadenceName(goal.per)), goalStatusName(goal.status), notNull(goal.outcomeNote), goal.id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return goalNotFound(goal.id);
    return Done{};
}

Status GoalStore::setStatus(qint64 id, GoalStatus status, const QString &outcomeNote)
{
    auto updated = Sql::run(m_journal.database(), u"UPDATE goals SET status = ?, outcome_note = ? WHERE id = ?"_s,
                            {goalStatusName(status), notNull(outcomeNote), id});
    if (!updated)
        return updated.error();
    if (updated->numRowsAffected() == 0)
        return goalNotFound(id);
    return Done{};
}

Status GoalStore::remove(qint64 id)
{
    auto deleted = Sql::run(m_journal.database(), u"DELETE FROM goals WHERE id = ?"_s, {id});
    if (!deleted)
        return deleted.error();
    if (deleted->numRowsAffected() == 0)
        return goalNotFound(id);
    return Done{};
}

Result<qint64> GoalStore::promoteTryItem(qint64 kptItemId, int year)
{
    auto item = Sql::run(m_journal.database(), u"SELECT entry_id, text FROM kpt_items WHERE id = ?"_s, {kptItemId});
    if (!item)
        return item.error();
    if (!item->next())
        return makeError(Error::Kind::NotFound,
            QCoreApplication::translate("GoalStore", "There is no KPT item %1 in this journal.").arg(kptItemId));
    Goal goal = Goal::fromParsed(parseGoal(item->value(1).toString()), year);
    goal.originEntry = item->value(0).toLongLong();
    goal.originKpt = kptItemId;
    return add(goal);
}

Result<qint64> GoalStore::carryOver(qint64 goalId, int year)
{
    auto original = get(goalId);
    if (!original)
        return original.error();
    auto existing = Sql::run(m_journal.database(), u"SELECT id FROM goals WHERE carried_from = ? AND year = ?"_s, {goalId, year});
    if (!existing)
        return existing.error();
    if (existing->next())
        return existing->value(0).toLongLong();
    Goal carried = *original;
    carried.year = year;
    carried.status = GoalStatus::Open;
    carried.outcomeNote.clear();
    carried.carriedFrom = goalId;
    return add(carried);
}

Result<QList<Goal>> GoalStore::lineage(qint64 goalId) const
{
    auto start = get(goalId);
    if (!start)
        return start.error();
    QList<Goal> line{*start};
    QSet<qint64> seen{goalId}; // a hand-edited journal could hold a cycle
    while (line.first().carriedFrom > 0 && !seen.contains(line.first().carriedFrom)) {
        auto earlier = get(line.first().carriedFrom);
        if (!earlier)
            break; // the earlier goal was deleted: the line starts here
        seen.insert(earlier->id);
        line.prepend(*earlier);
    }
    for (;;) {
        auto later = Sql::run(m_journal.database(), u"SELECT id FROM goals WHERE carried_from = ? ORDER BY year, id LIMIT 1"_s,
                              {line.last().id});
        if (!later)
            return later.error();
        if (!later->next() || seen.contains(later->value(0).toLongLong()))
            break;
        auto next = get(later->value(0).toLongLong());
        if (!next)
            return next.error();
        seen.insert(next->id);
        line.append(*next);
    }
    return line;
}

Result<qint64> GoalStore::checkIn(const CheckIn &checkIn)
{
    if (!checkIn.date.isValid())
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("GoalStore", "A check-in needs a date such as 2025-03-14."));
    if (checkIn.amount <= 0)
        return makeError(
            Error::Kind::Usage, QCoreApplication::translate("GoalStore", "A check-in amount must be more than 0."));
    if (auto goal = get(checkIn.goalId); !goal)
        return goal.error();
    auto inserted = Sql::run(m_journal.database(), u"INSERT INTO checkins (goal_id, date, amount, note) VALUES (?, ?, ?, ?)"_s,
                             {checkIn.goalId, checkIn.date.toString(Qt::ISODate), checkIn.amount, notNull(checkIn.note.trimmed())});
    if (!inserted)
        return inserted.error();
    return inserted->lastInsertId().toLongLong();
}

Status GoalStore::removeCheckIn(qint64 checkInId)
{
    auto deleted = Sql::run(m_journal.database(), u"DELETE FROM checkins WHERE id = ?"_s, {checkInId});
    if (!deleted)
        return deleted.error();
    if (deleted->numRowsAffected() == 0)
        return makeError(Error::Kind::NotFound,
            QCoreApplication::translate("GoalStore", "There is no check-in %1 in this journal.").arg(checkInId));
    return Done{};
}

Result<QList<CheckIn>> GoalStore::checkIns(qint64 goalId) const
{
    auto query = Sql::run(m_journal.database(), u"SELECT id, date, amount, note FROM checkins WHERE goal_id = ? ORDER BY date, id"_s, {goalId});
    if (!query)
        return query.error();
    QList<CheckIn> checkIns;
    while (query->next())
        checkIns << CheckIn{query->value(0).toLongLong(), goalId, QDate::fromString(query->value(1).toString(), Qt::ISODate),
                            query->value(2).toDouble(), query->value(3).toString()};
    return checkIns;
}

} // namespace hoego
