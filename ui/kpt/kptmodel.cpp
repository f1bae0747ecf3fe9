#include "kptmodel.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace hoego
{

// One user action on the board: already done when pushed, so the first redo() only records it.
class KptChange : public QUndoCommand
{
public:
    KptChange(KptModel *model, const QString &text, KptModel::Apply redo, KptModel::Apply undo)
        : QUndoCommand(text)
        , m_model(model)
        , m_redo(std::move(redo))
        , m_undo(std::move(undo))
    {
    }

    void redo() override
    {
        if (m_done) {
            m_done = false;
            return;
        }
        run(m_redo);
    }
    void undo() override { run(m_undo); }

private:
    void run(const KptModel::Apply &apply)
    {
        if (Status status = apply(); !status)
            m_model->recover(status.error());
    }

    KptModel *m_model = nullptr;
    KptModel::Apply m_redo;
    KptModel::Apply m_undo;
    bool m_done = true;
};

namespace
{

constexpr quintptr sectionId = 0; // internalId of the section rows; items have their section + 1

int sectionRow(KptSection section)
{
    return int(section);
}

} // namespace

KptModel::KptModel(KptStore &store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_undo(new QUndoStack(this))
{
}

KptModel::~KptModel() = default;

void KptModel::setEntry(qint64 entryId)
{
    m_entryId = entryId;
    m_undo->clear();
    load();
}

void KptModel::load()
{
    beginResetModel();
    for (auto &section : m_sections)
        section.clear();
    if (m_entryId > 0) {
        auto items = m_store.items(m_entryId);
        if (items) {
            for (const KptItem &item : std::as_const(*items))
                m_sections[size_t(sectionRow(item.section))] << item;
        } else {
            Q_EMIT errorOccurred(items.error().message);
        }
    }
    endResetModel();
    Q_EMIT itemsChanged();
}

QModelIndex KptModel::sectionIndex(KptSection section) const
{
    return createIndex(sectionRow(section), 0, sectionId);
}

QModelIndex KptModel::indexOfItem(qint64 id) const
{
    const auto [section, row] = locate(id);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(sectionRow(section) + 1));
}

bool KptModel::isItem(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.internalId() != sectionId;
}

KptItem KptModel::item(const QModelIndex &index) const
{
    if (!isItem(index))
        return {};
    return m_sections[index.internalId() - 1].value(index.row());
}

QList<KptItem> KptModel::items() const
{
    return m_sections[0] + m_sections[1] + m_sections[2];
}

QList<KptItem> KptModel::items(KptSection section) const
{
    return m_sections[size_t(sectionRow(section))];
}

std::pair<KptSection, int> KptModel::locate(qint64 id) const
{
    for (const KptSection section : allKptSections) {
        const QList<KptItem> &list = m_sections[size_t(sectionRow(section))];
        for (qsizetype row = 0; row < list.size(); ++row) {
            if (list[row].id == id)
                return {section, int(row)};
        }
    }
    return {KptSection::Keep, -1};
}

// ---- user actions ----

bool KptModel::perform(const QString &description, Apply change, Apply inverse)
{
    if (Status status = change(); !status) {
        Q_EMIT errorOccurred(status.error().message);
        return false;
    }
    m_undo->push(new KptChange(this, description, std::move(change), std::move(inverse)));
    return true;
}

void KptModel::recover(const Error &error)
{
    Q_EMIT errorOccurred(error.message);
    // The stack is in the middle of this undo or redo: forget it once that has returned.
    QTimer::singleShot(0, this, [this] {
        m_undo->clear();
        load();
    });
}

bool KptModel::addItem(KptSection section, const QString &text, int position)
{
    if (m_entryId <= 0)
        return false;
    auto item = std::make_shared<KptItem>(KptItem{0, m_entryId, section, text, position < 0 ? int(items(section).size()) : position});
    return perform(tr("Add “%1”").arg(text.simplified()), [this, item] { return applyInsert(*item); },
                   [this, item] { return applyRemove(item->id); });
}

bool KptModel::removeItem(const QModelIndex &index)
{
    if (!isItem(index))
        return false;
    auto removed = std::make_shared<KptItem>(item(index));
    auto promotedGoals = std::make_shared<QList<qint64>>();
    return perform(tr("Delete “%1”").arg(removed->text), [this, removed, promotedGoals] { return applyRemove(removed->id, promotedGoals.get()); },
                   [this, removed, promotedGoals] { return applyInsert(*removed, *promotedGoals); });
}

bool KptModel::setItemText(const QModelIndex &index, const QString &text)
{
    const KptItem before = item(index);
    if (!isItem(index) || text.simplified() == before.text)
        return false;
    return perform(tr("Edit “%1”").arg(before.text), [this, id = before.id, text] { return applySetText(id, text); },
                   [this, id = before.id, old = before.text] { return applySetText(id, old); });
}

bool KptModel::moveItem(const QModelIndex &index, KptSection section, int position)
{
    if (!isItem(index))
        return false;
    const KptItem before = item(index);
    position = qBound(0, position, int(items(section).size()) - (section == before.section ? 1 : 0));
    if (section == before.section && position == before.position)
        return false;
    return perform(tr("Move “%1”").arg(before.text), [this, id = before.id, section, position] { return applyMove(id, section, position); },
                   [this, id = before.id, from = before.section, row = before.position] { return applyMove(id, from, row); });
}

// ---- the store, then the model ----

Status KptModel::applyInsert(KptItem &item, const QList<qint64> &relinkedGoals)
{
    auto id = m_store.insert(item, relinkedGoals);
    if (!id)
        return id.error();
    auto stored = m_store.item(*id);
    if (!stored)
        return stored.error();
    item = *stored;
    QList<KptItem> &list = m_sections[size_t(sectionRow(item.section))];
    beginInsertRows(sectionIndex(item.section), item.position, item.position);
    list.insert(item.position, item);
    for (qsizetype row = item.position; row < list.size(); ++row)
        list[row].position = int(row);
    endInsertRows();
    Q_EMIT dataChanged(sectionIndex(item.section), sectionIndex(item.section), {CountRole});
    Q_EMIT itemsChanged();
    Q_EMIT itemTouched(item.id);
    return Done{};
}

Status KptModel::applyRemove(qint64 id, QList<qint64> *unlinkedGoals)
{
    const auto [section, row] = locate(id);
    if (Status removed = m_store.remove(id, unlinkedGoals); !removed)
        return removed;
    if (row >= 0) {
        QList<KptItem> &list = m_sections[size_t(sectionRow(section))];
        beginRemoveRows(sectionIndex(section), row, row);
        list.removeAt(row);
        for (qsizetype i = row; i < list.size(); ++i)
            list[i].position = int(i);
        endRemoveRows();
        Q_EMIT dataChanged(sectionIndex(section), sectionIndex(section), {CountRole});
    }
    Q_EMIT itemsChanged();
    return Done{};
}

Status KptModel::applySetText(qint64 id, const QString &text)
{
    if (Status updated = m_store.setText(id, text); !updated)
        return updated;
    const QModelIndex at = indexOfItem(id);
    if (at.isValid()) {
        m_sections[at.internalId() - 1][at.row()].text = text.simplified();
        Q_EMIT dataChanged(at, at, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
    }
    Q_EMIT itemsChanged();
    Q_EMIT itemTouched(id);
    return Done{};
}

Status KptModel::applyMove(qint64 id, KptSection section, int position)
{
    const auto [from, row] = locate(id);
    if (Status moved = m_store.move(id, section, position); !moved)
        return moved;
    auto stored = m_store.item(id);
    if (!stored || row < 0) {
        load(); // the store moved it; show the store's order
        return Done{};
    }
    const int to = stored->position;
    // beginMoveRows counts the destination before the move: further down in the same list is one more.
    const int destination = from == section && to > row ? to + 1 : to;
    if (from == section && to == row)
        return Done{};
    beginMoveRows(sectionIndex(from), row, row, sectionIndex(section), destination);
    KptItem moving = m_sections[size_t(sectionRow(from))].takeAt(row);
    moving.section = section;
    m_sections[size_t(sectionRow(section))].insert(to, moving);
    for (auto &list : m_sections) {
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i].position = int(i);
    }
    endMoveRows();
    if (from != section)
        Q_EMIT dataChanged(sectionIndex(KptSection::Keep), sectionIndex(KptSection::Try), {CountRole});
    Q_EMIT itemsChanged();
    Q_EMIT itemTouched(id);
    return Done{};
}

// ---- QAbstractItemModel ----

QModelIndex KptModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, sectionId);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex KptModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == sectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, sectionId);
}

int KptModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 3;
    if (parent.column() != 0 || parent.internalId() != sectionId)
        return 0;
    return int(m_sections[size_t(parent.row())].size());
}

int KptModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant KptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!isItem(index)) {
        const auto section = KptSection(index.row());
        switch (role) {
        case Qt::DisplayRole:
            return section == KptSection::Keep ? tr("Keep") : section == KptSection::Problem ? tr("Problem") : tr("Try");
        case SectionRole:
            return index.row();
        case CountRole:
            return int(m_sections[size_t(index.row())].size());
        default:
            return {};
        }
    }
    const KptItem &item = m_sections[index.internalId() - 1][index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        return item.text;
    case ItemIdRole:
        return item.id;
    case SectionRole:
        return sectionRow(item.section);
    default:
        return {};
    }
}

bool KptModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !isItem(index) || value.toString().simplified().isEmpty())
        return false;
    return setItemText(index, value.toString());
}

Qt::ItemFlags KptModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!isItem(index))
        return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled | Qt::ItemNeverHasChildren;
}

Qt::DropActions KptModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions KptModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QString KptModel::mimeType()
{
    return QStringLiteral("application/x-hoego-kpt-item");
}

QStringList KptModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *KptModel::mimeData(const QModelIndexList &indexes) const
{
    // One item moves at a time: the first dragged one.
    for (const QModelIndex &index : indexes) {
        if (!isItem(index))
            continue;
        auto *data = new QMimeData;
        QByteArray bytes;
        QDataStream stream(&bytes, QIODevice::WriteOnly);
        stream << m_entryId << item(index).id;
        data->setData(mimeType(), bytes);
        data->setText(item(index).text);
        return data;
    }
    return nullptr;
}

std::optional<qint64> KptModel::droppedItemId(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return std::nullopt;
    QDataStream stream(data->data(mimeType()));
    qint64 entryId = 0, id = 0;
    stream >> entryId >> id;
    // Items of another entry (another window, an earlier entry) are not this board's to move.
    if (stream.status() != QDataStream::Ok || entryId != m_entryId || locate(id).second < 0)
        return std::nullopt;
    return id;
}

std::pair<KptSection, int> KptModel::dropTarget(qint64 id, int row, const QModelIndex &parent) const
{
    KptSection section = KptSection::Keep;
    if (isItem(parent)) { // dropped onto an item: before it
        section = item(parent).section;
        row = parent.row();
    } else {
        section = KptSection(parent.row());
    }
    const auto [from, fromRow] = locate(id);
    if (row < 0)
        row = int(items(section).size());
    // `row` counts the item itself when it stays in its column: below itself is one less afterwards.
    if (from == section && fromRow < row)
        --row;
    return {section, row};
}

bool KptModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) const
{
    return action == Qt::MoveAction && parent.isValid() && parent.model() == this && droppedItemId(data).has_value();
}

bool KptModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const qint64 id = *droppedItemId(data);
    const auto [section, position] = dropTarget(id, row, parent);
    moveItem(indexOfItem(id), section, position);
    // The item is where it belongs now (or already was): the dragging view must not remove anything.
    return true;
}

} // namespace hoego
