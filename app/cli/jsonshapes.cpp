#include "jsonshapes.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hoego::cli
{

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject entrySummaryJson(const EntrySummary &entry)
{
    return QJsonObject{
        {u"id"_s, entry.id},
        {u"kind"_s, entryKindName(entry.kind)},
        {u"period"_s, entry.period.text},
        {u"title"_s, entry.title},
        {u"updated"_s, isoTime(entry.updated)},
        {u"chars"_s, entry.chars},
    };
}

QJsonObject entryJson(const Entry &entry, const QJsonObject &kpt, const QJsonArray &goals)
{
    return QJsonObject{
        {u"id"_s, entry.id},
        {u"kind"_s, entryKindName(entry.kind)},
        {u"period"_s, entry.period.text},
        {u"title"_s, entry.title},
        {u"body"_s, entry.body},
        {u"tags"_s, QJsonArray::fromStringList(entry.tags)},
        {u"kpt"_s, kpt},
        {u"goals"_s, goals},
    };
}

} // namespace hoego::cli
