#include "textstats.h"

#include "markdowntext.h"
#include "texttokenizer.h"

namespace hoego
{
namespace
{

// Walks the graphemes of one text; spaces are held back until a character follows on the same line.
class Counter
{
public:
    void add(QStringView grapheme, GraphemeKind kind);
    TextStats result();

private:
    void endUnit();

    TextStats m_stats;
    int m_pendingSpaces = 0;
    bool m_lineHasText = false;
    bool m_inUnit = false;
    bool m_unitHasLetter = false;
};

void Counter::add(QStringView grapheme, GraphemeKind kind)
{
    switch (kind) {
    case GraphemeKind::LineBreak:
        m_pendingSpaces = 0;
        m_lineHasText = false;
        endUnit();
        break;
    case GraphemeKind::Space:
        if (m_lineHasText)
            ++m_pendingSpaces;
        endUnit();
        break;
    case GraphemeKind::Invisible:
        break;
    case GraphemeKind::Visible:
        m_stats.charsWithSpaces += m_pendingSpaces + 1;
        m_stats.charsWithoutSpaces += 1;
        m_pendingSpaces = 0;
        m_lineHasText = true;
        m_inUnit = true;
        m_unitHasLetter = m_unitHasLetter || graphemeHasLetterOrDigit(grapheme);
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
    Counter counter;
    forEachGrapheme(normalized, [&counter](QStringView grapheme, GraphemeKind kind) { counter.add(grapheme, kind); });
    return counter.result();
}

TextStats textStatsOfMarkdown(const QString &markdown)
{
    return textStatsOfPlainText(plainTextOfMarkdown(markdown));
}

} // namespace hoego
