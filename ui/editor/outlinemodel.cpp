#include "outlinemodel.h"

#include <QFont>
#include <QRegularExpression>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// "# 제목 #", "##제목" is not a heading (CommonMark wants the space), "#" alone is an empty one.
const QRegularExpression &atxHeading()
{
    static const QRegularExpression pattern(u"^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$"_s);
    return pattern;
}

const QRegularExpression &setextUnderline()
{
    static const QRegularExpression pattern(u"^ {0,3}(=+|-+)[ \\t]*$"_s);
    return pattern;
}

const QRegularExpression &fence()
{
    static const QRegularExpression pattern(u"^ {0,3}(`{3,}|~{3,})"_s);
    return pattern;
}

// A line that can be the text of a setext heading: prose, not a list item, quote or another block.
bool canBeSetextText(const QString &line)
{
    static const QRegularExpression notParagraph(u"^ {0,3}(?:[-*+>]|\\d{1,9}[.)]|#|```|~~~|$)|^\\s*$|^ {4}"_s);
    return !notParagraph.match(line).hasMatch();
}

} // namespace

QList<OutlineHeading> headingsOfMarkdown(const QString &markdown)
{
    QList<OutlineHeading> headings;
    const QStringList lines = markdown.split(u'\n');
    QString openFence;
    bool previousIsText = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        if (const auto match = fence().match(line); match.hasMatch()) {
            const QString marker = match.captured(1);
            if (openFence.isEmpty())
                openFence = marker;
            else if (marker.front() == openFence.front() && marker.size() >= openFence.size())
                openFence.clear();
            previousIsText = false;
            continue;
        }
        if (!openFence.isEmpty())
            continue;
        if (const auto match = atxHeading().match(line); match.hasMatch()) {
            headings.append({int(match.capturedLength(1)), match.captured(2).trimmed(), i});
            previousIsText = false;
            continue;
        }
        if (const auto match = setextUnderline().match(line); match.hasMatch() && previousIsText) {
            headings.append({match.captured(1).front() == u'=' ? 1 : 2, lines.at(i - 1).trimmed(), i - 1});
            previousIsText = false;
            continue;
        }
        // Only a single-line paragraph is taken as a setext title: a longer one is more likely
        // prose followed by a rule, and a long title is not an outline entry anyway.
        previousIsText = canBeSetextText(line) && (i == 0 || lines.at(i - 1).trimmed().isEmpty());
    }
    return headings;
}

OutlineModel::OutlineModel(QTextDocument *document, QObject *parent)
    : QAbstractListModel(parent)
    , m_document(document)
{
    m_delay.setSingleShot(true);
    m_delay.setInterval(400);
    connect(&m_delay, &QTimer::timeout, this, &OutlineModel::refresh);
    connect(m_document, &QTextDocument::contentsChanged, this, [this] { m_delay.start(); });
    refresh();
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headings.size());
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutlineHeading &heading = m_headings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return heading.title.isEmpty() ? tr("(untitled)") : heading.title;
    case Qt::ToolTipRole:
        return heading.title;
    case Qt::FontRole:
        if (heading.level == 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case LevelRole:
        return heading.level;
    case BlockNumberRole:
        return heading.blockNumber;
    default:
        return {};
    }
}

QHash<int, QByteArray> OutlineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(LevelRole, "level");
    names.insert(BlockNumberRole, "blockNumber");
    return names;
}

int OutlineModel::rowForBlock(int blockNumber) const
{
    int row = -1;
    for (int i = 0; i < m_headings.size() && m_headings.at(i).blockNumber <= blockNumber; ++i)
        row = i;
    return row;
}

void OutlineModel::refresh()
{
    m_delay.stop();
    QList<OutlineHeading> headings = headingsOfMarkdown(m_document->toPlainText());
    if (headings == m_headings)
        return;
    if (headings.size() == m_headings.size()) {
        // Same number of headings (a title edited, lines added above): keep the view's selection.
        m_headings = std::move(headings);
        Q_EMIT dataChanged(index(0), index(int(m_headings.size()) - 1));
        return;
    }
    beginResetModel();
    m_headings = std::move(headings);
    endResetModel();
}

} // namespace hoego
