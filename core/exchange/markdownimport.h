#pragma once

#include "goals/goal.h"
#include "journal/entry.h"
#include "journal/kptstore.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace hoego
{

// A goal sentence found in a post's goals section, and the year it is for.
struct ImportedGoal {
    QString sentence;
    int year = 0;
    GoalStatus status = GoalStatus::Open; // from an outcome Hoego's own export wrote after the goal

    bool operator==(const ImportedGoal &) const = default;
};

struct ImportedKptItem {
    KptSection section = KptSection::Keep;
    QString text;
    bool operator==(const ImportedKptItem &) const = default;
};

// What Hoego makes of one blog post or text file before anything is stored.
struct ImportedPost {
    QString title;
    EntryKind kind = EntryKind::Note;
    Period period;
    QDate written; // invalid when the post does not say
    QStringList tags;
    QString body; // the Markdown as written, without the front matter and the KPT sections taken whole
    QList<ImportedKptItem> kpt;
    QList<ImportedGoal> goals;

    int count(KptSection section) const;
};

// Reads a Markdown or plain-text retrospective (NFC is applied here too). Never fails: a post with
// nothing recognisable becomes a note with its first line as the title. `fileName` (a path or a bare
// name) is a source of the title and date when the text has none (`2023-12-31-retrospective.md`).
// Pure: no files, no journal.
[[nodiscard]] ImportedPost parsePost(const QString &text, const QString &fileName);

} // namespace hoego
