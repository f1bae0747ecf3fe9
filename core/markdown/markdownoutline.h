#pragma once

#include <QList>
#include <QString>

namespace hoego
{

// A heading as written in the Markdown source.
struct SourceHeading {
    int level = 0; // 1 to 6
    QString text;
    int line = 0;  // 0-based; a QPlainTextEdit's block number
};

// The ATX (`## 잘한 점`) and setext (`제목\n===`) headings of `markdown`, in order, skipping fenced
// code, so that the k-th one is the k-th heading MarkdownRenderer::headings() finds in the
// rendered document. Cheap enough to run on every cursor move of a 100,000-character entry.
QList<SourceHeading> sourceHeadings(const QString &markdown);

// The index in `headings` of the section that contains `line` (the last heading at or before it),
// or -1 before the first heading.
int sectionAt(const QList<SourceHeading> &headings, int line);

} // namespace hoego
