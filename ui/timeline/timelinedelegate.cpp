#include "timelinedelegate.h"

#include "timelinemodel.h"

#include <QAbstractItemView>
#include <QFontDatabase>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStaticText>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

constexpr int cardMargin = 6;
constexpr int cardPadding = 10;
constexpr int cardRadius = 8;
constexpr int yearHeight = 104;
constexpr int entryHeight = 26;
constexpr int snippetHeight = 20;
constexpr int lastEntryPadding = 8;

QColor cardColour(const QPalette &palette)
{
    // A shade off the base colour, so the card reads as a card in light and dark themes alike.
    const QColor base = palette.color(QPalette::Base);
    return base.lightness() > 128 ? base.darker(104) : base.lighter(130);
}

// drawText at a baseline: much cheaper than the rectangle-and-flags form, which lays the text out
// in a QTextLayout on every call (and painting every card is a budget).
void drawLeft(QPainter *painter, const QRect &area, const QString &text)
{
    const QFontMetrics metrics = painter->fontMetrics();
    painter->drawText(QPoint(area.left(), area.top() + (area.height() + metrics.ascent() - metrics.descent()) / 2), text);
}

void drawRight(QPainter *painter, const QRect &area, const QString &text, int width)
{
    drawLeft(painter, QRect(area.right() - width, area.top(), width, area.height()), text);
}

QColor mutedText(const QPalette &palette)
{
    QColor colour = palette.color(QPalette::Text);
    colour.setAlphaF(0.62f);
    return colour;
}

// The card behind a row: rounded at the top of a year and at the bottom of its last entry (or of
// a folded year), square where rows join.
void paintCardBackground(QPainter *painter, const QRect &row, bool roundTop, bool roundBottom, const QStyleOptionViewItem &option)
{
    const QRect card = row.adjusted(cardMargin, roundTop ? cardMargin : 0, -cardMargin, roundBottom ? -cardMargin : 0);
    if (!roundTop && !roundBottom) {
        painter->fillRect(card, cardColour(option.palette)); // most rows: no curve, no clip, no antialiasing
        return;
    }
    const QRect drawn = card.adjusted(0, roundTop ? 0 : -2 * cardRadius, 0, roundBottom ? 0 : 2 * cardRadius);
    painter->save();
    painter->setClipRect(card);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(cardColour(option.palette));
    painter->drawRoundedRect(drawn, cardRadius, cardRadius);
    painter->restore();
}

// A snippet with its «hits» in bold.
void paintSnippet(QPainter *painter, const QRect &area, const QString &snippet, const QStyleOptionViewItem &option)
{
    QFont plain = option.font;
    plain.setPointSizeF(plain.pointSizeF() * 0.9);
    QFont bold = plain;
    bold.setBold(true);
    int x = area.left();
    bool inHit = false;
    QString run;
    const auto flush = [&] {
        painter->setFont(inHit ? bold : plain);
        const int width = QFontMetrics(painter->font()).horizontalAdvance(run);
        painter->drawText(QRect(x, area.top(), area.right() - x, area.height()), Qt::AlignLeft | Qt::AlignVCenter, run);
        x += width;
        run.clear();
    };
    painter->setPen(mutedText(option.palette));
    for (const QChar c : snippet) {
        if (c == u'«' || c == u'»') {
            flush();
            inHit = c == u'«';
        } else {
            run += c;
        }
        if (x > area.right())
            return;
    }
    flush();
}

} // namespace

QString TimelineDelegate::shortKindLabel(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Year:
        return tr("Year");
    case EntryKind::Half:
        return tr("Half");
    case EntryKind::Quarter:
        return tr("Qtr");
    case EntryKind::Month:
        return tr("Month");
    case EntryKind::Week:
        return tr("Week");
    case EntryKind::Plan:
        return tr("Plan");
    case EntryKind::Note:
        break;
    }
    return tr("Note");
}

TimelineDelegate::TimelineDelegate(const TimelineModel &model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
    // Cards are mostly Hangul: a font that has it saves a fallback lookup for every run of text.
    for (const QString &family : {u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"NanumGothic"_s}) {
        if (QFontDatabase::hasFamily(family)) {
            m_koreanFamily = family;
            break;
        }
    }
}

QSize TimelineDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int width = option.rect.width() > 0 ? option.rect.width() : 240;
    if (m_model.yearAt(index))
        return {width, yearHeight};
    const TimelineEntry *entry = m_model.entryAt(index);
    const bool last = index.row() == m_model.rowCount(index.parent()) - 1;
    const int snippet = entry && !entry->snippet.isEmpty() ? snippetHeight : 0;
    return {width, entryHeight + snippet + (last ? lastEntryPadding : 0)};
}

void TimelineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &original, const QModelIndex &index) const
{
    // Fonts are derived once per view font, not on every row: a changed QFont is resolved anew.
    if (!m_fontsMade || original.font != m_sourceFont) {
        m_fontsMade = true;
        m_sourceFont = original.font;
        m_cardFont = original.font;
        if (!m_koreanFamily.isEmpty())
            m_cardFont.setFamilies({m_koreanFamily});
        m_smallFont = m_cardFont;
        m_smallFont.setPointSizeF(m_cardFont.pointSizeF() * 0.85);
    }
    QStyleOptionViewItem option = original;
    option.font = m_cardFont;
    if (const TimelineYear *year = m_model.yearAt(index)) {
        const auto *view = qobject_cast<const QTreeView *>(option.widget);
        const bool open = !year->entries.isEmpty() && (!view || view->isExpanded(index));
        paintYear(painter, option, *year, open);
    } else if (const TimelineEntry *entry = m_model.entryAt(index)) {
        paintEntry(painter, option, *entry, index.row() == m_model.rowCount(index.parent()) - 1);
    }
}

void TimelineDelegate::paintYear(QPainter *painter, const QStyleOptionViewItem &option, const TimelineYear &year, bool open) const
{
    paintCardBackground(painter, option.rect, true, !open, option);
    const QRect inner = option.rect.adjusted(cardMargin + cardPadding, cardMargin + cardPadding / 2, -cardMargin - cardPadding, 0);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    if (selected) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect.adjusted(cardMargin, cardMargin, -cardMargin, open ? 0 : -cardMargin)).adjusted(1, 1, -1, -1),
                                 cardRadius, cardRadius);
    }
    const QLocale locale;
    QFont big = option.font;
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    painter->setFont(big);
    painter->setPen(option.palette.color(QPalette::Text));
    const int yearLine = QFontMetrics(big).height();
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), yearLine), Qt::AlignLeft | Qt::AlignVCenter, QString::number(year.year));
    painter->setFont(option.font);
    painter->setPen(mutedText(option.palette));
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), yearLine), Qt::AlignRight | Qt::AlignVCenter,
                      // Spelled out for one: %n plurals need a translation file even in English.
                      year.entries.size() == 1 ? tr("1 entry · %1 chars").arg(locale.toString(year.chars))
                                               : tr("%1 entries · %2 chars").arg(locale.toString(year.entries.size()), locale.toString(year.chars)));
    const int lineHeight = option.fontMetrics.height();
    const QRect counts(inner.left(), inner.top() + yearLine + 2, inner.width(), lineHeight);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(counts, Qt::AlignLeft | Qt::AlignVCenter,
                      tr("Goals %1/%2").arg(locale.toString(year.goalsMet), locale.toString(year.goalsSet)));
    painter->drawText(counts, Qt::AlignRight | Qt::AlignVCenter,
                      tr("K %1 · P %2 · T %3").arg(locale.toString(year.keep), locale.toString(year.problem), locale.toString(year.tries)));
    const int stripTop = counts.bottom() + 6;
    paintActivity(painter, QRect(inner.left(), stripTop, inner.width(), option.rect.bottom() - stripTop - (open ? 4 : cardMargin + 6)), year,
                  option.palette);
    painter->restore();
}

void TimelineDelegate::paintActivity(QPainter *painter, const QRect &area, const TimelineYear &year, const QPalette &palette) const
{
    // Twelve bars, January to December, as tall as the month's characters against the busiest month.
    const qint64 busiest = year.busiestMonthChars();
    const int gap = 3;
    const qreal barWidth = (area.width() - 11 * gap) / 12.0;
    QColor empty = palette.color(QPalette::Text);
    empty.setAlphaF(0.12f);
    for (int month = 0; month < 12; ++month) {
        const qreal x = area.left() + month * (barWidth + gap);
        const qint64 chars = year.monthChars[size_t(month)];
        const int height = busiest > 0 && chars > 0 ? qMax(2, int(area.height() * double(chars) / double(busiest))) : 2;
        painter->fillRect(QRectF(x, area.bottom() - height + 1, barWidth, height), chars > 0 ? palette.color(QPalette::Highlight) : empty);
    }
}

void TimelineDelegate::paintEntry(QPainter *painter, const QStyleOptionViewItem &option, const TimelineEntry &entry, bool last) const
{
    paintCardBackground(painter, option.rect, false, last, option);
    const QRect row = option.rect.adjusted(cardMargin + cardPadding, 0, -cardMargin - cardPadding, last ? -lastEntryPadding : 0);
    painter->save();
    if (option.state & QStyle::State_Selected) {
        QColor highlight = option.palette.color(QPalette::Highlight);
        highlight.setAlphaF(0.25f);
        painter->fillRect(row.adjusted(-cardPadding / 2, 1, cardPadding / 2, -1), highlight);
    }
    const QRect line(row.left(), row.top(), row.width(), entryHeight);
    const QFont &small = m_smallFont;
    painter->setFont(small);
    // Measured as the painter will draw (its device's resolution), not as a screen would.
    const QFontMetrics smallMetrics = painter->fontMetrics();
    // A short kind badge of one width for every kind, so that titles line up; measured once per font.
    if (m_badgeTexts.isEmpty() || m_badgeFont != small) { // (a default QFont can compare equal to it)
        m_badgeFont = small;
        m_badgeWidth = 0;
        m_badgeTexts.clear();
        for (const QString &name : entryKindNames()) {
            const EntryKind kind = *entryKindFromName(name);
            m_badgeWidth = qMax(m_badgeWidth, smallMetrics.horizontalAdvance(shortKindLabel(kind)) + 8);
            // Seven labels on thousands of rows: laid out once (QStaticText), drawn many times.
            QStaticText text(shortKindLabel(kind));
            text.setTextFormat(Qt::PlainText);
            text.prepare(painter->transform(), small);
            m_badgeTexts.insert(int(kind), text);
        }
    }
    const int badgeWidth = m_badgeWidth;
    const QRect badge(line.left(), line.center().y() - smallMetrics.height() / 2 - 1, badgeWidth, smallMetrics.height() + 2);
    QColor badgeColour = option.palette.color(QPalette::Highlight);
    badgeColour.setAlphaF(entry.kind == EntryKind::Year ? 0.85f : 0.18f);
    // A plain rectangle: an antialiased rounded one on every row was a good part of painting's time.
    painter->fillRect(badge, badgeColour);
    painter->setPen(entry.kind == EntryKind::Year ? option.palette.color(QPalette::HighlightedText) : option.palette.color(QPalette::Text));
    const QStaticText &kindText = m_badgeTexts[int(entry.kind)];
    painter->drawStaticText(QPointF(badge.left() + (badgeWidth - kindText.size().width()) / 2, badge.top() + (badge.height() - kindText.size().height()) / 2),
                            kindText);
    const QString right = tr("%1 · %2 chars").arg(entry.period.text, QLocale().toString(entry.chars));
    // The title keeps at least a third of the line; the period and length take what they need of the rest.
    // (+2: advances are rounded, and an exact fit would be elided.)
    const int rightWidth = qMax(0, qMin(smallMetrics.horizontalAdvance(right) + 2, row.width() - badgeWidth - 6 - row.width() / 3));
    painter->setPen(mutedText(option.palette));
    const QString shownRight = rightWidth >= smallMetrics.horizontalAdvance(right) ? right : smallMetrics.elidedText(right, Qt::ElideRight, rightWidth);
    drawRight(painter, line, shownRight, smallMetrics.horizontalAdvance(shownRight));
    painter->setFont(option.font);
    painter->setPen(option.palette.color(QPalette::Text));
    const int titleLeft = badge.right() + 6;
    const QRect title(titleLeft, line.top(), line.right() - rightWidth - 6 - titleLeft, line.height());
    const QFontMetrics titleMetrics = painter->fontMetrics();
    drawLeft(painter, title,
             titleMetrics.horizontalAdvance(entry.title) < title.width() ? entry.title : titleMetrics.elidedText(entry.title, Qt::ElideRight, title.width()));
    const int kindWidth = titleLeft - line.left();
    if (!entry.snippet.isEmpty())
        paintSnippet(painter, QRect(line.left() + kindWidth, line.bottom(), line.width() - kindWidth, snippetHeight), entry.snippet, option);
    if (option.state & QStyle::State_HasFocus && option.state & QStyle::State_Selected) {
        painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1, Qt::DotLine));
        painter->drawRect(row.adjusted(-cardPadding / 2, 1, cardPadding / 2 - 1, -2));
    }
    painter->restore();
}

} // namespace hoego
