#include "timelinepane.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace hoego
{

TimelinePane::TimelinePane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("timelinePane"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(tr("Timeline"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: bold"));
    m_years = new QListWidget(this);
    m_years->setAccessibleName(tr("Years"));
    layout->addWidget(heading);
    layout->addWidget(m_years);
}

} // namespace hoego
