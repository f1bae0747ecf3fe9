#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QTextDocument;
class QTextFrame;
class QTextTable;

namespace hoego
{

// The colours of rendered Markdown. The PDF export always uses light(); the preview follows the app.
struct RenderColors {
    QColor text;
    QColor background;
    QColor muted;      // block quotes, captions, placeholders
    QColor link;
    QColor codeBackground;
    QColor border;     // tables, rules

    static RenderColors light();
    static RenderColors dark();
};

struct RenderOptions {
    RenderColors colors = RenderColors::light();
    qreal basePointSize = 12;
    // Images wider than this are scaled down to it (pixels of the document); 0 keeps their size.
    // The preview passes its viewport width, the PDF export its page's text width.
    qreal imageWidth = 0;
    // Resolves `attachment:ID` images; a null QImage means "missing" and renders a placeholder.
    std::function<QImage(qint64)> imageProvider;
};

// A heading of the rendered document, in document order, for the outline and scroll sync.
struct RenderedHeading {
    int level = 0;     // 1 to 6
    QString text;
    int position = 0;  // QTextBlock::position() in the rendered document
};

// The one Markdown renderer of Hoego, used by the live preview and by the PDF export: Qt's own
// Markdown support (GitHub dialect) plus house typography, so that both look the same.
class MarkdownRenderer
{
    Q_DECLARE_TR_FUNCTIONS(hoego::MarkdownRenderer)

public:
    explicit MarkdownRenderer(RenderOptions options = {});

    const RenderOptions &options() const { return m_options; }
    void setOptions(RenderOptions options) { m_options = std::move(options); }

    // Replaces the content of `document` with `markdown`, typeset.
    void render(const QString &markdown, QTextDocument &document) const;
    std::unique_ptr<QTextDocument> render(const QString &markdown) const;

    // Scales the attachment images of a rendered document to at most `width` (0: their own size),
    // without rendering again: for a preview whose width changed.
    static void fitImages(QTextDocument &document, qreal width);

    static QList<RenderedHeading> headings(const QTextDocument &document);

    // The family used for body text: Noto Serif CJK KR, else Noto Sans CJK KR, else the default
    // family, in which case koreanFontInstalled() is false and the UI should say so.
    static QString bodyFontFamily();
    static bool koreanFontInstalled();
    static QString monospaceFontFamily();

    // The URL scheme of images stored in the journal: `attachment:42`.
    static QString attachmentScheme();
    // The attachment id of an image URL, or 0 when it is not an attachment.
    static qint64 attachmentId(const QString &imageUrl);

private:
    void typeset(QTextDocument &document) const;
    void resolveImages(QTextDocument &document) const;

    RenderOptions m_options;
};

// Every table in `frame` and the frames inside it, in document order.
QList<QTextTable *> tablesOf(QTextFrame *frame);

} // namespace hoego
