#pragma once

#include "journal/entry.h"

#include <QAbstractListModel>

namespace hoego
{

class EntryStore;

// The entries of one year (or all of them), newest period first, for the list beside the editor.
class EntryListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        PeriodRole,
        CharsRole,
    };

    explicit EntryListModel(EntryStore &store, QObject *parent = nullptr);

    // Shows the entries whose period starts in `year` (all entries when nullopt).
    void setYear(std::optional<int> year);
    std::optional<int> year() const { return m_year; }
    // Reads the entries again (after a save, a new entry...).
    void reload();
    // The row of entry `id`, or -1.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    EntryStore &m_store;
    std::optional<int> m_year;
    QList<EntrySummary> m_entries;
};

// The translated name of a kind of entry, as people read it ("Year review", "연간 회고").
QString entryKindLabel(EntryKind kind);

} // namespace hoego
