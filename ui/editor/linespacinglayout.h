#pragma once

#include <QPlainTextDocumentLayout>

namespace hoego
{

// QPlainTextDocumentLayout with line spacing. The plain-text layout ignores
// QTextBlockFormat::lineHeight (it stacks lines at the font's own height), so this layout spreads
// the lines of each block after the base class has laid them out: half of the extra space above
// each line and half below, as CSS line-height does, which keeps the caret and the selection
// centred on the glyphs. The document's text and formats are never touched.
class LineSpacingLayout : public QPlainTextDocumentLayout
{
    Q_OBJECT

public:
    explicit LineSpacingLayout(QTextDocument *document);

    // 1.0 is the font's own line height; 1.5 adds half a line between lines.
    qreal lineSpacing() const { return m_lineSpacing; }
    void setLineSpacing(qreal factor);

    QRectF blockBoundingRect(const QTextBlock &block) const override;

private:
    qreal extraSpace(qreal lineHeight) const { return (m_lineSpacing - 1.0) * lineHeight; }

    qreal m_lineSpacing = 1.0;
};

} // namespace hoego
