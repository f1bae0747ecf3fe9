#pragma once

#include "common/result.h"
#include "journal/kptstore.h"

#include <QAbstractItemModel>
#include <QList>

#include <array>
#include <functional>

class QUndoStack;

namespace hoego
{

// The KPT items of one entry as a tree: three top-level rows (Keep, Problem, Try) whose children are
// the items in their order, so that each board column is a view rooted at its section. Every change
// — in-place edit, add, delete, move, drag and drop — is saved to the store at once and is one step
// on the model's undo stack; the model changes only after the store has.
class KptModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64, items only
        SectionRole,                   // int(KptSection), sections and items
        CountRole,                     // int, sections only: how many items
    };

    explicit KptModel(KptStore &store, QObject *parent = nullptr);
    ~KptModel() override;

    // Shows entry `entryId`'s items (0: none) and forgets the undo history of the previous entry.
    void setEntry(qint64 entryId);
    qint64 entryId() const { return m_entryId; }
    QUndoStack *undoStack() const { return m_undo; }

    QModelIndex sectionIndex(KptSection section) const;
    QModelIndex indexOfItem(qint64 id) const;
    bool isItem(const QModelIndex &index) const;
    KptItem item(const QModelIndex &index) const;
    QList<KptItem> items() const; // Keep, Problem, Try, each in order
    QList<KptItem> items(KptSection section) const;

    // One undoable step each; false (and errorOccurred) when the journal refused it.
    bool addItem(KptSection section, const QString &text, int position = -1);
    bool removeItem(const QModelIndex &index);
    bool setItemText(const QModelIndex &index, const QString &text);
    // `position` is the item's index in `section` afterwards (clamped).
    bool moveItem(const QModelIndex &index, KptSection section, int position);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    static QString mimeType();

Q_SIGNALS:
    // The journal refused a change (or an undo); the message says what happened and what to do.
    void errorOccurred(const QString &message);
    // Any change of the items: an edit, add, delete, move, undo, redo or another entry.
    void itemsChanged();
    // An edit, add, move, undo or redo left item `id` where the user should see it.
    void itemTouched(qint64 id);

private:
    friend class KptChange;
    using Apply = std::function<Status()>;

    // Runs `change` (the store, then the model) and, when it worked, records it with its inverse.
    bool perform(const QString &description, Apply change, Apply inverse);
    // An undo or redo the journal refused: show what is stored now, with no history to replay.
    void recover(const Error &error);

    // `relinkedGoals`/`unlinkedGoals`: goals promoted from the item, whose link a removal clears
    // and its undo restores.
    Status applyInsert(KptItem &item, const QList<qint64> &relinkedGoals = {});
    Status applyRemove(qint64 id, QList<qint64> *unlinkedGoals = nullptr);
    Status applySetText(qint64 id, const QString &text);
    Status applyMove(qint64 id, KptSection section, int position);
    void load();
    // The item's section and row, or {Keep, -1}.
    std::pair<KptSection, int> locate(qint64 id) const;
    std::optional<qint64> droppedItemId(const QMimeData *data) const;
    // The section and final position a drop at (row, parent) means for item `id`.
    std::pair<KptSection, int> dropTarget(qint64 id, int row, const QModelIndex &parent) const;

    KptStore &m_store;
    QUndoStack *m_undo = nullptr;
    qint64 m_entryId = 0;
    std::array<QList<KptItem>, 3> m_sections;
};

} // namespace hoego
