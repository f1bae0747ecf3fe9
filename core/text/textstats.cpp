#include "textstats.h"

#include "markdowntext.h"

#include <QTextBoundaryFinder>

namespace hoego
{
namespace
{

enum class Grapheme { LineBreak, Space, Invisible, Visible };

Grapheme kindOf(QStringView grapheme)
{
    const QChar first = grapheme.front();
    if (first == u'\n' || first == u'\r' || first == u'\v' || first == u'\f' || first == QChar(0x85)
        || first == QChar::LineSeparator || first == QChar::ParagraphSeparator)
        return Grapheme::LineBreak;
    if (first.isSpace())
        return Grapheme::Space;
    for (const QChar c : grapheme) {
        if (c.category() != QChar::Other_Format && c.category() != QChar::Other_Control)
            return Grapheme::Visible;
    }
    return Grapheme::Invisible;
}

bool hasLetterOrDigit(QStringView grapheme)
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

// Walks the graphemes of one text; spaces are held back until a character follows on the same line.
class Counter
{
public:
    void add(QStringView grapheme);
    TextStats result();

private:
    void endUnit();

    TextStats m_stats;
    int m_pendingSpaces = 0;
    bool m_lineHasText = false;
    bool m_inUnit = false;
    bool m_unitHasLetter = false;
};

void Counter::add(QStringView grapheme)
{
    switch (kindOf(grapheme)) {
    case Grapheme::LineBreak:
        m_pendingSpaces = 0;
        m_lineHasText = false;
        endUnit();
        break;
    case Grapheme::Space:
        if (m_lineHasText)
            ++m_pendingSpaces;
        endUnit();
        break;
    case Grapheme::Invisible:
        break;
    case Grapheme::Visible:
        m_stats.charsWithSpaces += m_pendingSpaces + 1;
        m_stats.charsWithoutSpaces += 1;
        m_pendingSpaces = 0;
        m_lineHasText = true;
        m_inUnit = true;
        m_unitHasLetter = m_unitHasLetter || hasLetterOrDigit(grapheme);
        break;
    }
}

void Counter::endUnit()
{
    if (m_inUnit && m_unitHasLetter)
        ++m_stats.eojeol;
    m_inUnit = false;
    m_unitHasLetter = false;
}

TextStats Counter::result()
{
    endUnit();
    m_stats.readingMinutes = (m_stats.charsWithoutSpaces + readingCharsPerMinute - 1) / readingCharsPerMinute;
    return m_stats;
}

} // namespace

TextStats textStatsOfPlainText(const QString &text)
{
    const QString normalized = text.normalized(QString::NormalizationForm_C);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, normalized);
    Counter counter;
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > start; end = finder.toNextBoundary()) {
        counter.add(QStringView(normalized).sliced(start, end - start));
        start = end;
    }
    return counter.result();
}

TextStats textStatsOfMarkdown(const QString &markdown)
{
    return textStatsOfPlainText(plainTextOfMarkdown(markdown));
}

} // namespace hoego
