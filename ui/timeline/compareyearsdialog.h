#pragma once

#include "timeline/yearcomparison.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QTextBrowser;

namespace hoego
{

class Journal;

// View ▸ Compare Years…: two years side by side — counts, goals with their outcomes and the KPT
// columns — with the problems that came back and the goals carried over highlighted on both sides.
class CompareYearsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CompareYearsDialog(Journal &journal, QWidget *parent = nullptr);

    // Picks the two years (either order) and compares them.
    void setYears(int first, int second);
    QComboBox *firstPicker() const { return m_first; }
    QComboBox *secondPicker() const { return m_second; }
    QTextBrowser *earlierColumn() const { return m_columns[0]; }
    QTextBrowser *laterColumn() const { return m_columns[1]; }
    QLabel *summary() const { return m_summary; }
    const std::optional<YearComparison> &comparison() const { return m_comparison; }

private:
    void compare();
    QString sideHtml(const YearSide &side, const YearComparison &comparison) const;
    QString kptHtml(const QString &heading, const QList<KptItem> &items, const YearComparison &comparison) const;
    QString goalsHtml(const YearSide &side, const YearComparison &comparison) const;

    Journal &m_journal;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_columns[2] = {nullptr, nullptr};
    std::optional<YearComparison> m_comparison;
};

} // namespace hoego
