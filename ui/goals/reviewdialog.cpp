#include "reviewdialog.h"

#include "goals/goalstore.h"
#include "goalsmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hoego
{

ReviewDialog::ReviewDialog(GoalStore &store, int year, const QDate &today, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_year(year)
{
    setObjectName(u"reviewDialog"_s);
    setWindowTitle(tr("Review %1").arg(year));
    resize(860, 520);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto review = reviewYear(m_store, year, today);
    auto nextYear = m_store.list(year + 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    QPalette warning = m_error->palette();
    warning.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(warning);
    if (!review || !nextYear) {
        m_error->setText(review ? nextYear.error().message : review.error().message);
    } else {
        QSet<qint64> carried;
        for (const Goal &next : *nextYear)
            carried.insert(next.carriedFrom);
        layout->addWidget(createGoalTable(*review, review->carryOverCandidates(*nextYear), carried), 1);
    }
    intro->setText(m_rows.isEmpty() ? tr("%1 has no goals to review.").arg(year)
                                    : tr("How did %1 go? Hoego proposes a status from what was measured: confirm or change it, "
                                         "add a note, and choose what to carry over to %2.")
                                          .arg(year)
                                          .arg(year + 1));
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setEnabled(!m_rows.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &ReviewDialog::applyAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QWidget *ReviewDialog::createGoalTable(const YearReview &review, const QList<qint64> &candidates, const QSet<qint64> &carried)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    auto *table = new QWidget(scroll);
    auto *grid = new QGridLayout(table);
    const QStringList headings = {tr("Goal"), tr("Progress"), tr("Status"), tr("Note"), tr("Carry over")};
    for (int column = 0; column < headings.size(); ++column) {
        auto *heading = new QLabel(u"<b>%1</b>"_s.arg(headings.at(column).toHtmlEscaped()), table);
        grid->addWidget(heading, 0, column);
    }
    int line = 1;
    for (const GoalStanding &standing : review.goals)
        addGoalRow(grid, line++, standing, candidates.contains(standing.goal.id), carried.contains(standing.goal.id));
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(3, 2);
    grid->setRowStretch(line, 1);
    scroll->setWidget(table);
    return scroll;
}

void ReviewDialog::addGoalRow(QGridLayout *grid, int line, const GoalStanding &standing, bool propose, bool carried)
{
    QWidget *table = grid->parentWidget();
    const Goal &goal = standing.goal;
    auto *title = new QLabel(goal.title.toHtmlEscaped(), table);
    title->setWordWrap(true);
    grid->addWidget(title, line, 0);

    auto *progress = new QWidget(table);
    auto *progressLayout = new QVBoxLayout(progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QProgressBar(progress);
    bar->setRange(0, 100);
    bar->setValue(int(std::lround(standing.progress.fraction * 100)));
    progressLayout->addWidget(bar);
    progressLayout->addWidget(new QLabel(GoalsModel::progressText(standing), progress));
    grid->addWidget(progress, line, 1);

    Row row;
    row.goalId = goal.id;
    row.status = new QComboBox(table);
    for (GoalStatus status : {GoalStatus::Achieved, GoalStatus::Partly, GoalStatus::Missed, GoalStatus::Dropped, GoalStatus::Open})
        row.status->addItem(GoalsModel::statusText(status), int(status));
    // A goal reviewed before keeps its status; an open one gets what its progress suggests.
    const GoalStatus shown = goal.status == GoalStatus::Open ? standing.progress.proposedStatus(goal) : goal.status;
    row.status->setCurrentIndex(row.status->findData(int(shown)));
    row.status->setAccessibleName(tr("Status of %1").arg(goal.title));
    grid->addWidget(row.status, line, 2);

    row.note = new QLineEdit(goal.outcomeNote, table);
    row.note->setPlaceholderText(tr("What happened"));
    grid->addWidget(row.note, line, 3);

    row.carry = new QCheckBox(carried ? tr("Carried over") : tr("To %1").arg(m_year + 1), table);
    row.carry->setChecked(propose || carried);
    row.carry->setEnabled(!carried);
    grid->addWidget(row.carry, line, 4);
    // The carry-over proposal follows the status: unmet goals go on, met or dropped ones do not.
    connect(row.status, &QComboBox::currentIndexChanged, row.carry, [status = row.status, carry = row.carry] {
        const auto chosen = GoalStatus(status->currentData().toInt());
        if (carry->isEnabled())
            carry->setChecked(chosen == GoalStatus::Partly || chosen == GoalStatus::Missed);
    });
    m_rows << row;
}

bool ReviewDialog::apply()
{
    QMap<GoalStatus, int> counts;
    int carriedCount = 0;
    QStringList failures;
    for (const Row &row : std::as_const(m_rows)) {
        const auto status = GoalStatus(row.status->currentData().toInt());
        if (Status set = m_store.setStatus(row.goalId, status, row.note->text().trimmed()); set)
            ++counts[status];
        else
            failures << set.error().message;
        if (row.carry->isChecked() && row.carry->isEnabled()) {
            if (auto carried = m_store.carryOver(row.goalId, m_year + 1); carried)
                ++carriedCount;
            else
                failures << carried.error().message;
        }
    }
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << tr("%1 %2").arg(it.value()).arg(GoalsModel::statusText(it.key()).toLower());
    m_summary = tr("Reviewed the goals of %1: %2.").arg(m_year).arg(parts.join(u", "_s));
    if (carriedCount > 0)
        m_summary += u" "_s + tr("%1 carried over to %2.").arg(carriedCount).arg(m_year + 1);
    if (!failures.isEmpty())
        m_summary += u" "_s + tr("Not written: %1").arg(failures.join(u"; "_s));
    return failures.isEmpty();
}

void ReviewDialog::applyAndClose()
{
    if (apply()) {
        accept();
        return;
    }
    m_error->setText(m_summary);
}

} // namespace hoego
