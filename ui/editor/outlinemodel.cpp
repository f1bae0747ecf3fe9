#include "outlinemodel.h"

#include "markdown/markdownoutline.h"

#include <QFont>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace hoego
{

QList<OutlineHeading> headingsOfMarkdown(const QString &markdown)
{
    // One heading finder for the outline and the preview's scroll sync (core/markdown).
    QList<OutlineHeading> headings;
    for (const SourceHeading &heading : sourceHeadings(markdown))
        headings.append({heading.level, heading.text, heading.line});
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
