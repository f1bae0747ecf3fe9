#pragma once

#include "common/result.h"

#include <QStringList>

namespace hoego
{

class Journal;

// What spellcheck keeps in the journal: the user's personal dictionary, the words ignored in one
// entry, and the journal's spellcheck settings ("spell.languages", e.g. "ko,en"; "spell.enabled").
class SpellingStore
{
public:
    explicit SpellingStore(Journal &journal);

    [[nodiscard]] Result<QStringList> personalWords() const; // sorted
    // Adds a word (trimmed; adding it twice is fine). An empty word or one with spaces is refused.
    [[nodiscard]] Status addPersonalWord(const QString &word);
    [[nodiscard]] Status removePersonalWord(const QString &word);

    [[nodiscard]] Result<QStringList> ignoredWords(qint64 entryId) const;
    [[nodiscard]] Status ignoreWord(qint64 entryId, const QString &word);

    // The languages to check ("ko", "en"); both when the journal says nothing.
    [[nodiscard]] Result<QStringList> languages() const;
    [[nodiscard]] Status setLanguages(const QStringList &languages);

    // Whether the editor checks spelling in this journal (setting "spell.enabled"); on by default.
    [[nodiscard]] Result<bool> enabled() const;
    [[nodiscard]] Status setEnabled(bool on);

private:
    [[nodiscard]] Result<QString> setting(const QString &key, const QString &fallback) const;
    [[nodiscard]] Status setSetting(const QString &key, const QString &value);

    Journal &m_journal;
};

} // namespace hoego
