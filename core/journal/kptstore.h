#pragma once

#include "common/result.h"
#include "entry.h"

#include <QList>
#include <QString>

#include <optional>

namespace hoego
{

class Journal;

enum class KptSection { Keep, Problem, Try };
QString kptSectionName(KptSection section); // "keep", "problem", "try"
std::optional<KptSection> kptSectionFromName(const QString &name);
inline constexpr KptSection allKptSections[] = {KptSection::Keep, KptSection::Problem, KptSection::Try};

// One Keep, Problem or Try line of an entry.
struct KptItem {
    qint64 id = 0;
    qint64 entryId = 0;
    KptSection section = KptSection::Keep;
    QString text;
    int position = 0; // 0-based, contiguous within the entry's section
    bool operator==(const KptItem &) const = default;
};

// A KPT item with the entry it belongs to, for looking across years (recurring problems, timeline).
struct DatedKptItem {
    KptItem item;
    int year = 0; // the year the entry's period starts in
    EntryKind kind = EntryKind::Note;
    QString entryTitle;
};

// The KPT items of entries, stored as rows (never re-parsed from the Markdown). Each writing call is
// one transaction, and keeps the positions of every section it touches 0, 1, 2… in order.
class KptStore
{
public:
    explicit KptStore(Journal &journal);

    // Appends an item at the end of its section; returns its id.
    [[nodiscard]] Result<qint64> append(qint64 entryId, KptSection section, const QString &text);
    // Appends every item (their section and text; id and position are ignored) at the end of its
    // section, in order, as one transaction; returns their ids.
    [[nodiscard]] Result<QList<qint64>> appendAll(qint64 entryId, const QList<KptItem> &items);
    // Inserts `item` at item.position of its section (clamped), moving later items down. A non-zero
    // item.id is kept, so that undoing a removal brings back the same row, and the goals in
    // `relinkedGoals` (what remove() reported) are linked to it again; returns the id.
    [[nodiscard]] Result<qint64> insert(const KptItem &item, const QList<qint64> &relinkedGoals = {});
    [[nodiscard]] Status setText(qint64 id, const QString &text);
    // Removes an item and closes the gap it leaves. Goals promoted from it stay, without the link;
    // `unlinkedGoals`, when given, receives their ids, so that an undo can restore the link.
    [[nodiscard]] Status remove(qint64 id, QList<qint64> *unlinkedGoals = nullptr);
    // Moves an item to `position` (clamped) of `section`, in the same or another section.
    [[nodiscard]] Status move(qint64 id, KptSection section, int position);

    [[nodiscard]] Result<KptItem> item(qint64 id) const;
    // The entry's items, section by section, in their order.
    [[nodiscard]] Result<QList<KptItem>> items(qint64 entryId) const;

    struct Filter {
        std::optional<int> fromYear; // inclusive
        std::optional<int> toYear;   // inclusive
        std::optional<EntryKind> kind;
    };
    // The items of one section in every entry that passes `filter`, oldest year first.
    [[nodiscard]] Result<QList<DatedKptItem>> sectionItems(KptSection section, const Filter &filter = {}) const;

private:
    Journal &m_journal;
};

} // namespace hoego
