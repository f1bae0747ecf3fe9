#include "search.h"

#include "journal/sqlutil.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// The trigram index answers terms of three characters or more; entries_syllables shorter ones.
constexpr int trigramMinimum = 3;

constexpr int snippetLength = 80;
constexpr int contextBefore = 25; // of the snippet's characters, how many come before the first hit
constexpr int spaceReach = 10; // how far from a cut to look for a space, so that words stay whole

using Scores = QHash<qint64, double>; // entry id → bm25 (lower is better)
using Span = QPair<int, int>; // (start, length)

bool hasLetterOrNumber(QStringView text)
{
    const QList<uint> chars = text.toUcs4();
    return std::any_of(chars.cbegin(), chars.cend(), [](uint c) { return QChar::isLetterOrNumber(c); });
}

// "영어," and "(Beam)" are typed meaning 영어 and Beam.
QString trimPunctuation(QString word)
{
    while (!word.isEmpty() && word.front().isPunct())
        word.remove(0, 1);
    while (!word.isEmpty() && word.back().isPunct())
        word.chop(1);
    return word;
}

// Terms separated by white space; "double quotes" keep a phrase, white space inside it collapsed.
// An unclosed quote runs to the end. Terms without a letter or digit are dropped.
QStringList parseQuery(const QString &query)
{
    const QString text = query.normalized(QString::NormalizationForm_C);
    QStringList terms;
    const auto add = [&terms](const QString &term) {
        if (hasLetterOrNumber(term))
            terms.append(term);
    };
    qsizetype at = 0;
    while (at < text.size()) {
        if (text[at].isSpace()) {
            ++at;
        } else if (text[at] == u'"') {
            qsizetype close = text.indexOf(u'"', at + 1);
            if (close < 0)
                close = text.size();
            add(text.mid(at + 1, close - at - 1).simplified());
            at = close + 1;
        } else {
            qsizetype end = at;
            while (end < text.size() && !text[end].isSpace() && text[end] != u'"')
                ++end;
            add(trimPunctuation(text.mid(at, end - at)));
            at = end;
        }
    }
    return terms;
}

bool isShort(const QString &term)
{
    return term.toUcs4().size() < trigramMinimum; // trigrams count code points, not UTF-16 units
}

// A short term as it is indexed: its letters and digits only.
QString lettersOf(const QString &term)
{
    QString letters;
    for (const uint c : term.toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            letters += QStringView(QChar::fromUcs4(c));
    }
    return letters;
}

// Latin letters and digits only: a word found by its start ("ML" finds "MLOps"), not inside one.
bool isWholeWordTerm(const QString &letters)
{
    const QList<uint> chars = letters.toUcs4();
    return std::none_of(chars.cbegin(), chars.cend(), [](uint c) { return SearchIndex::indexedOneByOne(c); });
}

// An FTS5 string: the tokenizer turns it into tokens, and nothing in it is query syntax.
QString ftsString(QString text)
{
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

// A short term is one token of entries_syllables (see SearchIndex::syllableText), or the start of one.
QString syllableQuery(const QString &term)
{
    const QString letters = lettersOf(term);
    return ftsString(letters) + (isWholeWordTerm(letters) ? u" *"_s : QString());
}

QString idList(const QList<qint64> &ids)
{
    QStringList numbers;
    numbers.reserve(ids.size());
    for (const qint64 id : ids)
        numbers.append(QString::number(id)); // numbers from SQLite itself: safe to write into the SQL
    return numbers.join(u',');
}

// The bm25 of every entry matching `expression`, among `within` when given: bm25 is the costly part,
// and is then computed only for those.
Result<Scores> scoresFrom(
    const QSqlDatabase &db, const QString &table, const QString &expression, const Scores *within = nullptr)
{
    // bm25 weights (title, body): a word in the title says more about an entry than one in its body.
    QString sql = u"SELECT rowid, bm25(%1, 10.0, 1.0) FROM %1 WHERE %1 MATCH ?"_s.arg(table);
    // The unary + keeps SQLite from handing the IN list to FTS5, which would run the match once per id.
    if (within)
        sql += u" AND +rowid IN (%1)"_s.arg(idList(within->keys()));
    auto query = Sql::run(db, sql, { expression });
    if (!query)
        return query.error();
    Scores scores;
    while (query->next())
        scores.insert(query->value(0).toLongLong(), query->value(1).toDouble());
    return scores;
}

Scores intersect(const Scores &a, const Scores &b)
{
    const Scores &smaller = a.size() <= b.size() ? a : b;
    const Scores &larger = a.size() <= b.size() ? b : a;
    Scores both;
    for (auto it = smaller.cbegin(); it != smaller.cend(); ++it) {
        if (const auto other = larger.constFind(it.key()); other != larger.cend())
            both.insert(it.key(), it.value() + other.value());
    }
    return both;
}

// Long terms in the trigram index, short ones in entries_syllables: all must match.
Result<Scores> matchingEntries(const QSqlDatabase &db, const QStringList &terms)
{
    QStringList longTerms, shortTerms;
    for (const QString &term : terms) {
        if (isShort(term))
            shortTerms.append(syllableQuery(term));
        else
            longTerms.append(ftsString(term));
    }
    std::optional<Scores> found;
    if (!longTerms.isEmpty()) {
        auto scores = scoresFrom(db, u"entries_fts"_s, longTerms.join(u" AND "_s));
        if (!scores)
            return scores.error();
        found = std::move(*scores);
    }
    if (!shortTerms.isEmpty() && (!found || !found->isEmpty())) {
        auto scores = scoresFrom(db, u"entries_syllables"_s, shortTerms.join(u" AND "_s), found ? &*found : nullptr);
        if (!scores)
            return scores.error();
        found = found ? intersect(*found, *scores) : std::move(*scores);
    }
    return found.value_or(Scores());
}

// The best `limit` entries, best first; equal scores newest (highest id) first.
QList<QPair<qint64, double>> best(const Scores &scores, int limit)
{
    QList<QPair<qint64, double>> ranked;
    ranked.reserve(scores.size());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        ranked.append({ it.key(), it.value() });
    const auto better
        = [](const auto &a, const auto &b) { return a.second != b.second ? a.second < b.second : a.first > b.first; };
    const qsizetype kept = std::clamp<qsizetype>(limit, 0, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + kept, ranked.end(), better);
    ranked.resize(kept);
    return ranked;
}

struct EntryText {
    QString title;
    QString period;
    QString body;
};

Result<QHash<qint64, EntryText>> entryTexts(const QSqlDatabase &db, const QList<QPair<qint64, double>> &ranked)
{
    QList<qint64> ids;
    for (const auto &[id, score] : ranked)
        ids.append(id);
    auto query = Sql::run(db, u"SELECT id, title, period, body FROM entries WHERE id IN (%1)"_s.arg(idList(ids)));
    if (!query)
        return query.error();
    QHash<qint64, EntryText> texts;
    while (query->next())
        texts.insert(query->value(0).toLongLong(),
            { query->value(1).toString(), query->value(2).toString(), query->value(3).toString() });
    return texts;
}

// --- snippets -----------------------------------------------------------------------------------

// A term as it shows in the text. A short Latin term is found only where a word starts, as the
// index finds it.
struct Needle {
    QString text;
    bool atWordStart = false;
    // Hangul has no case, and a case-sensitive search is several times faster.
    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;
};

Needle makeNeedle(const QString &text, bool atWordStart)
{
    const bool caseless = text.toUpper() == text && text.toLower() == text;
    return { text, atWordStart, caseless ? Qt::CaseSensitive : Qt::CaseInsensitive };
}

QList<Needle> needlesFor(const QStringList &terms)
{
    QList<Needle> needles;
    for (const QString &term : terms) {
        if (isShort(term)) {
            const QString letters = lettersOf(term);
            needles.append(makeNeedle(letters, isWholeWordTerm(letters)));
        } else {
            needles.append(makeNeedle(term, false));
        }
    }
    return needles;
}

char32_t codePointBefore(QStringView text, qsizetype at)
{
    if (at >= 2 && text[at - 1].isLowSurrogate() && text[at - 2].isHighSurrogate())
        return QChar::surrogateToUcs4(text[at - 2], text[at - 1]);
    return at >= 1 ? text[at - 1].unicode() : 0;
}

// Whether a word starts at `at`. At the start of a piece cut from a longer text, nobody knows.
bool startsWord(QStringView text, qsizetype at, bool cutBefore)
{
    if (at == 0)
        return !cutBefore;
    const char32_t before = codePointBefore(text, at);
    return !QChar::isLetterOrNumber(before) || SearchIndex::indexedOneByOne(before);
}

// The earliest hit of any needle, or (-1, 0).
Span firstHit(QStringView text, const QList<Needle> &needles)
{
    Span first(-1, 0);
    for (const Needle &needle : needles) {
        // Only the text before the earliest hit so far can hold an earlier one.
        const QStringView scope = first.first < 0 ? text : text.left(first.first + needle.text.size() - 1);
        for (qsizetype at = scope.indexOf(needle.text, 0, needle.caseSensitivity); at >= 0;
             at = scope.indexOf(needle.text, at + 1, needle.caseSensitivity)) {
            if (!needle.atWordStart || startsWord(text, at, false)) {
                first = { int(at), int(needle.text.size()) };
                break;
            }
        }
    }
    return first;
}

// Every hit of every needle, in order; overlapping ones merged so that marks never nest.
QList<Span> allHits(QStringView text, const QList<Needle> &needles, bool cutBefore)
{
    QList<Span> hits;
    for (const Needle &needle : needles) {
        for (qsizetype at = text.indexOf(needle.text, 0, needle.caseSensitivity); at >= 0;
             at = text.indexOf(needle.text, at + needle.text.size(), needle.caseSensitivity)) {
            if (!needle.atWordStart || startsWord(text, at, cutBefore))
                hits.append({ int(at), int(needle.text.size()) });
        }
    }
    std::sort(hits.begin(), hits.end());
    QList<Span> merged;
    for (const Span &hit : std::as_const(hits)) {
        if (!merged.isEmpty() && hit.first < merged.last().first + merged.last().second)
            merged.last().second = std::max(merged.last().second, hit.first + hit.second - merged.last().first);
        else
            merged.append(hit);
    }
    return merged;
}

// The nearest grapheme boundary at or around `at`, so that no cut splits a character.
qsizetype graphemeBoundary(QStringView text, qsizetype at, bool forward)
{
    // Grapheme rules look only a few characters around: a slice keeps this cheap on long bodies.
    const qsizetype from = std::max<qsizetype>(0, at - 32);
    const QString slice = text.mid(from, 64).toString();
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, slice);
    finder.setPosition(at - from);
    if (finder.isAtBoundary())
        return at;
    const qsizetype boundary = forward ? finder.toNextBoundary() : finder.toPreviousBoundary();
    return boundary < 0 ? at : from + boundary;
}

// The text around a hit, in NFC with white space collapsed: a few hundred characters instead of a
// whole body, enough for any snippet around the hit.
struct Region {
    QString text;
    bool cutBefore = false;
    bool cutAfter = false;
};

Region regionAround(QStringView text, Span hit)
{
    // Twice the snippet's length on each side: collapsing white space can only shorten it.
    const qsizetype from = graphemeBoundary(text, std::max<qsizetype>(0, hit.first - 2 * snippetLength), false);
    const qsizetype to
        = graphemeBoundary(text, std::min<qsizetype>(text.size(), hit.first + hit.second + 2 * snippetLength), true);
    return { text.mid(from, to - from).toString().normalized(QString::NormalizationForm_C).simplified(),
        !text.left(from).trimmed().isEmpty(), !text.mid(to).trimmed().isEmpty() };
}

// Where the snippet starts: after a nearby space if there is one before the hit, else on a grapheme.
qsizetype cutStart(QStringView text, qsizetype start, qsizetype hitStart)
{
    if (start == 0)
        return 0;
    const qsizetype space = text.mid(start, std::min<qsizetype>(spaceReach, hitStart - start)).indexOf(u' ');
    return space >= 0 ? start + space + 1 : graphemeBoundary(text, start, false);
}

// Where the snippet ends: at a nearby space after the hit if there is one, else on a grapheme.
qsizetype cutEnd(QStringView text, qsizetype end, qsizetype hitEnd)
{
    if (end >= text.size())
        return text.size();
    const qsizetype from = std::max(hitEnd, end - spaceReach);
    const qsizetype space = text.mid(from, end - from).lastIndexOf(u' ');
    return space >= 0 ? from + space : graphemeBoundary(text, end, true);
}

void cutSnippet(SearchHit &hit, const Region &region, const QList<Span> &hits)
{
    const QString &text = region.text;
    const Span first = hits.isEmpty() ? Span(0, 0) : hits.first();
    qsizetype start = std::max(0, first.first - contextBefore);
    const qsizetype end = std::min(text.size(), std::max<qsizetype>(start + snippetLength, first.first + first.second));
    start = std::clamp<qsizetype>(end - snippetLength, 0, start); // near the end, show more before the hit
    start = cutStart(text, start, first.first);
    const qsizetype stop = cutEnd(text, end, first.first + first.second);

    const bool cutBefore = region.cutBefore || start > 0;
    hit.snippet = (cutBefore ? u"…"_s : QString()) + text.mid(start, stop - start)
        + (region.cutAfter || stop < text.size() ? u"…"_s : QString());
    for (const Span &span : hits) {
        if (span.first >= start && span.first + span.second <= stop)
            hit.marks.append({ int(span.first - start + (cutBefore ? 1 : 0)), span.second });
    }
}

// Around the first hit in the body; in the title when only the title has one.
void fillSnippet(SearchHit &hit, const QString &body, const QList<Needle> &needles)
{
    QString source = body;
    Span first = firstHit(source, needles);
    if (first.first < 0) {
        // Normalising a whole body costs; only a body saved in NFD (imported from macOS) needs it.
        source = body.normalized(QString::NormalizationForm_C);
        first = firstHit(source, needles);
    }
    if (first.first < 0) {
        source = hit.title.normalized(QString::NormalizationForm_C);
        first = firstHit(source, needles);
    }
    if (first.first < 0) {
        source = body; // found by the index, but nowhere visible: show how the body begins
        first = { 0, 0 };
    }
    const Region region = regionAround(source, first);
    cutSnippet(hit, region, allHits(region.text, needles, region.cutBefore));
}

} // namespace

Result<QList<SearchHit>> search(const QSqlDatabase &db, const QString &query, int limit)
{
    const QStringList terms = parseQuery(query);
    if (terms.isEmpty())
        return makeError(Error::Kind::Usage,
            QCoreApplication::translate("Search",
                "Nothing to search for: give at least one word or number (punctuation alone is not searched)."));
    auto scores = matchingEntries(db, terms);
    if (!scores)
        return scores.error();
    const auto ranked = best(*scores, limit);
    if (ranked.isEmpty())
        return QList<SearchHit>();
    auto texts = entryTexts(db, ranked);
    if (!texts)
        return texts.error();

    const QList<Needle> needles = needlesFor(terms);
    QList<SearchHit> hits;
    hits.reserve(ranked.size());
    for (const auto &[id, score] : ranked) {
        const EntryText text = texts->value(id);
        SearchHit hit { id, text.title, text.period, {}, {}, score };
        fillSnippet(hit, text.body, needles);
        hits.append(std::move(hit));
    }
    return hits;
}

QString markedSnippet(const SearchHit &hit)
{
    QString marked;
    marked.reserve(hit.snippet.size() + 2 * hit.marks.size());
    qsizetype at = 0;
    for (const auto &[start, length] : hit.marks) {
        marked += QStringView(hit.snippet).mid(at, start - at);
        marked += u'«' + hit.snippet.mid(start, length) + u'»';
        at = start + length;
    }
    marked += QStringView(hit.snippet).mid(at);
    return marked;
}

} // namespace hoego
