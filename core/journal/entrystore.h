#pragma once

#include "common/result.h"
#include "entry.h"

#include <QList>

#include <functional>
#include <optional>

namespace hoego
{

class Journal;

// Reads and writes entries, their tags and revisions; keeps the search index in step. Each
// writing call is one transaction: it happens entirely or not at all.
class EntryStore
{
public:
    explicit EntryStore(Journal &journal);

    // Creates an entry from `draft` (its id, created and updated are ignored) and returns the new id.
    [[nodiscard]] Result<qint64> create(const Entry &draft);
    [[nodiscard]] Result<Entry> get(qint64 id) const;
    enum class Revisions {
        Thinned, // autosave: keep the previous body only when enough time or text has changed
        Always,  // an explicit edit (hoego edit): keep the previous body whenever it differs
    };
    // Saves kind, period, title, body, tags and written; keeps the previous body as a revision
    // as `revisions` says.
    [[nodiscard]] Status update(const Entry &entry, Revisions revisions = Revisions::Thinned);
    [[nodiscard]] Status remove(qint64 id);

    struct Filter {
        std::optional<int> year;
        std::optional<EntryKind> kind;
    };
    // Newest period first.
    [[nodiscard]] Result<QList<EntrySummary>> list(const Filter &filter = {}) const;
    // Newest first.
    [[nodiscard]] Result<QList<Revision>> revisions(qint64 entryId) const;
    // Newest year first; a year appears when an entry starts in it or something was written in it.
    [[nodiscard]] Result<QList<YearStats>> yearStats() const;

    // Tests set the clock to walk through an editing session.
    void setClock(std::function<QDateTime()> now) { m_now = std::move(now); }

private:
    Journal &m_journal;
    std::function<QDateTime()> m_now = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace hoego
