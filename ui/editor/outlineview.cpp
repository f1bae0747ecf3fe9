#include "outlineview.h"

#include "markdowneditor.h"
#include "outlinemodel.h"

#include <QStyledItemDelegate>
#include <QTextBlock>

namespace hoego
{
namespace
{

// Indents each heading by its level, as a table of contents does.
class LevelIndentDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int level = index.data(OutlineModel::LevelRole).toInt();
        option->rect.adjust(qMax(0, level - 1) * option->fontMetrics.height(), 0, 0, 0);
    }
};

} // namespace

OutlineView::OutlineView(MarkdownEditor *editor, QWidget *parent)
    : QListView(parent)
    , m_editor(editor)
    , m_model(new OutlineModel(editor->document(), this))
{
    setObjectName(QStringLiteral("outline"));
    setAccessibleName(tr("Outline"));
    setModel(m_model);
    setItemDelegate(new LevelIndentDelegate(this));
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setUniformItemSizes(true);
    setTextElideMode(Qt::ElideRight);
    connect(this, &QListView::activated, this, [this](const QModelIndex &index) { jumpTo(index.row()); });
    connect(this, &QListView::clicked, this, [this](const QModelIndex &index) { jumpTo(index.row()); });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &OutlineView::markCurrentSection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutlineView::markCurrentSection);
}

void OutlineView::jumpTo(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(m_model->headings().at(row).blockNumber);
    if (!block.isValid())
        return;
    QTextCursor cursor(block);
    // At the end of the heading line, ready to type on.
    cursor.movePosition(QTextCursor::EndOfBlock);
    m_editor->setTextCursor(cursor);
    m_editor->centerCursor();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void OutlineView::markCurrentSection()
{
    const int row = m_model->rowForBlock(m_editor->textCursor().blockNumber());
    const QModelIndex current = row >= 0 ? m_model->index(row) : QModelIndex();
    if (current == currentIndex())
        return;
    // Follows the cursor without emitting activation: only a user's choice moves the cursor.
    selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    if (current.isValid())
        scrollTo(current);
}

} // namespace hoego
