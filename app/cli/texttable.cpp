#include "texttable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hoego::cli
{
namespace
{

bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF)
        || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xA960 && c <= 0xA97F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1FAFF)
        || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isZeroWidth(char32_t c)
{
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1160 && c <= 0x11FF) || c == 0x200B || c == 0x200D
        || (c >= 0xFE00 && c <= 0xFE0F);
}

} // namespace

int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isZeroWidth(c) ? 0 : isWide(c) ? 2 : 1;
    return width;
}

TextTable::TextTable(QStringList header, QList<bool> rightAligned)
    : m_header(std::move(header))
    , m_rightAligned(std::move(rightAligned))
{
}

void TextTable::addRow(QStringList cells)
{
    m_rows << std::move(cells);
}

QString TextTable::render() const
{
    QList<QStringList> rows = m_rows;
    if (!m_header.isEmpty())
        rows.prepend(m_header);
    QList<int> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths << 0;
            widths[column] = std::max(widths[column], displayWidth(row[column]));
        }
    }
    QString out;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            const bool last = column == row.size() - 1;
            const QString padding(widths[column] - displayWidth(row[column]), u' ');
            const bool right = column < m_rightAligned.size() && m_rightAligned[column];
            line += right ? padding + row[column] : (last ? row[column] : row[column] + padding);
            if (!last)
                line += u"  "_s;
        }
        out += line + u"\n"_s;
    }
    return out;
}

} // namespace hoego::cli
