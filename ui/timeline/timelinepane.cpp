#include "timelinepane.h"

#include "journal/entrystore.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace hoego
{

TimelinePane::TimelinePane(EntryStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("timelinePane"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Years"), this);
    heading->setStyleSheet(QStringLiteral("font-weight: bold; padding: 4px"));
    m_years = new QListWidget(this);
    m_years->setAccessibleName(tr("Years"));
    layout->addWidget(heading);
    layout->addWidget(m_years);
    connect(m_years, &QListWidget::currentRowChanged, this, [this] { Q_EMIT yearSelected(selectedYear()); });
    reload();
}

void TimelinePane::reload()
{
    const std::optional<int> keep = selectedYear();
    const QSignalBlocker blocker(m_years);
    m_years->clear();
    const auto years = m_store.yearStats();
    if (!years)
        return;
    const QLocale locale;
    for (const YearStats &year : *years) {
        if (year.entries == 0)
            continue;
        // Spelled out for one: %n plurals need a translation file even in English.
        const QString label = year.entries == 1 ? tr("%1  ·  1 entry").arg(year.year)
                                                : tr("%1  ·  %2 entries").arg(year.year).arg(year.entries);
        auto *item = new QListWidgetItem(label, m_years);
        item->setData(Qt::UserRole, year.year);
        item->setToolTip(tr("%1 characters, written on %2 days").arg(locale.toString(year.chars), locale.toString(year.daysWritten)));
    }
    if (keep)
        selectYear(*keep);
}

std::optional<int> TimelinePane::selectedYear() const
{
    const QListWidgetItem *item = m_years->currentItem();
    return item ? std::optional<int>(item->data(Qt::UserRole).toInt()) : std::nullopt;
}

void TimelinePane::selectYear(int year)
{
    for (int row = 0; row < m_years->count(); ++row) {
        if (m_years->item(row)->data(Qt::UserRole).toInt() == year) {
            m_years->setCurrentRow(row);
            return;
        }
    }
}

} // namespace hoego
