// GoalsPane's actions on the selected goal and the year review; each dialog opens without blocking.
#include "goalspane.h"

#include "checkindialog.h"
#include "goaleditdialog.h"
#include "goalhistorydialog.h"
#include "goals/goalstore.h"
#include "goalsmodel.h"
#include "reviewdialog.h"

#include <QMessageBox>
#include <QPushButton>

namespace hoego
{

void GoalsPane::checkInSelected()
{
    auto goal = m_store->get(selectedGoalId());
    if (!goal) {
        showMessage(tr("Select a goal to check in."));
        return;
    }
    auto *dialog = new CheckInDialog(*goal, m_today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const CheckIn checkIn = dialog->checkIn();
        if (auto added = m_store->checkIn(checkIn); !added) {
            showMessage(tr("The check-in was not saved: %1").arg(added.error().message));
            return;
        }
        reload();
        showMessage(tr("Checked in %1 on %2.").arg(GoalsModel::numberText(checkIn.amount), QLocale().toString(checkIn.date, QLocale::ShortFormat)));
        Q_EMIT goalsChanged();
    });
    dialog->open();
}

void GoalsPane::editSelected()
{
    auto goal = m_store->get(selectedGoalId());
    if (!goal)
        return;
    auto *dialog = new GoalEditDialog(*goal, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (Status saved = m_store->update(dialog->goal()); !saved) {
            showMessage(tr("The goal was not saved: %1").arg(saved.error().message));
            return;
        }
        reload();
        Q_EMIT goalsChanged();
    });
    dialog->open();
}

void GoalsPane::showHistoryOfSelected()
{
    const qint64 id = selectedGoalId();
    if (id == 0)
        return;
    auto *dialog = new GoalHistoryDialog(*m_store, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (dialog->changed()) {
            reload();
            Q_EMIT goalsChanged();
        }
    });
    dialog->open();
}

void GoalsPane::dropSelected()
{
    auto goal = m_store->get(selectedGoalId());
    if (!goal || goal->status == GoalStatus::Dropped)
        return;
    if (Status dropped = m_store->setStatus(goal->id, GoalStatus::Dropped, goal->outcomeNote); !dropped) {
        showMessage(tr("The goal was not dropped: %1").arg(dropped.error().message));
        return;
    }
    reload();
    Q_EMIT goalsChanged();
    // Dropping is one click, so it is undone with one click instead of asked about first.
    const Goal before = *goal;
    showMessage(tr("Dropped “%1”.").arg(goal->title), [this, before] {
        if (Status restored = m_store->setStatus(before.id, before.status, before.outcomeNote); !restored) {
            showMessage(tr("The goal could not be restored: %1").arg(restored.error().message));
            return;
        }
        reload();
        showMessage(tr("“%1” is back.").arg(before.title));
        Q_EMIT goalsChanged();
    });
}

void GoalsPane::deleteSelected()
{
    auto goal = m_store->get(selectedGoalId());
    if (!goal)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Goal"),
                                tr("Delete “%1” and its check-ins? This cannot be undone. To keep it in the year's record, drop it instead.")
                                    .arg(goal->title),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteGoalBox"));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 id = goal->id;
    const QString title = goal->title;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, id, title](QAbstractButton *clicked) {
        if (clicked != remove)
            return;
        if (Status removed = m_store->remove(id); !removed) {
            showMessage(tr("The goal was not deleted: %1").arg(removed.error().message));
            return;
        }
        reload();
        showMessage(tr("Deleted “%1”.").arg(title));
        Q_EMIT goalsChanged();
    });
    box->open();
}

void GoalsPane::reviewYear()
{
    auto *dialog = new ReviewDialog(*m_store, m_year, m_today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        showMessage(dialog->summary());
        Q_EMIT goalsChanged();
    });
    dialog->open();
}

} // namespace hoego
