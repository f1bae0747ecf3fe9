#pragma once

#include <QWidget>

#include <optional>

class QListWidget;

namespace hoego
{

class EntryStore;

// The years of the journal, newest first, with how much was written in each. (The timeline
// feature grows this into year cards and comparisons.)
class TimelinePane : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePane(EntryStore &store, QWidget *parent = nullptr);

    // Reads the years again, keeping the selection.
    void reload();
    std::optional<int> selectedYear() const;
    void selectYear(int year);
    QListWidget *yearList() const { return m_years; }

Q_SIGNALS:
    void yearSelected(std::optional<int> year);

private:
    EntryStore &m_store;
    QListWidget *m_years = nullptr;
};

} // namespace hoego
