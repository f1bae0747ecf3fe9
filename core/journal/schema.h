#pragma once

#include "common/result.h"

#include <QSqlDatabase>

namespace hoego::Schema
{

// Written into the SQLite header (PRAGMA application_id): tells a Hoego journal from other databases.
constexpr int applicationId = 0x484f4547; // "HOEG"

// The schema this build writes. Every change is a new numbered step in schema.cpp.
int currentVersion();

// Brings a journal at `fromVersion` to currentVersion(), one transaction per step.
Status migrate(QSqlDatabase &db, int fromVersion);

} // namespace hoego::Schema
