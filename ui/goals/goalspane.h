#pragma once

#include <QWidget>

class QListWidget;

namespace hoego
{

// This year's goals and their progress (filled in by the goals feature).
class GoalsPane : public QWidget
{
    Q_OBJECT

public:
    explicit GoalsPane(QWidget *parent = nullptr);

private:
    QListWidget *m_goals = nullptr;
};

} // namespace hoego
