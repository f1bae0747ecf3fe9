#include "goaldelegate.h"

#include "goals/goal.h"
#include "goalsmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace hoego
{
namespace
{

constexpr int margin = 6;
constexpr int barHeight = 6;

QColor chipColor(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Achieved:
        return QColor(0x2e, 0x7d, 0x32);
    case GoalStatus::Partly:
        return QColor(0xef, 0x8f, 0x00);
    case GoalStatus::Missed:
        return QColor(0xc6, 0x28, 0x28);
    case GoalStatus::Dropped:
        return QColor(0x75, 0x75, 0x75);
    case GoalStatus::Open:
        break;
    }
    return QColor(0x15, 0x65, 0xc0);
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.85);
    return font;
}

} // namespace

GoalDelegate::Texts GoalDelegate::textsFor(const QModelIndex &index)
{
    return {index.data(GoalsModel::TitleRole).toString(), index.data(GoalsModel::ProgressTextRole).toString(),
            index.data(GoalsModel::StatusTextRole).toString()};
}

QSize GoalDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics title(option.font);
    const QFontMetrics small(smallFont(option.font));
    return {200, margin * 4 + title.height() + barHeight + small.height()};
}

void GoalDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const Texts texts = textsFor(index);
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QFont small = smallFont(option.font);
    const QFontMetrics titleMetrics(option.font);
    const QFontMetrics smallMetrics(small);
    const QRect area = option.rect.adjusted(margin, margin, -margin, -margin);

    painter->save();
    painter->setFont(option.font);
    const int chipWidth = smallMetrics.horizontalAdvance(texts.status) + 2 * margin;
    const QRect chip(area.right() - chipWidth, area.top(), chipWidth, titleMetrics.height());
    paintChip(painter, chip, index, texts.status, selected ? option.palette.color(group, QPalette::Base) : QColor());

    painter->setFont(option.font);
    painter->setPen(textColor);
    const QRect titleRect(area.left(), area.top(), area.width() - chipWidth - margin, titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, titleMetrics.elidedText(texts.title, Qt::ElideRight, titleRect.width()));

    const QRect bar(area.left(), titleRect.bottom() + margin, area.width(), barHeight);
    const double fraction = std::clamp(index.data(GoalsModel::FractionRole).toDouble(), 0.0, 1.0);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(group, QPalette::Mid));
    painter->drawRoundedRect(bar, barHeight / 2.0, barHeight / 2.0);
    if (fraction > 0) {
        painter->setBrush(chipColor(GoalStatus(index.data(GoalsModel::StatusRole).toInt())));
        painter->drawRoundedRect(QRectF(bar.left(), bar.top(), std::max<double>(barHeight, bar.width() * fraction), barHeight), barHeight / 2.0,
                                 barHeight / 2.0);
    }

    QColor grey = textColor;
    grey.setAlphaF(0.65);
    painter->setPen(grey);
    painter->setFont(small);
    const QRect progressRect(area.left(), bar.bottom() + margin, area.width(), smallMetrics.height());
    painter->drawText(progressRect, Qt::AlignLeft | Qt::AlignVCenter, smallMetrics.elidedText(texts.progress, Qt::ElideRight, progressRect.width()));
    painter->restore();
}

void GoalDelegate::paintChip(QPainter *painter, const QRect &rect, const QModelIndex &index, const QString &text, const QColor &background) const
{
    const QColor color = chipColor(GoalStatus(index.data(GoalsModel::StatusRole).toInt()));
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(color);
    // On a selected row the chip sits on an opaque background, so that it stays readable.
    QColor fill = color;
    fill.setAlphaF(0.15);
    if (background.isValid())
        painter->setBrush(background);
    else
        painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 2.5, -0.5, -2.5), 6, 6);
    painter->setFont(smallFont(painter->font()));
    painter->drawText(rect, Qt::AlignCenter, text);
}

} // namespace hoego
