#pragma once

#include "goals/goalreview.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace hoego
{

class GoalStore;

// The year-end review of year N's goals: each with its measured progress and a proposed status the
// user confirms or changes with a note, and unmet goals offered for carrying over to N+1.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReviewDialog(GoalStore &store, int year, const QDate &today, QWidget *parent = nullptr);

    int year() const { return m_year; }
    int goalCount() const { return int(m_rows.size()); }
    qint64 goalIdAt(int row) const { return m_rows.at(row).goalId; }
    QComboBox *statusBox(int row) const { return m_rows.at(row).status; }
    QLineEdit *noteEdit(int row) const { return m_rows.at(row).note; }
    QCheckBox *carryBox(int row) const { return m_rows.at(row).carry; }
    QPushButton *applyButton() const { return m_apply; }

    // Writes every status and note, and carries the checked goals over to N+1; false when something
    // could not be written (what was written stays, and summary() says what failed).
    bool apply();
    // What the last apply() did, in one sentence or two.
    QString summary() const { return m_summary; }

private:
    struct Row {
        qint64 goalId = 0;
        QComboBox *status = nullptr;
        QLineEdit *note = nullptr;
        QCheckBox *carry = nullptr;
    };
    QWidget *createGoalTable(const YearReview &review, const QList<qint64> &candidates, const QSet<qint64> &carried);
    void addGoalRow(QGridLayout *grid, int line, const GoalStanding &standing, bool propose, bool carried);
    void applyAndClose();

    GoalStore &m_store;
    int m_year = 0;
    QList<Row> m_rows;
    QLabel *m_error = nullptr;
    QPushButton *m_apply = nullptr;
    QString m_summary;
};

} // namespace hoego
