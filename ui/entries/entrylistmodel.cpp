#include "entrylistmodel.h"

#include "journal/entrystore.h"

#include <QCoreApplication>
#include <QLocale>

namespace hoego
{

QString entryKindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Year:
        return QCoreApplication::translate("EntryKind", "Year review");
    case EntryKind::Half:
        return QCoreApplication::translate("EntryKind", "Half-year review");
    case EntryKind::Quarter:
        return QCoreApplication::translate("EntryKind", "Quarter review");
    case EntryKind::Month:
        return QCoreApplication::translate("EntryKind", "Month review");
    case EntryKind::Week:
        return QCoreApplication::translate("EntryKind", "Week review");
    case EntryKind::Plan:
        return QCoreApplication::translate("EntryKind", "Plan");
    case EntryKind::Note:
        return QCoreApplication::translate("EntryKind", "Note");
    }
    return {};
}

EntryListModel::EntryListModel(EntryStore &store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
}

void EntryListModel::setYear(std::optional<int> year)
{
    m_year = year;
    reload();
}

void EntryListModel::reload()
{
    auto entries = m_store.list({m_year, std::nullopt});
    beginResetModel();
    m_entries = entries ? *entries : QList<EntrySummary>();
    endResetModel();
}

int EntryListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries[row].id == id)
            return row;
    }
    return -1;
}

qint64 EntryListModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries[row].id : 0;
}

int EntryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant EntryListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntrySummary &entry = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
        return tr("%1 · %2 · %3 characters").arg(entryKindLabel(entry.kind), entry.period.text, QLocale().toString(entry.chars));
    case IdRole:
        return entry.id;
    case KindRole:
        return entryKindLabel(entry.kind);
    case PeriodRole:
        return entry.period.text;
    case CharsRole:
        return entry.chars;
    default:
        return {};
    }
}

QHash<int, QByteArray> EntryListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "entryId");
    names.insert(KindRole, "kind");
    names.insert(PeriodRole, "period");
    names.insert(CharsRole, "chars");
    return names;
}

} // namespace hoego
