#pragma once

#include "journal/entry.h"
#include "journal/kptstore.h"

#include <QWidget>

#include <array>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QUndoStack;

namespace hoego
{

class Journal;
class KptModel;

// The KPT board of an entry: Keep, Problem and Try side by side, each a list of items with its count,
// edited in place (F2, double click), added from the field under the column (Enter), deleted (Del)
// and moved by drag and drop or Ctrl+Alt+arrows, with undo and redo (Ctrl+Z, Ctrl+Shift+Z). Every
// change is in the journal at once. For a year review, the problems that came back from earlier
// years are listed under the Problem column.
class KptBoard : public QWidget
{
    Q_OBJECT

public:
    explicit KptBoard(Journal &journal, QWidget *parent = nullptr);
    ~KptBoard() override;

    // Shows `entry`'s items; an entry with id 0 leaves the board empty and disabled.
    void setEntry(const Entry &entry);

    KptModel *model() const { return m_model; }
    QUndoStack *undoStack() const;
    QListView *view(KptSection section) const { return m_columns[size_t(section)].view; }
    QLineEdit *addField(KptSection section) const { return m_columns[size_t(section)].add; }
    QLabel *header(KptSection section) const { return m_columns[size_t(section)].header; }
    QListWidget *recurringList() const { return m_recurring; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // The actions of a column's context menu, for its current item (shortcuts shown beside them).
    QList<QAction *> itemActions(KptSection section) const { return m_columns[size_t(section)].actions; }

    // Moves the current item of `section`'s column to the neighbouring column (-1 left, +1 right)
    // or up/down within it (-1, +1), keeping it current. The Ctrl+Alt+arrow shortcuts call these.
    void moveCurrentToColumn(KptSection section, int direction);
    void moveCurrentWithinColumn(KptSection section, int direction);

Q_SIGNALS:
    // Any change of the items (for the preview's KPT block).
    void itemsChanged();
    // "Make It a Goal for Next Year" on a Try item. The action is offered only while this signal is
    // connected.
    void tryItemPromotionRequested(qint64 kptItemId, const QString &text);
    // The journal refused a change; the message says what to do.
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Column {
        QLabel *header = nullptr;
        QListView *view = nullptr;
        QLineEdit *add = nullptr;
        QList<QAction *> actions;
    };

    QWidget *createColumn(KptSection section);
    void createItemActions(KptSection section);
    void showContextMenu(KptSection section, const QPoint &position);
    void addFromField(KptSection section);
    void deleteCurrent(KptSection section);
    void selectItem(qint64 id);
    void updateHeaders();
    void updateRecurring();

    std::unique_ptr<KptStore> m_store;
    KptModel *m_model = nullptr;
    std::array<Column, 3> m_columns;
    QLabel *m_recurringTitle = nullptr;
    QListWidget *m_recurring = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    Entry m_entry;
    QList<DatedKptItem> m_earlierProblems; // of the years before the entry's, for a year review
};

} // namespace hoego
