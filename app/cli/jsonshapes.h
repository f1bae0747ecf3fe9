#pragma once

#include "journal/entry.h"

#include <QJsonObject>

namespace hoego::cli
{

// The JSON shapes of shared/CLI.md, in one place.
QString isoTime(const QDateTime &time);
QJsonObject entrySummaryJson(const EntrySummary &entry);
QJsonObject entryJson(const Entry &entry, const QJsonObject &kpt, const QJsonArray &goals);

} // namespace hoego::cli
