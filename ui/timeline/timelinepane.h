#pragma once

#include <QWidget>

class QListWidget;

namespace hoego
{

// The years of the journal, newest first (filled in by the timeline feature).
class TimelinePane : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePane(QWidget *parent = nullptr);

private:
    QListWidget *m_years = nullptr;
};

} // namespace hoego
