#pragma once

#include "common/result.h"
#include "goal.h"

#include <QList>

#include <functional>
#include <optional>

namespace hoego
{

class Journal;

// Reads and writes goals and their check-ins. Each writing call is one transaction.
class GoalStore
{
public:
    explicit GoalStore(Journal &journal);

    // Adds `draft` (id, position and created are ignored) at the end of its year; returns the new id.
    [[nodiscard]] Result<qint64> add(const Goal &draft);
    [[nodiscard]] Result<Goal> get(qint64 id) const;
    // The goals of a year in their order, or of every year (newest year first) when `year` is empty.
    [[nodiscard]] Result<QList<Goal>> list(std::optional<int> year = {}) const;
    // Saves title, measure, target, unit, cadence, status and outcome note.
    [[nodiscard]] Status update(const Goal &goal);
    [[nodiscard]] Status setStatus(qint64 id, GoalStatus status, const QString &outcomeNote);
    [[nodiscard]] Status remove(qint64 id);

    // Turns a Try item into a goal of `year` (the next year, usually), remembering where it came from.
    [[nodiscard]] Result<qint64> promoteTryItem(qint64 kptItemId, int year);
    // Carries an unmet goal over to `year`: a new open goal with the same measure, linked to it.
    // Carrying the same goal twice into one year returns the goal already carried.
    [[nodiscard]] Result<qint64> carryOver(qint64 goalId, int year);
    // The goal's line across years: the goals it was carried from and into, oldest first.
    [[nodiscard]] Result<QList<Goal>> lineage(qint64 goalId) const;

    [[nodiscard]] Result<qint64> checkIn(const CheckIn &checkIn);
    [[nodiscard]] Status removeCheckIn(qint64 checkInId);
    // Oldest first.
    [[nodiscard]] Result<QList<CheckIn>> checkIns(qint64 goalId) const;

    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    Journal &m_journal;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace hoego
