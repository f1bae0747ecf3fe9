#include "goalspane.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace hoego
{

GoalsPane::GoalsPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("goalsPane"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Goals"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_goals = new QListWidget(this);
    m_goals->setAccessibleName(tr("This year's goals"));
    auto *empty = new QLabel(tr("No goals yet. Next year's goals, with their progress, will be listed here."), this);
    empty->setWordWrap(true);
    empty->setEnabled(false);
    layout->addWidget(heading);
    layout->addWidget(empty);
    layout->addWidget(m_goals);
}

} // namespace hoego
