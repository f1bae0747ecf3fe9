#include "searchindex.h"

#include "journal/sqlutil.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace hoego::SearchIndex
{
namespace
{

// bm25 saturates: past a few occurrences in a column, more say nothing about relevance. Yet the
// commonest syllables (다, 이, 는) occur hundreds of times in a long body, and every search for them
// would decode all those positions. So each token is written at most this many times per column.
constexpr int maxOccurrences = 16;

bool continuesWord(char32_t c)
{
    // Combining marks left after NFC belong to the letter before them.
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

// Writes space-separated tokens, each at most maxOccurrences times (compared case-folded, as
// unicode61 will compare them).
class TokenWriter
{
public:
    explicit TokenWriter(qsizetype textSize) { m_text.reserve(textSize * 4); }

    void addCharacters(char32_t first, char32_t second)
    {
        const quint64 key = (quint64(first ? QChar::toCaseFolded(first) : 0) << 32) | QChar::toCaseFolded(second);
        if (++m_shortCounts[key] > maxOccurrences)
            return;
        separate();
        if (first)
            append(first);
        append(second);
    }

    void addWord(const QString &word)
    {
        if (++m_wordCounts[word.toCaseFolded()] > maxOccurrences)
            return;
        separate();
        m_text += word;
    }

    QString text() const { return m_text; }

private:
    void separate()
    {
        if (!m_text.isEmpty())
            m_text += u' ';
    }
    void append(char32_t c)
    {
        const auto units = QChar::fromUcs4(c);
        m_text += QStringView(units);
    }

    QString m_text;
    QHash<quint64, int> m_shortCounts; // one or two characters, packed
    QHash<QString, int> m_wordCounts;
};

} // namespace

bool indexedOneByOne(char32_t c)
{
    switch (QChar::script(c)) {
    case QChar::Script_Hangul:
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
        return QChar::isLetterOrNumber(c);
    default:
        return false;
    }
}

QString syllableText(const QString &text)
{
    const QList<uint> chars = text.normalized(QString::NormalizationForm_C).toUcs4();
    TokenWriter tokens(text.size());
    qsizetype wordStart = -1; // where the current whole word (Latin letters, digits) began
    char32_t previous = 0; // the previous letter of this word, 0 at the start of one
    const auto endWord = [&](qsizetype end) {
        if (wordStart >= 0)
            tokens.addWord(
                QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()) + wordStart, end - wordStart));
        wordStart = -1;
    };
    for (qsizetype i = 0; i < chars.size(); ++i) {
        const char32_t c = chars[i];
        if (continuesWord(c))
            continue;
        if (!QChar::isLetterOrNumber(c)) {
            endWord(i);
            previous = 0;
            continue;
        }
        const bool oneByOne = indexedOneByOne(c);
        if (oneByOne) {
            endWord(i);
            tokens.addCharacters(0, c);
        } else if (wordStart < 0) {
            wordStart = i;
        }
        if (previous && (oneByOne || indexedOneByOne(previous)))
            tokens.addCharacters(previous, c);
        previous = c;
    }
    endWord(chars.size());
    return tokens.text();
}

Status update(const QSqlDatabase &db, qint64 entryId, const QString &title, const QString &body)
{
    if (Status removed = remove(db, entryId); !removed)
        return removed;
    auto inserted = Sql::run(db, u"INSERT INTO entries_syllables (rowid, title, body) VALUES (?, ?, ?)"_s,
        { entryId, syllableText(title), syllableText(body) });
    if (!inserted)
        return inserted.error();
    return Done {};
}

Status remove(const QSqlDatabase &db, qint64 entryId)
{
    auto removed = Sql::run(db, u"DELETE FROM entries_syllables WHERE rowid = ?"_s, { entryId });
    if (!removed)
        return removed.error();
    return Done {};
}

} // namespace hoego::SearchIndex
