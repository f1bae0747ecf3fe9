#pragma once

#include "timeline/timelinestore.h"

#include <QAbstractItemModel>

namespace hoego
{

class Journal;

// The timeline as a tree: years newest first at the top level, each year's entries (newest period
// first) as its children. A tree rather than a flat list of cards so that a view can fold a year,
// keyboard navigation (up/down, left/right to fold) comes from QTreeView, and an entry has an index
// of its own to select and remember.
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        IsYearRole = Qt::UserRole + 1, // bool
        YearRole,                      // int: the year, or the year an entry belongs to
        EntryIdRole,                   // qint64, 0 for a year
        SnippetRole,                   // QString: the search hit in an entry, marked «like this»
    };

    explicit TimelineModel(Journal &journal, QObject *parent = nullptr);

    // Reads the timeline again with `filter`; on an error the timeline keeps what it showed. When the
    // same years hold the same entries, rows are updated in place (dataChanged), otherwise reset.
    [[nodiscard]] Status setFilter(const TimelineFilter &filter);
    const TimelineFilter &filter() const { return m_filter; }
    [[nodiscard]] Status reload();

    // What the delegate paints; nullptr when `index` is not a year (or not an entry).
    const TimelineYear *yearAt(const QModelIndex &index) const;
    const TimelineEntry *entryAt(const QModelIndex &index) const;
    QModelIndex indexOfYear(int year) const;
    QModelIndex indexOfEntry(qint64 id) const;
    const QList<TimelineYear> &years() const { return m_years; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QVariant yearData(const TimelineYear &year, int role) const;
    QVariant entryData(const TimelineYear &year, const TimelineEntry &entry, int role) const;

    TimelineStore m_store;
    TimelineFilter m_filter;
    QList<TimelineYear> m_years;
};

} // namespace hoego
