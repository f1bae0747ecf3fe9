#pragma once

#include <QStyledItemDelegate>

namespace hoego
{

// Paints a goal of GoalsModel as a card: title and status chip, a progress bar, the progress in words.
class GoalDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    // What a row shows, in painting order: title, progress text, status. Tests read it.
    struct Texts {
        QString title;
        QString progress;
        QString status;
    };
    static Texts textsFor(const QModelIndex &index);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    void paintChip(QPainter *painter, const QRect &rect, const QModelIndex &index, const QString &text, const QColor &background) const;
};

} // namespace hoego
