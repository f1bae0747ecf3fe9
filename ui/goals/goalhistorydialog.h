#pragma once

#include "goals/goal.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace hoego
{

class GoalStore;

// A goal's story: its check-ins (a mistaken one can be removed) and its line across years.
class GoalHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    GoalHistoryDialog(GoalStore &store, qint64 goalId, QWidget *parent = nullptr);

    QListWidget *checkInList() const { return m_checkIns; }
    QListWidget *lineageList() const { return m_lineage; }
    QPushButton *removeButton() const { return m_remove; }
    // True once a check-in was removed: the pane measures progress again.
    bool changed() const { return m_changed; }

private:
    void reload();
    void removeSelectedCheckIn();

    GoalStore &m_store;
    qint64 m_goalId = 0;
    bool m_changed = false;
    QListWidget *m_checkIns = nullptr;
    QListWidget *m_lineage = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hoego
