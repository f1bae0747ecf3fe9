#include "markdownwords.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Ranges of a line that are not prose. Regular expressions are compiled once: this runs per line
// on every keystroke's paragraph.
const QRegularExpression &notProse()
{
    static const QRegularExpression expression(
        uR"((`+)[^`]*?\1)"                                        // code span (same number of backticks)
        uR"(|\]\([^)\s]*(?:\s+"[^"]*")?\))"                       // link or image destination ](url "title")
        uR"(|^\s{0,3}\[[^\]]+\]:\s*\S+)"                          // reference definition [id]: url
        uR"(|<!--.*?(?:-->|$))"                                   // HTML comment on the line
        uR"(|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)"           // HTML tag
        uR"(|<[A-Za-z][A-Za-z0-9+.-]*:[^\s<>]*>)"                 // autolink <https://...>
        uR"(|\b[A-Za-z][A-Za-z0-9+.-]*://[^\s<>)\]]*)"            // URL
        uR"(|\bwww\.[^\s<>)\]]+)"                                 // bare www. address
        uR"(|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)" // e-mail address
        uR"(|(?:~|\.{1,2})?(?:/[A-Za-z0-9._@+-]+)+/?)"             // absolute or relative path /usr/lib, ~/x, ./x
        uR"(|[A-Za-z0-9._-]+(?:[/\\][A-Za-z0-9._@+-]+)+[/\\]?)"    // a/b/c, C:\x
        uR"(|(?<![A-Za-z0-9_-])[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.[A-Za-z][A-Za-z0-9]{0,5}(?![A-Za-z0-9]))" // file or host: main.cpp, Node.js
        uR"(|&#?[A-Za-z0-9]+;)"                                   // HTML entity
        uR"(|\[\^[^\]]*\])"                                       // footnote [^1]
        uR"(|[@#][A-Za-z0-9_가-힣]+)"_s,                           // @mention, #tag
        QRegularExpression::UseUnicodePropertiesOption);
    return expression;
}

// True when the line opens or closes a fence and updates the state; false for any other line.
bool handleFence(QStringView line, MarkdownLineState &state)
{
    qsizetype indent = 0;
    while (indent < line.size() && indent < 4 && line[indent] == u' ')
        ++indent;
    if (indent > 3 || indent >= line.size() || (line[indent] != u'`' && line[indent] != u'~'))
        return false;
    const QChar marker = line[indent];
    qsizetype length = 0;
    while (indent + length < line.size() && line[indent + length] == marker)
        ++length;
    if (length < 3)
        return false;
    if (state.fenceLength == 0) {
        state.fenceMarker = marker;
        state.fenceLength = int(length);
        return true;
    }
    if (marker == state.fenceMarker && length >= state.fenceLength
        && line.sliced(indent + length).trimmed().isEmpty()) {
        state.fenceMarker = QChar();
        state.fenceLength = 0;
    }
    return true;
}

// True when the line belongs to code or front matter (nothing to check); updates the state.
bool skipsWholeLine(QStringView line, MarkdownLineState &state)
{
    const bool first = state.firstLine;
    state.firstLine = false;
    if (first && line.trimmed() == u"---"_s) {
        state.inFrontMatter = true;
        return true;
    }
    if (state.inFrontMatter) {
        if (line.trimmed() == u"---"_s || line.trimmed() == u"..."_s)
            state.inFrontMatter = false;
        return true;
    }
    if (handleFence(line, state))
        return true;
    return state.fenceLength > 0;
}

bool isEmphasisMarker(QChar c)
{
    return c == u'*' || c == u'_' || c == u'~';
}

// Characters after which Korean attaches a particle or ending: "API를", "15권", "`foo`를", "'회고'를".
bool takesParticle(QChar c)
{
    const Script script = scriptOf(c);
    if (script == Script::Latin || script == Script::Digits)
        return true;
    static const QString closers = u")]}'\"`>%’”」』》〉"_s;
    return closers.contains(c);
}

class LineReader
{
public:
    explicit LineReader(QStringView line)
        : m_line(line)
        , m_masked(line.size(), false)
    {
        for (auto it = notProse().globalMatchView(line); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i)
                m_masked[i] = true;
        }
    }

    QList<CheckableWord> words() const
    {
        QList<CheckableWord> words;
        for (const TextSpan &eojeol : eojeolSpans(m_line)) {
            const QList<ScriptRun> runs = scriptRuns(m_line.sliced(eojeol.start, eojeol.length), eojeol.start);
            for (const ScriptRun &run : runs) {
                if (isCheckable(run))
                    words << CheckableWord{run.span, run.script};
            }
        }
        return words;
    }

private:
    bool masked(const TextSpan &span) const
    {
        for (qsizetype i = span.start; i < span.end(); ++i) {
            if (m_masked[i])
                return true;
        }
        return false;
    }

    // The character before `position`, looking past emphasis markers; null at the start of a word.
    QChar before(qsizetype position, bool *wasMasked) const
    {
        qsizetype i = position - 1;
        while (i >= 0 && isEmphasisMarker(m_line[i]) && !m_masked[i])
            --i;
        *wasMasked = i >= 0 && m_masked[i];
        return i >= 0 ? m_line[i] : QChar();
    }

    bool isCheckable(const ScriptRun &run) const
    {
        if (masked(run.span))
            return false;
        if (run.script == Script::Hangul)
            return isCheckableHangul(run.span);
        if (run.script == Script::Latin)
            return isCheckableLatin(run.span);
        return false;
    }

    bool isCheckableHangul(const TextSpan &span) const
    {
        bool afterMasked = false;
        const QChar previous = before(span.start, &afterMasked);
        if (afterMasked)
            return m_line[span.start - 1].isSpace(); // a particle glued to code or a link: not a word
        return previous.isNull() || previous.isSpace() || !takesParticle(previous);
    }

    bool isCheckableLatin(const TextSpan &span) const
    {
        const QStringView word = m_line.sliced(span.start, span.length);
        if (word.size() < 2)
            return false;
        const QChar previous = span.start > 0 ? m_line[span.start - 1] : QChar();
        const QChar next = span.end() < m_line.size() ? m_line[span.end()] : QChar();
        for (const QChar neighbour : {previous, next}) {
            if (scriptOf(neighbour) == Script::Digits || neighbour == u'_' || neighbour == u'$' || neighbour == u'\\')
                return false; // GPT4, snake_case, $x, \frac
        }
        bool allUpper = true;
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (word[i].isLower())
                allUpper = false;
            else if (i > 0 && word[i].isUpper() && word[i - 1].isLetter())
                return false; // vLLM, camelCase, GitHub: identifiers and product names
        }
        return !allUpper;
    }

    QStringView m_line;
    QList<bool> m_masked;
};

} // namespace

QList<CheckableWord> checkableWords(QStringView line, MarkdownLineState &state)
{
    if (skipsWholeLine(line, state))
        return {};
    return LineReader(line).words();
}

void advanceLineState(QStringView line, MarkdownLineState &state)
{
    (void)skipsWholeLine(line, state);
}

} // namespace hoego
