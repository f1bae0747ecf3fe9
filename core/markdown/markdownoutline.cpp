#include "markdownoutline.h"

#include <QStringView>

#include <optional>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Up to three spaces of indentation; four make an indented code block, never a heading.
std::optional<QStringView> unindented(QStringView line)
{
    qsizetype spaces = 0;
    while (spaces < line.size() && line[spaces] == u' ')
        ++spaces;
    if (spaces > 3)
        return std::nullopt;
    return line.mid(spaces);
}

// The fence characters that open or close fenced code ("```", "~~~~"), or an empty view.
QStringView fenceOf(QStringView line)
{
    const auto rest = unindented(line);
    if (!rest || rest->size() < 3 || (rest->front() != u'`' && rest->front() != u'~'))
        return {};
    qsizetype length = 0;
    while (length < rest->size() && (*rest)[length] == rest->front())
        ++length;
    return length >= 3 ? rest->first(length) : QStringView();
}

std::optional<SourceHeading> atxHeading(QStringView line, int lineNumber)
{
    const auto rest = unindented(line);
    if (!rest)
        return std::nullopt;
    qsizetype level = 0;
    while (level < rest->size() && (*rest)[level] == u'#')
        ++level;
    if (level < 1 || level > 6 || (level < rest->size() && !(*rest)[level].isSpace()))
        return std::nullopt;
    QString text = rest->mid(level).trimmed().toString();
    // A closing sequence of #s goes, when it stands apart: "## 목표 ##" is "목표".
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u'#')
        --end;
    if (end == 0 || text[end - 1].isSpace())
        text = text.left(end).trimmed();
    return SourceHeading{int(level), text, lineNumber};
}

// `===` under a paragraph line makes it a level-1 heading, `---` level 2.
int setextLevel(QStringView line)
{
    const auto rest = unindented(line);
    if (!rest)
        return 0;
    const QStringView marks = rest->trimmed();
    if (marks.isEmpty() || (marks.front() != u'=' && marks.front() != u'-'))
        return 0;
    for (const QChar ch : marks) {
        if (ch != marks.front())
            return 0;
    }
    return marks.front() == u'=' ? 1 : 2;
}

// Whether a line can be the text of a setext heading: a plain paragraph line.
bool isParagraphLine(QStringView line)
{
    const auto rest = unindented(line);
    if (!rest || rest->trimmed().isEmpty())
        return false;
    const QChar first = rest->front();
    const bool bullet = (first == u'-' || first == u'*' || first == u'+') && (rest->size() == 1 || (*rest)[1].isSpace());
    return !bullet && first != u'>' && first != u'#' && first != u'|';
}

} // namespace

QList<SourceHeading> sourceHeadings(const QString &markdown)
{
    QList<SourceHeading> headings;
    QStringView fence; // the open fence, if inside fenced code
    bool previousIsParagraph = false;
    QStringView previousLine;
    int lineNumber = 0;
    for (const QStringView line : QStringView(markdown).tokenize(u'\n')) {
        const QStringView thisFence = fenceOf(line);
        if (!fence.isEmpty()) {
            if (!thisFence.isEmpty() && thisFence.front() == fence.front() && thisFence.size() >= fence.size()
                && unindented(line)->trimmed().size() == thisFence.size())
                fence = {};
            previousIsParagraph = false;
        } else if (!thisFence.isEmpty()) {
            fence = thisFence;
            previousIsParagraph = false;
        } else if (const int level = previousIsParagraph ? setextLevel(line) : 0; level > 0) {
            headings << SourceHeading{level, previousLine.trimmed().toString(), lineNumber - 1};
            previousIsParagraph = false;
        } else if (auto heading = atxHeading(line, lineNumber)) {
            headings << *heading;
            previousIsParagraph = false;
        } else {
            previousIsParagraph = isParagraphLine(line);
        }
        previousLine = line;
        ++lineNumber;
    }
    return headings;
}

int sectionAt(const QList<SourceHeading> &headings, int line)
{
    int section = -1;
    for (qsizetype i = 0; i < headings.size() && headings[i].line <= line; ++i)
        section = int(i);
    return section;
}

} // namespace hoego
