#include "goaleditdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace hoego
{

GoalEditDialog::GoalEditDialog(const Goal &goal, QWidget *parent)
    : QDialog(parent)
    , m_goal(goal)
{
    setObjectName(u"goalEditDialog"_s);
    setWindowTitle(tr("Edit Goal"));
    auto *layout = new QFormLayout(this);
    m_title = new QLineEdit(goal.title, this);
    m_title->setMinimumWidth(320);
    layout->addRow(tr("&Title:"), m_title);

    m_measure = new QComboBox(this);
    m_measure->addItem(tr("Count (books, papers…)"), int(GoalMeasure::Count));
    m_measure->addItem(tr("Duration (minutes, hours)"), int(GoalMeasure::Duration));
    m_measure->addItem(tr("Frequency (times per period)"), int(GoalMeasure::Frequency));
    m_measure->addItem(tr("Done or not"), int(GoalMeasure::Done));
    m_measure->setCurrentIndex(m_measure->findData(int(goal.measure)));
    layout->addRow(tr("&Measure:"), m_measure);

    m_target = new QDoubleSpinBox(this);
    m_target->setRange(0, 1000000);
    m_target->setDecimals(1);
    m_target->setValue(goal.target.value_or(0));
    m_target->setSpecialValueText(tr("none"));
    layout->addRow(tr("T&arget:"), m_target);

    m_unit = new QLineEdit(goal.unit, this);
    m_unit->setPlaceholderText(tr("권, 편, 회, 분, km…"));
    layout->addRow(tr("&Unit:"), m_unit);

    m_cadence = new QComboBox(this);
    m_cadence->addItem(tr("Over the year"), int(GoalCadence::None));
    m_cadence->addItem(tr("Every day"), int(GoalCadence::Day));
    m_cadence->addItem(tr("Every week"), int(GoalCadence::Week));
    m_cadence->addItem(tr("Every month"), int(GoalCadence::Month));
    m_cadence->setCurrentIndex(m_cadence->findData(int(goal.per)));
    layout->addRow(tr("&Cadence:"), m_cadence);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(m_buttons);
    connect(m_measure, &QComboBox::currentIndexChanged, this, &GoalEditDialog::updateEnabled);
    connect(m_title, &QLineEdit::textChanged, this, &GoalEditDialog::updateEnabled);
    updateEnabled();
}

void GoalEditDialog::updateEnabled()
{
    const auto measure = GoalMeasure(m_measure->currentData().toInt());
    m_target->setEnabled(measure != GoalMeasure::Done);
    m_unit->setEnabled(measure != GoalMeasure::Done);
    m_cadence->setEnabled(measure == GoalMeasure::Frequency);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!m_title->text().trimmed().isEmpty());
}

Goal GoalEditDialog::goal() const
{
    Goal edited = m_goal;
    edited.title = m_title->text().trimmed();
    edited.measure = GoalMeasure(m_measure->currentData().toInt());
    const bool measured = edited.measure != GoalMeasure::Done && m_target->value() > 0;
    edited.target = measured ? std::optional<double>(m_target->value()) : std::nullopt;
    edited.unit = edited.measure == GoalMeasure::Done ? QString() : m_unit->text().trimmed();
    edited.per = edited.measure == GoalMeasure::Frequency ? GoalCadence(m_cadence->currentData().toInt()) : GoalCadence::None;
    return edited;
}

} // namespace hoego
