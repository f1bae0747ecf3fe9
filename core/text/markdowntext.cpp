#include "markdowntext.h"

#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <utility>

// A line scanner rather than QTextDocument::setMarkdown(): the document drops image alt text (an
// object character remains), puts every table cell on its own line, warns about fonts on stderr
// without a QGuiApplication (the CLI) and costs far more than counting on each keystroke should.

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Inline text being built; `literal` marks characters that came from code spans, escapes and
// autolinks, so that an asterisk or underscore among them is never taken for emphasis.
struct InlineText {
    QString text;
    QList<bool> literal;

    void append(QStringView part, bool isLiteral)
    {
        text += part;
        literal.insert(literal.size(), part.size(), isLiteral);
    }
};

// The characters a backslash may escape in Markdown.
bool isAsciiPunctuation(QChar c)
{
    constexpr QStringView punctuation = u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    return punctuation.contains(c);
}

// Index of the `close` that matches the `open` at `from`, skipping escapes; -1 if none.
qsizetype matchingBracket(QStringView s, qsizetype from, QChar open, QChar close)
{
    int depth = 0;
    for (qsizetype i = from; i < s.size(); ++i) {
        if (s[i] == u'\\') {
            ++i;
        } else if (s[i] == open) {
            ++depth;
        } else if (s[i] == close && --depth == 0) {
            return i;
        }
    }
    return -1;
}

void scanInline(QStringView s, InlineText &out, bool &commentOpen);

// `code` keeps its text; an unclosed run of backticks is text itself.
qsizetype takeCodeSpan(QStringView s, qsizetype i, InlineText &out)
{
    qsizetype n = 0;
    while (i + n < s.size() && s[i + n] == u'`')
        ++n;
    for (qsizetype j = i + n; j < s.size();) {
        qsizetype m = 0;
        while (j + m < s.size() && s[j + m] == u'`')
            ++m;
        if (m == n) {
            QStringView code = s.sliced(i + n, j - i - n);
            if (code.size() > 2 && code.startsWith(u' ') && code.endsWith(u' ') && !code.trimmed().isEmpty())
                code = code.sliced(1, code.size() - 2);
            out.append(code, true);
            return j + n;
        }
        j += std::max<qsizetype>(m, 1);
    }
    out.append(s.sliced(i, n), true);
    return i + n;
}

// [text](url), [text][ref], ![alt](url): the text or alt stays, the rest goes. -1 if not a link.
qsizetype takeLinkOrImage(QStringView s, qsizetype i, InlineText &out, bool &commentOpen)
{
    const qsizetype open = s[i] == u'!' ? i + 1 : i;
    const qsizetype close = matchingBracket(s, open, u'[', u']');
    if (close < 0 || close + 1 >= s.size())
        return -1;
    qsizetype end = -1;
    if (s[close + 1] == u'(')
        end = matchingBracket(s, close + 1, u'(', u')');
    else if (s[close + 1] == u'[')
        end = matchingBracket(s, close + 1, u'[', u']');
    if (end < 0)
        return -1;
    scanInline(s.sliced(open + 1, close - open - 1), out, commentOpen);
    return end + 1;
}

// HTML tags and comments go; an autolink <https://…> shows its address, so it stays.
qsizetype takeAngle(QStringView s, qsizetype i, InlineText &out, bool &commentOpen)
{
    static const QRegularExpression autolink(
        u"<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\\s<>]*)|(?:[^\\s<>@]+@[^\\s<>@]+\\.[^\\s<>@]+))>"_s);
    static const QRegularExpression tag(u"</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>"_s);
    if (s.sliced(i).startsWith(u"<!--")) {
        const qsizetype end = s.indexOf(u"-->", i + 4);
        commentOpen = end < 0;
        return commentOpen ? s.size() : end + 3;
    }
    if (const auto m
        = autolink.matchView(s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        m.hasMatch()) {
        out.append(m.capturedView(1), true);
        return m.capturedEnd();
    }
    if (const auto m
        = tag.matchView(s, i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
        m.hasMatch())
        return m.capturedEnd();
    return -1;
}

void scanInline(QStringView s, InlineText &out, bool &commentOpen)
{
    for (qsizetype i = 0; i < s.size() && !commentOpen;) {
        const QChar c = s[i];
        qsizetype next = -1;
        if (c == u'\\' && i + 1 < s.size() && isAsciiPunctuation(s[i + 1])) {
            out.append(s.sliced(i + 1, 1), true);
            next = i + 2;
        } else if (c == u'\\' && i + 1 == s.size()) {
            next = i + 1; // a hard line break
        } else if (c == u'`') {
            next = takeCodeSpan(s, i, out);
        } else if (c == u'[' || (c == u'!' && i + 1 < s.size() && s[i + 1] == u'[')) {
            next = takeLinkOrImage(s, i, out, commentOpen);
        } else if (c == u'<') {
            next = takeAngle(s, i, out, commentOpen);
        }
        if (next < 0) {
            constexpr QStringView inlineStarts = u"\\`[!<";
            next = i + 1;
            while (next < s.size() && !inlineStarts.contains(s[next]))
                ++next; // ordinary text up to the next character that may start inline syntax
            out.append(s.sliced(i, next - i), false);
        }
        i = next;
    }
}

// A run of emphasis delimiters (*, _ or ~~) not yet paired.
struct DelimiterRun {
    QChar marker;
    qsizetype start = 0;
    qsizetype length = 0;
};

// Whether the run at [start, end) may open and may close emphasis. Lenient: a run opens before a
// non-space and closes after one; underscores only outside words, so snake_case stays.
std::pair<bool, bool> openCloseOf(const QString &text, qsizetype start, qsizetype end)
{
    const QChar before = start > 0 ? text[start - 1] : u' ';
    const QChar after = end < text.size() ? text[end] : u' ';
    bool canOpen = !after.isSpace();
    bool canClose = !before.isSpace();
    if (text[start] == u'_') {
        canOpen = canOpen && !before.isLetterOrNumber();
        canClose = canClose && !after.isLetterOrNumber();
    }
    return { canOpen, canClose };
}

// Pairs `closer` with open runs of the same marker, most recent first, and removes both sides.
void closeRuns(DelimiterRun &closer, QList<DelimiterRun> &openers, QList<bool> &removed)
{
    while (closer.length > 0) {
        const auto it = std::find_if(
            openers.rbegin(), openers.rend(), [&](const DelimiterRun &run) { return run.marker == closer.marker; });
        if (it == openers.rend())
            return;
        const qsizetype index = std::distance(it, openers.rend()) - 1;
        DelimiterRun &opener = openers[index];
        const qsizetype k = std::min(opener.length, closer.length);
        std::fill_n(removed.begin() + opener.start + opener.length - k, k, true);
        std::fill_n(removed.begin() + closer.start, k, true);
        opener.length -= k;
        closer.start += k;
        closer.length -= k;
        openers.resize(opener.length > 0 ? index + 1 : index);
    }
}

QString withoutEmphasisMarkers(const InlineText &in)
{
    const QString &text = in.text;
    QList<bool> removed(text.size(), false);
    QList<DelimiterRun> openers;
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text[i];
        qsizetype end = i;
        while (end < text.size() && text[end] == c && !in.literal[end])
            ++end;
        const bool isMarker = (c == u'*' || c == u'_' || (c == u'~' && end - i == 2)) && end > i;
        if (!isMarker) {
            i = std::max(end, i + 1);
            continue;
        }
        const auto [canOpen, canClose] = openCloseOf(text, i, end);
        DelimiterRun run { c, i, end - i };
        if (canClose)
            closeRuns(run, openers, removed);
        if (canOpen && run.length > 0)
            openers.append(run);
        i = end;
    }
    if (!removed.contains(true))
        return text;
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!removed[i])
            result += text[i];
    }
    return result;
}

// The first character that is not a space or tab: block syntax is only tried where it can start,
// because most lines are prose and a regular expression costs about a microsecond per line.
QChar firstNonSpace(QStringView line)
{
    for (const QChar c : line) {
        if (c != u' ' && c != u'\t')
            return c;
    }
    return {};
}

// Block markers in front of the text: blockquotes, then one bullet or number (only one, so that a
// date like "2025. 12. 31." loses no more than a list number would), a task box, a heading.
QStringView withoutBlockMarkers(QStringView line)
{
    static const QRegularExpression listItem(u"^\\s*(?:[-*+]|\\d{1,9}[.)])(?:\\s+|$)(?:\\[[ xX]\\](?:\\s+|$))?"_s);
    static const QRegularExpression heading(u"^\\s*#{1,6}(?:\\s+|$)"_s);
    static const QRegularExpression closingHashes(u"(?:^|\\s+)#+\\s*$"_s);
    while (firstNonSpace(line) == u'>') {
        line = line.sliced(line.indexOf(u'>') + 1);
        if (line.startsWith(u' ') || line.startsWith(u'\t'))
            line = line.sliced(1);
    }
    if (const QChar first = firstNonSpace(line); first == u'-' || first == u'*' || first == u'+' || first.isDigit()) {
        if (const auto m = listItem.matchView(line); m.hasMatch())
            line = line.sliced(m.capturedEnd());
    }
    if (firstNonSpace(line) != u'#')
        return line;
    if (const auto m = heading.matchView(line); m.hasMatch()) {
        line = line.sliced(m.capturedEnd());
        if (const auto closing = closingHashes.matchView(line); closing.hasMatch())
            line = line.first(closing.capturedStart());
    }
    return line;
}

QString inlinePlainText(QStringView text, bool &commentOpen)
{
    InlineText scanned;
    scanInline(text, scanned, commentOpen);
    return withoutEmphasisMarkers(scanned).trimmed();
}

// Lines a reader never sees as text: rules, setext underlines, link reference definitions.
bool isInvisibleLine(QStringView line)
{
    static const QRegularExpression invisible(
        u"^\\s*(?:([-*_])(?:\\s*\\1){2,}|=+|\\[[^\\]^][^\\]]*\\]:\\s*\\S+.*)\\s*$"_s);
    const QChar first = firstNonSpace(line);
    return (first == u'-' || first == u'*' || first == u'_' || first == u'=' || first == u'[')
        && invisible.matchView(line).hasMatch();
}

bool isTableSeparator(QStringView line)
{
    static const QRegularExpression separator(u"^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$"_s);
    return line.contains(u'|') && separator.matchView(line).hasMatch();
}

// Cells separated by one space; escaped pipes \| stay in their cell as text.
QString tableRowText(QStringView row, bool &commentOpen)
{
    QStringList cells;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= row.size(); ++i) {
        if (i < row.size() && row[i] == u'\\') {
            ++i;
        } else if (i == row.size() || row[i] == u'|') {
            if (QString cell = inlinePlainText(row.sliced(start, i - start), commentOpen); !cell.isEmpty())
                cells.append(cell);
            start = i + 1;
        }
    }
    return cells.join(u' ');
}

// A ``` or ~~~ fence: the marker character and length, or length 0 if the line is none.
struct Fence {
    QChar marker;
    qsizetype length = 0;
};

Fence fenceOf(QStringView line)
{
    const QStringView text = line.trimmed();
    if (text.isEmpty() || (text[0] != u'`' && text[0] != u'~'))
        return {};
    qsizetype n = 0;
    while (n < text.size() && text[n] == text[0])
        ++n;
    if (n < 3 || (text[0] == u'`' && text.sliced(n).contains(u'`')))
        return {};
    return { text[0], n };
}

bool closesFence(QStringView line, const Fence &open)
{
    const Fence fence = fenceOf(line);
    return fence.marker == open.marker && fence.length >= open.length
        && line.trimmed().sliced(fence.length).trimmed().isEmpty();
}

// The first line after YAML front matter (--- … --- or ...), or 0 if the text has none.
qsizetype bodyStart(const QStringList &lines)
{
    if (lines.isEmpty() || lines.first().trimmed() != u"---"_s)
        return 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line == u"---"_s || line == u"..."_s)
            return i + 1;
    }
    return 0;
}

class PlainTextWriter
{
public:
    void addLine(QStringView line, QStringView nextLine);
    QString text() const;

private:
    QStringList m_lines;
    Fence m_fence;
    bool m_inComment = false;
    bool m_inTable = false;
};

void PlainTextWriter::addLine(QStringView line, QStringView nextLine)
{
    if (m_fence.length > 0) {
        if (closesFence(line, m_fence))
            m_fence = {};
        else
            m_lines.append(line.toString());
        return;
    }
    if (m_inComment) {
        const qsizetype end = line.indexOf(u"-->");
        if (end < 0)
            return;
        m_inComment = false;
        line = line.sliced(end + 3);
    }
    if (m_fence = fenceOf(line); m_fence.length > 0)
        return;
    m_inTable = line.contains(u'|') && (m_inTable || isTableSeparator(nextLine));
    if (isTableSeparator(line) || isInvisibleLine(line))
        return;
    m_lines.append(m_inTable ? tableRowText(withoutBlockMarkers(line), m_inComment)
                             : inlinePlainText(withoutBlockMarkers(line), m_inComment));
}

QString PlainTextWriter::text() const
{
    QStringList kept;
    for (const QString &line : m_lines) {
        const bool blank = line.trimmed().isEmpty();
        if (blank && (kept.isEmpty() || kept.last().isEmpty()))
            continue;
        kept.append(blank ? QString() : line);
    }
    while (!kept.isEmpty() && kept.last().isEmpty())
        kept.removeLast();
    return kept.join(u'\n');
}

} // namespace

QString plainTextOfMarkdown(const QString &markdown)
{
    QStringList lines = markdown.split(u'\n');
    for (QString &line : lines) {
        if (line.endsWith(u'\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.first().startsWith(QChar(0xFEFF)))
        lines.first().remove(0, 1);
    PlainTextWriter writer;
    for (qsizetype i = bodyStart(lines); i < lines.size(); ++i)
        writer.addLine(lines[i], i + 1 < lines.size() ? QStringView(lines[i + 1]) : QStringView());
    return writer.text();
}

} // namespace hoego
