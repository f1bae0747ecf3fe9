#include "timelinemodel.h"

#include "entries/entrylistmodel.h"

#include <QLocale>

namespace hoego
{
namespace
{

// A year row has internal id 0; an entry row carries its year's row + 1, so parent() needs no lookup.
constexpr quintptr yearMarker = 0;

// Same years holding the same entries in the same order: only counts, titles or snippets differ.
bool sameShape(const QList<TimelineYear> &a, const QList<TimelineYear> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype row = 0; row < a.size(); ++row) {
        const QList<TimelineEntry> &before = a.at(row).entries;
        const QList<TimelineEntry> &after = b.at(row).entries;
        if (a.at(row).year != b.at(row).year || before.size() != after.size())
            return false;
        for (qsizetype entry = 0; entry < before.size(); ++entry) {
            if (before.at(entry).id != after.at(entry).id)
                return false;
        }
    }
    return true;
}

} // namespace

TimelineModel::TimelineModel(Journal &journal, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(journal)
{
}

Status TimelineModel::setFilter(const TimelineFilter &filter)
{
    auto years = m_store.years(filter);
    if (!years)
        return years.error();
    if (!m_years.isEmpty() && sameShape(m_years, *years)) {
        // After a save most often: change what rows show, not the rows, so that views keep their
        // folding, selection and scroll position without laying out thousands of rows again.
        m_filter = filter;
        m_years = std::move(*years);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0));
        for (int row = 0; row < rowCount(); ++row) {
            const QModelIndex year = index(row, 0);
            if (const int entries = rowCount(year); entries > 0)
                Q_EMIT dataChanged(index(0, 0, year), index(entries - 1, 0, year));
        }
        return Done{};
    }
    beginResetModel();
    m_filter = filter;
    m_years = std::move(*years);
    endResetModel();
    return Done{};
}

Status TimelineModel::reload()
{
    return setFilter(m_filter);
}

const TimelineYear *TimelineModel::yearAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() != yearMarker || index.row() >= m_years.size())
        return nullptr;
    return &m_years.at(index.row());
}

const TimelineEntry *TimelineModel::entryAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == yearMarker)
        return nullptr;
    const TimelineYear &year = m_years.at(qsizetype(index.internalId() - 1));
    return index.row() < year.entries.size() ? &year.entries.at(index.row()) : nullptr;
}

QModelIndex TimelineModel::indexOfYear(int year) const
{
    for (qsizetype row = 0; row < m_years.size(); ++row) {
        if (m_years.at(row).year == year)
            return index(int(row), 0);
    }
    return {};
}

QModelIndex TimelineModel::indexOfEntry(qint64 id) const
{
    for (qsizetype yearRow = 0; yearRow < m_years.size(); ++yearRow) {
        const QList<TimelineEntry> &entries = m_years.at(yearRow).entries;
        for (qsizetype row = 0; row < entries.size(); ++row) {
            if (entries.at(row).id == id)
                return createIndex(int(row), 0, quintptr(yearRow + 1));
        }
    }
    return {};
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, yearMarker);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == yearMarker)
        return {};
    return createIndex(int(child.internalId() - 1), 0, yearMarker);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_years.size());
    if (parent.column() != 0 || parent.internalId() != yearMarker)
        return 0;
    return int(m_years.at(parent.row()).entries.size());
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return index.internalId() == yearMarker ? flags : flags | Qt::ItemNeverHasChildren;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const TimelineYear *year = yearAt(index))
        return yearData(*year, role);
    const TimelineEntry *entry = entryAt(index);
    return entry ? entryData(m_years.at(qsizetype(index.internalId() - 1)), *entry, role) : QVariant();
}

QVariant TimelineModel::yearData(const TimelineYear &year, int role) const
{
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(year.year);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1: %2 entries, %3 characters, goals met %4 of %5, Keep %6, Problem %7, Try %8")
            .arg(QString::number(year.year), locale.toString(year.entries.size()), locale.toString(year.chars),
                 locale.toString(year.goalsMet), locale.toString(year.goalsSet), locale.toString(year.keep),
                 locale.toString(year.problem), locale.toString(year.tries));
    case IsYearRole:
        return true;
    case YearRole:
        return year.year;
    case EntryIdRole:
        return qint64(0);
    default:
        return {};
    }
}

QVariant TimelineModel::entryData(const TimelineYear &year, const TimelineEntry &entry, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1 · %2 · %3 characters").arg(entryKindLabel(entry.kind), entry.period.text, QLocale().toString(entry.chars));
    case IsYearRole:
        return false;
    case YearRole:
        return year.year;
    case EntryIdRole:
        return entry.id;
    case SnippetRole:
        return entry.snippet;
    default:
        return {};
    }
}

} // namespace hoego
