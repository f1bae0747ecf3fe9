#include "goalsmodel.h"

#include "goals/goalstore.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hoego
{

GoalsModel::GoalsModel(GoalStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_year(QDate::currentDate().year())
{
}

void GoalsModel::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
    reload();
}

void GoalsModel::setYear(int year)
{
    m_year = year;
    reload();
}

bool GoalsModel::reload()
{
    auto standings = goalStandings(m_store, m_year, m_today());
    beginResetModel();
    if (standings) {
        m_standings = std::move(*standings);
        m_lastError.clear();
    } else {
        m_standings.clear();
        m_lastError = standings.error().message;
    }
    endResetModel();
    return standings.ok();
}

qint64 GoalsModel::idAt(int row) const
{
    return row >= 0 && row < m_standings.size() ? m_standings.at(row).goal.id : 0;
}

int GoalsModel::rowOf(qint64 goalId) const
{
    for (int row = 0; row < m_standings.size(); ++row) {
        if (m_standings.at(row).goal.id == goalId)
            return row;
    }
    return -1;
}

int GoalsModel::openCount() const
{
    return int(std::count_if(m_standings.cbegin(), m_standings.cend(),
                             [](const GoalStanding &standing) { return standing.goal.status == GoalStatus::Open; }));
}

int GoalsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_standings.size());
}

QVariant GoalsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GoalStanding &standing = m_standings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return standing.goal.title;
    case Qt::ToolTipRole:
        return tr("%1\n%2 · %3").arg(standing.goal.title, progressText(standing), statusText(standing.goal.status));
    case IdRole:
        return standing.goal.id;
    case FractionRole:
        return standing.progress.fraction;
    case ProgressTextRole:
        return progressText(standing);
    case StatusRole:
        return int(standing.goal.status);
    case StatusTextRole:
        return statusText(standing.goal.status);
    default:
        return {};
    }
}

QHash<int, QByteArray> GoalsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "goalId");
    names.insert(TitleRole, "title");
    names.insert(FractionRole, "fraction");
    names.insert(ProgressTextRole, "progressText");
    names.insert(StatusRole, "status");
    names.insert(StatusTextRole, "statusText");
    return names;
}

QString GoalsModel::numberText(double value)
{
    return QLocale().toString(value, 'f', QLocale::FloatingPointShortest);
}

namespace
{

QString cadenceText(const Goal &goal)
{
    const QString times = GoalsModel::numberText(goal.target.value_or(1));
    switch (goal.per) {
    case GoalCadence::Day:
        return GoalsModel::tr("%1× a day").arg(times);
    case GoalCadence::Week:
        return GoalsModel::tr("%1× a week").arg(times);
    case GoalCadence::Month:
        return GoalsModel::tr("%1× a month").arg(times);
    case GoalCadence::None:
        break;
    }
    return times;
}

QString periodsText(const Goal &goal, const GoalProgress &progress)
{
    const int elapsed = progress.periodsElapsed;
    switch (goal.per) {
    case GoalCadence::Day:
        return GoalsModel::tr("%1 of %2 days").arg(progress.periodsMet).arg(elapsed);
    case GoalCadence::Month:
        return GoalsModel::tr("%1 of %2 months").arg(progress.periodsMet).arg(elapsed);
    case GoalCadence::Week:
    case GoalCadence::None:
        break;
    }
    return GoalsModel::tr("%1 of %2 weeks").arg(progress.periodsMet).arg(elapsed);
}

} // namespace

QString GoalsModel::progressText(const GoalStanding &standing)
{
    const Goal &goal = standing.goal;
    const GoalProgress &progress = standing.progress;
    if (goal.measure == GoalMeasure::Frequency && goal.per != GoalCadence::None) {
        QString text = cadenceText(goal) + u" · "_s + periodsText(goal, progress);
        if (progress.currentStreak > 0)
            text += u" · "_s + tr("streak %1").arg(progress.currentStreak);
        return text;
    }
    if (goal.measure == GoalMeasure::Done || !goal.target)
        return progress.fraction >= 1.0 ? tr("Done") : tr("Not done yet");
    const QString counted = tr("%1 / %2").arg(numberText(progress.achieved), numberText(*goal.target));
    return goal.unit.isEmpty() ? counted : tr("%1 %2").arg(counted, goal.unit);
}

QString GoalsModel::statusText(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open:
        return tr("Open");
    case GoalStatus::Achieved:
        return tr("Achieved");
    case GoalStatus::Partly:
        return tr("Partly");
    case GoalStatus::Missed:
        return tr("Missed");
    case GoalStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

} // namespace hoego
