#include "goalhistorydialog.h"

#include "goals/goalstore.h"
#include "goalsmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hoego
{

GoalHistoryDialog::GoalHistoryDialog(GoalStore &store, qint64 goalId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_goalId(goalId)
{
    setObjectName(u"goalHistoryDialog"_s);
    setWindowTitle(tr("Goal History"));
    resize(460, 420);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Check-ins"), this));
    m_checkIns = new QListWidget(this);
    m_checkIns->setAccessibleName(tr("Check-ins"));
    layout->addWidget(m_checkIns, 2);
    m_remove = new QPushButton(tr("&Remove Check-In"), this);
    m_remove->setEnabled(false);
    layout->addWidget(m_remove, 0, Qt::AlignLeft);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Across the years"), this));
    m_lineage = new QListWidget(this);
    m_lineage->setAccessibleName(tr("The goal across the years"));
    layout->addWidget(m_lineage, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_checkIns, &QListWidget::currentRowChanged, this, [this](int row) { m_remove->setEnabled(row >= 0); });
    connect(m_remove, &QPushButton::clicked, this, &GoalHistoryDialog::removeSelectedCheckIn);
    reload();
}

void GoalHistoryDialog::reload()
{
    m_checkIns->clear();
    m_lineage->clear();
    auto goal = m_store.get(m_goalId);
    if (goal)
        setWindowTitle(tr("History of “%1”").arg(goal->title));
    const auto checkIns = m_store.checkIns(m_goalId);
    if (!checkIns) {
        m_checkIns->addItem(checkIns.error().message);
        return;
    }
    for (const CheckIn &checkIn : *checkIns) {
        QString line = tr("%1  +%2 %3").arg(checkIn.date.toString(Qt::ISODate), GoalsModel::numberText(checkIn.amount), goal ? goal->unit : QString());
        if (!checkIn.note.isEmpty())
            line += u"  — "_s + checkIn.note;
        auto *item = new QListWidgetItem(line.simplified(), m_checkIns);
        item->setData(Qt::UserRole, checkIn.id);
    }
    if (checkIns->isEmpty()) {
        auto *none = new QListWidgetItem(tr("No check-ins yet."), m_checkIns);
        none->setFlags(Qt::NoItemFlags);
    }
    const auto lineage = m_store.lineage(m_goalId);
    if (!lineage)
        return;
    for (const Goal &step : *lineage) {
        auto *item = new QListWidgetItem(tr("%1: %2 (%3)").arg(QString::number(step.year), step.title, GoalsModel::statusText(step.status)), m_lineage);
        if (step.id == m_goalId) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (!step.outcomeNote.isEmpty())
            item->setToolTip(step.outcomeNote);
    }
}

void GoalHistoryDialog::removeSelectedCheckIn()
{
    const QListWidgetItem *item = m_checkIns->currentItem();
    if (!item)
        return;
    if (Status removed = m_store.removeCheckIn(item->data(Qt::UserRole).toLongLong()); !removed) {
        m_error->setText(tr("The check-in was not removed: %1").arg(removed.error().message));
        return;
    }
    m_error->clear();
    m_changed = true;
    reload();
}

} // namespace hoego
