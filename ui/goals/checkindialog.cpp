#include "checkindialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hoego
{

CheckInDialog::CheckInDialog(const Goal &goal, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_goalId(goal.id)
{
    setObjectName(u"checkInDialog"_s);
    setWindowTitle(tr("Check In"));
    auto *layout = new QFormLayout(this);
    auto *title = new QLabel(goal.title.toHtmlEscaped(), this);
    title->setWordWrap(true);
    layout->addRow(title);

    m_amount = new QDoubleSpinBox(this);
    m_amount->setRange(0.1, 100000);
    m_amount->setDecimals(1);
    m_amount->setValue(defaultAmount(goal));
    m_amount->setSuffix(goal.unit.isEmpty() ? QString() : u" "_s + goal.unit);
    m_amount->setAccessibleName(tr("Amount"));
    layout->addRow(tr("&Amount:"), m_amount);

    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Optional: what you did"));
    layout->addRow(tr("&Note:"), m_note);

    m_date = new QDateEdit(today, this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    layout->addRow(tr("&Day:"), m_date);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Check In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addRow(buttons);
    m_amount->setFocus();
    m_amount->selectAll();
}

CheckIn CheckInDialog::checkIn() const
{
    CheckIn checkIn;
    checkIn.goalId = m_goalId;
    checkIn.amount = m_amount->value();
    checkIn.note = m_note->text().trimmed();
    checkIn.date = m_date->date();
    return checkIn;
}

double CheckInDialog::defaultAmount(const Goal &goal)
{
    // Counted goals get one more; minutes and pages come in larger steps in a day's work.
    static const QSet<QString> minutes = {u"분"_s, u"min"_s, u"minutes"_s, u"minute"_s};
    static const QSet<QString> pages = {u"쪽"_s, u"페이지"_s, u"pages"_s, u"page"_s, u"p"_s};
    if (goal.measure == GoalMeasure::Frequency || goal.measure == GoalMeasure::Done)
        return 1;
    const QString unit = goal.unit.toLower();
    if (minutes.contains(unit))
        return 30;
    if (pages.contains(unit))
        return 10;
    return 1;
}

} // namespace hoego
