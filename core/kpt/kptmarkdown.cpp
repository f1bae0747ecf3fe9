#include "kptmarkdown.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

QString sectionHeading(KptSection section)
{
    switch (section) {
    case KptSection::Keep:
        return u"Keep"_s;
    case KptSection::Problem:
        return u"Problem"_s;
    case KptSection::Try:
        return u"Try"_s;
    }
    return {};
}

// A list item's text must not open a heading, quote, nested list or ordered list of its own.
QString escapedItemText(const QString &text)
{
    static const QRegularExpression ordered(u"^(\\d{1,9})([.)])(\\s|$)"_s);
    if (const auto match = ordered.match(text); match.hasMatch())
        return match.captured(1) + u'\\' + text.mid(match.capturedLength(1));
    static const QRegularExpression block(u"^(#{1,6}(\\s|$)|>|[-+*](\\s|$))"_s);
    if (block.match(text).hasMatch())
        return u'\\' + text;
    return text;
}

} // namespace

QString kptMarkdown(const QList<KptItem> &items, int level)
{
    if (items.isEmpty())
        return {};
    level = qBound(1, level, 5);
    QString markdown = QString(level, u'#') + u" KPT\n"_s;
    for (const KptSection section : allKptSections) {
        QString list;
        for (const KptItem &item : items) {
            if (item.section == section)
                list += u"- "_s + escapedItemText(item.text) + u'\n';
        }
        if (!list.isEmpty())
            markdown += u"\n"_s + QString(level + 1, u'#') + u' ' + sectionHeading(section) + u"\n\n"_s + list;
    }
    return markdown;
}

} // namespace hoego
