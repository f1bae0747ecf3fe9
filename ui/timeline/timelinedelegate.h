#pragma once

#include "journal/entry.h"

#include <QFont>
#include <QHash>
#include <QStaticText>
#include <QStyledItemDelegate>

namespace hoego
{

class TimelineModel;
struct TimelineEntry;
struct TimelineYear;

// Paints the timeline as cards: a year's header (the year, entries and characters, goals met out of
// goals set, KPT counts and a twelve-month writing strip) with its entries listed below it on the
// same card, and a search snippet under an entry when the timeline is filtered by a search.
class TimelineDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TimelineDelegate(const TimelineModel &model, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The badge on an entry's line: a word of four or five letters ("Month", "월간").
    static QString shortKindLabel(EntryKind kind);

private:
    void paintYear(QPainter *painter, const QStyleOptionViewItem &option, const TimelineYear &year, bool open) const;
    void paintEntry(QPainter *painter, const QStyleOptionViewItem &option, const TimelineEntry &entry, bool last) const;
    void paintActivity(QPainter *painter, const QRect &area, const TimelineYear &year, const QPalette &palette) const;

    const TimelineModel &m_model;
    QString m_koreanFamily;
    mutable bool m_fontsMade = false;
    mutable QFont m_sourceFont; // the view's font the two below were made from
    mutable QFont m_cardFont;
    mutable QFont m_smallFont;
    mutable QFont m_badgeFont;
    mutable int m_badgeWidth = 0;
    mutable QHash<int, QStaticText> m_badgeTexts; // by EntryKind

};

} // namespace hoego
