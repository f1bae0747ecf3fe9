#include "searchindex.h"

#include "journal/sqlutil.h"

using namespace Qt::StringLiterals;

namespace hoego::SearchIndex
{
namespace
{

// Marks the end of a word. A private-use character: unicode61 keeps it as a token (category Co),
// nobody types it, and syllableText() drops any found in the user's text.
constexpr char32_t wordBoundary = 0xE000;

void appendCodePoint(QString &out, char32_t c)
{
    const auto units = QChar::fromUcs4(c);
    out.append(QStringView(units));
}

bool continuesWord(char32_t c)
{
    // Combining marks left after NFC belong to the letter before them.
    const auto category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining;
}

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
    const QString nfc = text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(nfc.size() * 2);
    bool wordEnded = false; // a separator was seen since the last character written
    bool inWord = false;    // the last character written starts or continues a whole word
    for (const char32_t c : nfc.toUcs4()) {
        if (continuesWord(c))
            continue;
        if (!QChar::isLetterOrNumber(c)) {
            wordEnded = !out.isEmpty();
            inWord = false;
            continue;
        }
        if (wordEnded) {
            out += u' ';
            appendCodePoint(out, wordBoundary);
            wordEnded = false;
        }
        const bool oneByOne = indexedOneByOne(c);
        if (!out.isEmpty() && (oneByOne || !inWord))
            out += u' ';
        appendCodePoint(out, c);
        inWord = !oneByOne;
    }
    return out;
}

Status update(const QSqlDatabase &db, qint64 entryId, const QString &title, const QString &body)
{
    if (Status removed = remove(db, entryId); !removed)
        return removed;
    auto inserted = Sql::run(db, u"INSERT INTO entries_syllables (rowid, title, body) VALUES (?, ?, ?)"_s,
                             {entryId, syllableText(title), syllableText(body)});
    if (!inserted)
        return inserted.error();
    return Done{};
}

Status remove(const QSqlDatabase &db, qint64 entryId)
{
    auto removed = Sql::run(db, u"DELETE FROM entries_syllables WHERE rowid = ?"_s, {entryId});
    if (!removed)
        return removed.error();
    return Done{};
}

} // namespace hoego::SearchIndex
