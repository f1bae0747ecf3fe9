#pragma once

#include "goals/goal.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QDialogButtonBox;
class QLineEdit;

namespace hoego
{

// Edits what a goal is: its title and how it is measured (measure, target, unit, cadence).
class GoalEditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit GoalEditDialog(const Goal &goal, QWidget *parent = nullptr);

    // The goal as edited (status, note and links unchanged).
    Goal goal() const;

    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *measureBox() const { return m_measure; }
    QDoubleSpinBox *targetBox() const { return m_target; }
    QLineEdit *unitEdit() const { return m_unit; }
    QComboBox *cadenceBox() const { return m_cadence; }

private:
    void updateEnabled();

    Goal m_goal;
    QLineEdit *m_title = nullptr;
    QComboBox *m_measure = nullptr;
    QDoubleSpinBox *m_target = nullptr;
    QLineEdit *m_unit = nullptr;
    QComboBox *m_cadence = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace hoego
