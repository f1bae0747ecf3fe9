#include "importpreviewmodel.h"

#include "entries/entrylistmodel.h"

#include <QBrush>
#include <QFileInfo>
#include <QPalette>

namespace hoego
{

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ImportPreviewModel::setFiles(QList<ImportFileResult> files)
{
    beginResetModel();
    m_rows.clear();
    for (ImportFileResult &file : files) {
        const bool usable = !file.failed() && file.post.has_value();
        m_rows << Row{std::move(file), usable, {}, false};
    }
    endResetModel();
}

QList<int> ImportPreviewModel::checkedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).checked)
            rows << row;
    }
    return rows;
}

void ImportPreviewModel::setOutcome(int row, const QString &outcome, bool failed)
{
    m_rows[row].outcome = outcome;
    m_rows[row].outcomeFailed = failed;
    if (!failed)
        m_rows[row].checked = false; // stored: importing again would make a copy
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::displayText(const Row &row, int column) const
{
    if (column == FileColumn)
        return QFileInfo(row.file.path).fileName();
    if (column == NoteColumn) {
        // The messages name the file by its path (for the command line); the row already shows it.
        const auto shortened = [&row](QString text) { return text.replace(row.file.path, QFileInfo(row.file.path).fileName()); };
        if (!row.outcome.isEmpty())
            return shortened(row.outcome);
        if (row.file.failed())
            return shortened(row.file.problem);
        return row.file.decodedFrom.isEmpty() ? QString() : tr("Read as %1").arg(row.file.decodedFrom);
    }
    if (!row.file.post) // a file that cannot be imported is named by its file name
        return column == TitleColumn ? QVariant(QFileInfo(row.file.path).fileName()) : QVariant();
    const ImportedPost &post = *row.file.post;
    switch (column) {
    case TitleColumn:
        return post.title;
    case KindColumn:
        return entryKindLabel(post.kind);
    case PeriodColumn:
        return post.period.text;
    case KeepColumn:
        return post.count(KptSection::Keep);
    case ProblemColumn:
        return post.count(KptSection::Problem);
    case TryColumn:
        return post.count(KptSection::Try);
    case GoalsColumn:
        return int(post.goals.size());
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, index.column());
    case Qt::EditRole:
        if (index.column() == KindColumn && row.file.post)
            return entryKindName(row.file.post->kind);
        return displayText(row, index.column());
    case Qt::CheckStateRole:
        if (index.column() == TitleColumn)
            return row.checked ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        return index.column() == FileColumn || index.column() == NoteColumn ? QVariant(row.file.path + u'\n' + displayText(row, NoteColumn).toString())
                                                                            : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == NoteColumn && (row.file.failed() || row.outcomeFailed))
            return QBrush(Qt::darkRed);
        return {};
    }
    return {};
}

bool ImportPreviewModel::setPeriod(ImportedPost &post, const QString &text)
{
    auto period = Period::parse(text.trimmed());
    if (!period)
        return false;
    // Goals keep their distance to the post's year: "내년 목표" of a review moved to 2023 are for 2024.
    const int shift = period->year() - post.period.year();
    for (ImportedGoal &goal : post.goals)
        goal.year += shift;
    post.period = *period;
    return true;
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    Row &row = m_rows[index.row()];
    if (role == Qt::CheckStateRole && index.column() == TitleColumn) {
        row.checked = value.value<Qt::CheckState>() == Qt::Checked;
    } else if (role == Qt::EditRole && row.file.post) {
        ImportedPost &post = *row.file.post;
        const QString text = value.toString();
        if (index.column() == TitleColumn) {
            if (text.trimmed().isEmpty())
                return false;
            post.title = text.trimmed();
        } else if (index.column() == KindColumn) {
            const auto kind = entryKindFromName(text);
            if (!kind)
                return false;
            post.kind = *kind;
        } else if (index.column() == PeriodColumn) {
            if (!setPeriod(post, text))
                return false;
        } else {
            return false;
        }
    } else {
        return false;
    }
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    const Row &row = m_rows.at(index.row());
    const bool usable = !row.file.failed() && row.file.post && (row.outcome.isEmpty() || row.outcomeFailed);
    Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!usable)
        return flags;
    flags |= Qt::ItemIsEnabled;
    if (index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable;
    if (index.column() == TitleColumn || index.column() == KindColumn || index.column() == PeriodColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case PeriodColumn:
        return tr("Period");
    case KeepColumn:
        return tr("Keep");
    case ProblemColumn:
        return tr("Problem");
    case TryColumn:
        return tr("Try");
    case GoalsColumn:
        return tr("Goals");
    case FileColumn:
        return tr("File");
    case NoteColumn:
        return tr("Notes");
    }
    return {};
}

} // namespace hoego
