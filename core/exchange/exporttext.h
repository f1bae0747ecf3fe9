#pragma once

#include "goals/goalreview.h"

#include <QList>
#include <QString>

namespace hoego
{

// Small pieces of text shared by the Markdown and the PDF export.
namespace exporttext
{

// Whether `text` is mostly Latin script (an English entry), judged by its letters; Hangul wins ties.
bool isMostlyLatin(const QString &text);

// A file name stem made of a title: letters (Hangul kept) and digits, other runs as one "-",
// Latin in lower case, at most 60 characters; `fallback` when nothing is left.
QString slug(const QString &title, const QString &fallback);

// A goal's measured progress: "7/15 권", "12/52 weeks", "done".
QString progressText(const GoalStanding &standing);

// The heading of a year's goals: "2025년 목표", or "Goals for 2025" for a Latin-script entry.
QString goalsHeading(int year, bool latin);

// The goals as Markdown sections, one per year ("## 2025년 목표" at `level`), one item per goal:
// "- TITLE — STATUS, PROGRESS" with the CLI's status names.
QString goalsMarkdown(const QList<GoalStanding> &goals, bool latin, int level = 2);

// A line of text as inline Markdown that cannot open a block of its own (heading, quote, list).
QString inlineMarkdown(const QString &text);

} // namespace exporttext

} // namespace hoego
