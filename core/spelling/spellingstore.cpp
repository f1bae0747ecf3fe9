#include "spellingstore.h"

#include "journal/journal.h"
#include "journal/sqlutil.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

const QString languagesKey = u"spell.languages"_s;

Result<QString> checkedWord(const QString &word)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u' '))
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("SpellChecker", "'%1' is not one word; the dictionary takes single words.")
                .arg(word));
    return trimmed;
}

Result<QStringList> words(Result<QSqlQuery> query)
{
    if (!query)
        return query.error();
    QStringList found;
    while (query->next())
        found << query->value(0).toString();
    return found;
}

} // namespace

SpellingStore::SpellingStore(Journal &journal)
    : m_journal(journal)
{
}

Result<QStringList> SpellingStore::personalWords() const
{
    return words(Sql::run(m_journal.database(), u"SELECT word FROM personal_words ORDER BY word"_s));
}

Status SpellingStore::addPersonalWord(const QString &word)
{
    auto checked = checkedWord(word);
    if (!checked)
        return checked.error();
    auto inserted = Sql::run(m_journal.database(), u"INSERT OR IGNORE INTO personal_words (word, added) VALUES (?, ?)"_s,
                             {*checked, Sql::isoTime(QDateTime::currentDateTimeUtc())});
    if (!inserted)
        return inserted.error();
    return Done{};
}

Status SpellingStore::removePersonalWord(const QString &word)
{
    auto removed = Sql::run(m_journal.database(), u"DELETE FROM personal_words WHERE word = ?"_s, {word.trimmed()});
    if (!removed)
        return removed.error();
    return Done{};
}

Result<QStringList> SpellingStore::ignoredWords(qint64 entryId) const
{
    return words(Sql::run(m_journal.database(), u"SELECT word FROM ignored_words WHERE entry_id = ? ORDER BY word"_s, {entryId}));
}

Status SpellingStore::ignoreWord(qint64 entryId, const QString &word)
{
    auto checked = checkedWord(word);
    if (!checked)
        return checked.error();
    auto inserted = Sql::run(m_journal.database(), u"INSERT OR IGNORE INTO ignored_words (entry_id, word) VALUES (?, ?)"_s,
                             {entryId, *checked});
    if (!inserted)
        return inserted.error();
    return Done{};
}

Result<QString> SpellingStore::setting(const QString &key, const QString &fallback) const
{
    auto query = Sql::run(m_journal.database(), u"SELECT value FROM journal_settings WHERE key = ?"_s, {key});
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toString() : fallback;
}

Status SpellingStore::setSetting(const QString &key, const QString &value)
{
    auto stored = Sql::run(m_journal.database(), u"INSERT OR REPLACE INTO journal_settings (key, value) VALUES (?, ?)"_s, {key, value});
    if (!stored)
        return stored.error();
    return Done{};
}

Result<QStringList> SpellingStore::languages() const
{
    auto value = setting(languagesKey, u"ko,en"_s);
    if (!value)
        return value.error();
    return value->split(u',', Qt::SkipEmptyParts);
}

Status SpellingStore::setLanguages(const QStringList &languages)
{
    for (const QString &language : languages) {
        if (language != u"ko"_s && language != u"en"_s)
            return makeError(Error::Kind::Usage,
                QCoreApplication::translate("SpellChecker", "Spellcheck knows the languages ko and en, not '%1'.")
                    .arg(language));
    }
    return setSetting(languagesKey, languages.join(u','));
}

Result<bool> SpellingStore::enabled() const
{
    auto value = setting(u"spell.enabled"_s, u"1"_s);
    if (!value)
        return value.error();
    return *value != u"0"_s;
}

Status SpellingStore::setEnabled(bool on)
{
    return setSetting(u"spell.enabled"_s, on ? u"1"_s : u"0"_s);
}

} // namespace hoego
