#pragma once

#include "goals/goalreview.h"

#include <QAbstractListModel>
#include <QDate>

#include <functional>

namespace hoego
{

class GoalStore;

// The goals of one year with their progress measured today, for the goals pane's list.
class GoalsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        FractionRole,     // double 0..1
        ProgressTextRole, // "7 / 15 권", "3× a week · 12 of 47 weeks · streak 4"
        StatusRole,       // int(GoalStatus)
        StatusTextRole,   // "Open", "Achieved"...
    };

    explicit GoalsModel(GoalStore &store, QObject *parent = nullptr);

    // Progress depends on the day: tests give a fixed one.
    void setClock(std::function<QDate()> today);
    QDate today() const { return m_today(); }

    void setYear(int year);
    int year() const { return m_year; }
    // Reads the year's goals again; false (with lastError()) when the journal could not be read.
    bool reload();
    QString lastError() const { return m_lastError; }

    const GoalStanding &standingAt(int row) const { return m_standings.at(row); }
    qint64 idAt(int row) const;
    int rowOf(qint64 goalId) const;
    int openCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString progressText(const GoalStanding &standing);
    static QString statusText(GoalStatus status);
    static QString numberText(double value);

private:
    GoalStore &m_store;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
    int m_year = 0;
    QList<GoalStanding> m_standings;
    QString m_lastError;
};

} // namespace hoego
