#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace hoego
{

// The one tokenizer of Hoego (shared/ARCHITECTURE.md): counting and spellcheck see the same
// characters, the same spaces and the same 어절, and spellcheck splits each 어절 into script runs.
//
// Characters are user-perceived characters (grapheme clusters); callers normalise to NFC first.
enum class GraphemeKind {
    LineBreak, // \n, \r, \v, \f, NEL, U+2028, U+2029
    Space,     // any other whitespace: separates 어절 on a line
    Invisible, // only format or control characters (zero-width space, BOM, a lone joiner)
    Visible,
};
GraphemeKind graphemeKind(QStringView grapheme);
bool graphemeHasLetterOrDigit(QStringView grapheme);

// Calls `visit(grapheme, kind)` for every grapheme of `text`, in order.
template<typename Visit>
void forEachGrapheme(QStringView text, Visit &&visit);

struct TextSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
    bool operator==(const TextSpan &) const = default;
};

// The 어절 (eojeol: whitespace-separated units) of `text`, with their offsets in UTF-16 units. A unit
// may hold no letter at all ("-", "🎉"); counting skips those.
QList<TextSpan> eojeolSpans(QStringView text);

// Runs of one script inside an 어절: "Beam으로" is Latin "Beam" then Hangul "으로"; "15권" is Digits
// then Hangul; "(리뷰)" is Other, Hangul, Other. Latin runs keep an apostrophe between letters
// ("don't"); Hangul runs hold syllables and jamo.
enum class Script { Hangul, Latin, Digits, Other };
struct ScriptRun {
    TextSpan span;
    Script script = Script::Other;
};
QList<ScriptRun> scriptRuns(QStringView eojeol, qsizetype offset = 0);
Script scriptOf(QChar c);

// ---- implementation of the template

class GraphemeWalker
{
public:
    explicit GraphemeWalker(QStringView text);
    ~GraphemeWalker();
    GraphemeWalker(const GraphemeWalker &) = delete;
    GraphemeWalker &operator=(const GraphemeWalker &) = delete;
    // The next grapheme, or an empty view at the end.
    QStringView next();

private:
    struct Private;
    Private *d;
};

template<typename Visit>
void forEachGrapheme(QStringView text, Visit &&visit)
{
    GraphemeWalker walker(text);
    for (QStringView grapheme = walker.next(); !grapheme.isEmpty(); grapheme = walker.next())
        visit(grapheme, graphemeKind(grapheme));
}

} // namespace hoego
