#pragma once

#include "common/result.h"

#include <QList>
#include <QString>

namespace hoego
{

class Journal;

enum class KptSection { Keep, Problem, Try };
QString kptSectionName(KptSection section); // "keep", "problem", "try"
inline constexpr KptSection allKptSections[] = {KptSection::Keep, KptSection::Problem, KptSection::Try};

// One Keep, Problem or Try line of an entry.
struct KptItem {
    qint64 id = 0;
    qint64 entryId = 0;
    KptSection section = KptSection::Keep;
    QString text;
    int position = 0;
};

// The KPT items of entries, stored as rows (never re-parsed from the Markdown).
class KptStore
{
public:
    explicit KptStore(Journal &journal);

    // Appends an item at the end of its section; returns its id.
    [[nodiscard]] Result<qint64> append(qint64 entryId, KptSection section, const QString &text);
    // The entry's items, section by section, in their order.
    [[nodiscard]] Result<QList<KptItem>> items(qint64 entryId) const;

private:
    Journal &m_journal;
};

} // namespace hoego
