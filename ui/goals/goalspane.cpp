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
    layout->addWidget(heading);
    layout->addWidget(m_goals);
}

} // namespace hoego
