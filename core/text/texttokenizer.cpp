#include "texttokenizer.h"

#include <QTextBoundaryFinder>

namespace hoego
{

struct GraphemeWalker::Private {
    QStringView text;
    QTextBoundaryFinder finder;
    qsizetype start = 0;
};

GraphemeWalker::GraphemeWalker(QStringView text)
    : d(new Private{text, QTextBoundaryFinder(QTextBoundaryFinder::Grapheme, text), 0})
{
}

GraphemeWalker::~GraphemeWalker()
{
    delete d;
}

QStringView GraphemeWalker::next()
{
    if (d->start >= d->text.size())
        return {};
    qsizetype end = d->finder.toNextBoundary();
    if (end <= d->start)
        end = d->text.size();
    const QStringView grapheme = d->text.sliced(d->start, end - d->start);
    d->start = end;
    return grapheme;
}

GraphemeKind graphemeKind(QStringView grapheme)
{
    const QChar first = grapheme.front();
    if (first == u'\n' || first == u'\r' || first == u'\v' || first == u'\f' || first == QChar(0x85)
        || first == QChar::LineSeparator || first == QChar::ParagraphSeparator)
        return GraphemeKind::LineBreak;
    if (first.isSpace())
        return GraphemeKind::Space;
    for (const QChar c : grapheme) {
        if (c.category() != QChar::Other_Format && c.category() != QChar::Other_Control)
            return GraphemeKind::Visible;
    }
    return GraphemeKind::Invisible;
}

bool graphemeHasLetterOrDigit(QStringView grapheme)
{
    for (qsizetype i = 0; i < grapheme.size(); ++i) {
        char32_t codePoint = grapheme[i].unicode();
        if (grapheme[i].isHighSurrogate() && i + 1 < grapheme.size() && grapheme[i + 1].isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(grapheme[i], grapheme[i + 1]);
            ++i;
        }
        if (QChar::isLetterOrNumber(codePoint))
            return true;
    }
    return false;
}

QList<TextSpan> eojeolSpans(QStringView text)
{
    QList<TextSpan> spans;
    qsizetype position = 0;
    qsizetype unitStart = -1;
    forEachGrapheme(text, [&](QStringView grapheme, GraphemeKind kind) {
        const bool separates = kind == GraphemeKind::Space || kind == GraphemeKind::LineBreak;
        if (separates && unitStart >= 0) {
            spans << TextSpan{unitStart, position - unitStart};
            unitStart = -1;
        } else if (!separates && unitStart < 0) {
            unitStart = position;
        }
        position += grapheme.size();
    });
    if (unitStart >= 0)
        spans << TextSpan{unitStart, position - unitStart};
    return spans;
}

Script scriptOf(QChar c)
{
    const char16_t u = c.unicode();
    // Hangul syllables, jamo and compatibility jamo.
    if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F))
        return Script::Hangul;
    if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= 0xC0 && u <= 0x24F && u != 0xD7 && u != 0xF7))
        return Script::Latin;
    if (u >= u'0' && u <= u'9')
        return Script::Digits;
    return Script::Other;
}

QList<ScriptRun> scriptRuns(QStringView eojeol, qsizetype offset)
{
    QList<ScriptRun> runs;
    const auto isApostrophe = [](QChar c) { return c == u'\'' || c == QChar(0x2019); };
    for (qsizetype i = 0; i < eojeol.size();) {
        const Script script = scriptOf(eojeol[i]);
        qsizetype end = i + 1;
        while (end < eojeol.size()) {
            if (scriptOf(eojeol[end]) == script) {
                ++end;
            } else if (script == Script::Latin && isApostrophe(eojeol[end]) && end + 1 < eojeol.size()
                       && scriptOf(eojeol[end + 1]) == Script::Latin) {
                end += 2; // don't, Kubernetes’s
            } else {
                break;
            }
        }
        runs << ScriptRun{TextSpan{offset + i, end - i}, script};
        i = end;
    }
    return runs;
}

} // namespace hoego
