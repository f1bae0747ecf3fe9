#pragma once

// Internal to the importer: finds KPT items and goal sentences in a post's Markdown.

#include "journal/kptstore.h"

#include <QList>
#include <QString>

namespace hoego::importing
{

// Whose year a goals section speaks of: its own ("2025년 목표"), the next one ("내년 목표"), or
// the post's ("목표": next year in a year review, the plan's own year in a plan).
enum class GoalYear { Explicit, Next, Contextual };

struct FoundGoal {
    QString sentence;
    GoalYear yearHint = GoalYear::Contextual;
    int year = 0; // for Explicit
};

struct FoundKptItem {
    KptSection section = KptSection::Keep;
    QString text;
};

struct PostSections {
    QList<FoundKptItem> kpt;
    QList<FoundGoal> goals;
};

// Reads headings, bare label lines ("잘한 점", "**Keep**", "K:") and nested bullet lists (-, *, +,
// •, ◦, numbered 1. and 1)): the first-level items under a KPT or goals label are its items; deeper
// items are details of their parent. Fenced code is skipped.
PostSections findSections(const QString &markdown);

// `markdown` without the KPT sections findSections took whole: a KPT heading ("## Keep",
// "### 잘한 점") followed only by one level of list items. Their items live on as KPT items, which the
// preview and the export render, so the body would show them twice. A "KPT" heading left empty by
// that goes too. A section holding anything else (a paragraph, a nested detail, a sub-heading, code)
// stays as written, and so does everything outside the sections.
QString withoutTakenKptSections(const QString &markdown);

} // namespace hoego::importing
