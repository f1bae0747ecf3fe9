#include "linespacinglayout.h"

#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

namespace hoego
{

LineSpacingLayout::LineSpacingLayout(QTextDocument *document)
    : QPlainTextDocumentLayout(document)
{
}

void LineSpacingLayout::setLineSpacing(qreal factor)
{
    factor = qBound(1.0, factor, 3.0);
    if (qFuzzyCompare(factor, m_lineSpacing))
        return;
    m_lineSpacing = factor;
    // Lays every block out again (and the editor updates its scroll range) without changing the
    // text, so neither the undo stack nor the highlighter notice.
    document()->markContentsDirty(0, document()->characterCount());
}

QRectF LineSpacingLayout::blockBoundingRect(const QTextBlock &block) const
{
    QRectF rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    if (m_lineSpacing <= 1.0 || !block.isVisible())
        return rect;
    QTextLayout *layout = block.layout();
    if (layout->lineCount() == 0)
        return rect;
    const qreal extra = extraSpace(layout->lineAt(0).height());
    // The base layout puts the first line at y = 0; a spread block has it at extra / 2. That is
    // how a block freshly (re)laid out by the base class, e.g. after a keystroke, is recognised.
    if (layout->lineAt(0).y() < extra / 4) {
        qreal y = 0;
        for (int i = 0; i < layout->lineCount(); ++i) {
            QTextLine line = layout->lineAt(i);
            const qreal half = extraSpace(line.height()) / 2;
            line.setPosition(QPointF(line.x(), y + half));
            y += line.height() + 2 * half;
        }
        rect = QPlainTextDocumentLayout::blockBoundingRect(block);
    }
    // boundingRect() ends at the last line's glyphs: add the space below it.
    rect.setHeight(rect.height() + extraSpace(layout->lineAt(layout->lineCount() - 1).height()) / 2);
    return rect;
}

} // namespace hoego
