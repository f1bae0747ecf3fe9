#pragma once

#include "goals/goal.h"

#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QToolButton;

namespace hoego
{

class GoalStore;
class GoalsModel;
class Journal;

// The goals of one year with their progress: add a goal by writing it, check in, edit, drop,
// delete, see its history, and review the year.
class GoalsPane : public QWidget
{
    Q_OBJECT

public:
    explicit GoalsPane(Journal &journal, QWidget *parent = nullptr);
    ~GoalsPane() override;

    // Progress and new check-ins depend on the day: tests give a fixed one.
    void setClock(std::function<QDate()> today);
    QDate today() const { return m_today(); }
    int year() const { return m_year; }

    // Offer the review of the shown year (when it has open goals): the entry shown is its year review.
    void setReviewOffered(bool offered);

    GoalStore &store() const { return *m_store; }
    GoalsModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QLineEdit *addEdit() const { return m_addEdit; }
    QLabel *parseHint() const { return m_parseHint; }
    QWidget *reviewBar() const { return m_reviewBar; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *undoButton() const { return m_undo; }
    QAction *checkInAction() const { return m_checkInAction; }

    qint64 selectedGoalId() const;
    bool selectGoal(qint64 goalId);

public Q_SLOTS:
    void showYear(int year);
    // Reads the goals again (after a Try item was promoted, for example).
    void reload();
    void focusAddEdit();
    // Each opens its small dialog (non-blocking) for the selected goal.
    void checkInSelected();
    void editSelected();
    void showHistoryOfSelected();
    void dropSelected();
    void deleteSelected();
    void reviewYear();

Q_SIGNALS:
    // Goals or check-ins were written.
    void goalsChanged();

private:
    QWidget *createHeader();
    QWidget *createMessageBar();
    QWidget *createReviewBar();
    QWidget *createButtons();
    void createActions();
    void updateParseHint();
    void addGoalFromEdit();
    void updateReviewBar();
    void updateButtons();
    void showMessage(const QString &text, std::function<void()> undo = {});
    // Keeps the selection on `selectId` (or the first goal) and the bars and buttons in step.
    void afterReload(qint64 selectId);
    bool eventFilter(QObject *watched, QEvent *event) override;

    std::unique_ptr<GoalStore> m_store;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
    int m_year = 0;
    bool m_reviewOffered = false;
    GoalsModel *m_model = nullptr;
    QLabel *m_heading = nullptr;
    QLineEdit *m_addEdit = nullptr;
    QLabel *m_parseHint = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_reviewBar = nullptr;
    QLabel *m_reviewText = nullptr;
    QWidget *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    std::function<void()> m_undoStep;
    QAction *m_checkInAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_dropAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_historyAction = nullptr;
};

} // namespace hoego
