#pragma once

#include "common/result.h"

#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QString>

namespace hoego
{

// One entry found by search(), with the context of its first hit.
struct SearchHit {
    qint64 id = 0;
    QString title;
    QString period;
    QString snippet; // ~80 characters around the first hit, "…" where cut
    QList<QPair<int, int>> marks; // (start, length) of the hits inside snippet, in order, not overlapping
    double score = 0; // bm25: lower is better
};

// Full-text search of titles and bodies, best first. Terms are separated by spaces and all must
// match; "double quotes" keep a phrase together. Korean terms match inside longer words ("책" finds
// "책을"), Latin ones regardless of case; a Latin term of one or two letters matches word starts
// ("ML" finds "MLOps"). An empty query, or one of punctuation only, is a Usage error.
[[nodiscard]] Result<QList<SearchHit>> search(const QSqlDatabase &db, const QString &query, int limit = 50);

// The snippet with every hit wrapped in « and », as the command line prints it.
QString markedSnippet(const SearchHit &hit);

} // namespace hoego
