#pragma once

#include "goals/goal.h"

#include <QDialog>

class QDateEdit;
class QDoubleSpinBox;
class QLineEdit;

namespace hoego
{

// The small popup of a check-in: an amount (default 1 or what suits the unit), a note, a day.
class CheckInDialog : public QDialog
{
    Q_OBJECT

public:
    CheckInDialog(const Goal &goal, const QDate &today, QWidget *parent = nullptr);

    CheckIn checkIn() const;

    QDoubleSpinBox *amountBox() const { return m_amount; }
    QLineEdit *noteEdit() const { return m_note; }
    QDateEdit *dateEdit() const { return m_date; }

    // What one check-in usually is in `unit`: a run of 30 minutes, 10 pages, otherwise 1.
    static double defaultAmount(const Goal &goal);

private:
    qint64 m_goalId = 0;
    QDoubleSpinBox *m_amount = nullptr;
    QLineEdit *m_note = nullptr;
    QDateEdit *m_date = nullptr;
};

} // namespace hoego
