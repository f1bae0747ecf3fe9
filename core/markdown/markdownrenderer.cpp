#include "markdownrenderer.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Hangul needs more air between lines than Latin text; 160 % is what Korean book typography uses.
constexpr qreal bodyLineHeight = 160;
constexpr qreal compactLineHeight = 130; // headings and code, whose lines belong together

qreal headingScale(int level)
{
    static constexpr qreal scales[] = {1.0, 1.6, 1.35, 1.17, 1.05, 1.0, 0.95};
    return scales[qBound(0, level, 6)];
}

QString firstInstalled(const QStringList &candidates)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : candidates) {
        if (families.contains(candidate))
            return candidate;
    }
    return {};
}

struct ImageFragment {
    int position = 0;
    QString name;
    QString alt;
    qint64 attachmentId = 0;
};

QList<ImageFragment> imageFragments(const QTextDocument &document)
{
    QList<ImageFragment> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            const QTextImageFormat format = fragment.charFormat().toImageFormat();
            // An image is one object replacement character; a fragment may hold several equal ones.
            for (int i = 0; i < fragment.length(); ++i) {
                QString alt = format.property(QTextFormat::ImageAltText).toString();
                if (alt.isEmpty())
                    alt = format.property(QTextFormat::ImageTitle).toString();
                images << ImageFragment{fragment.position() + i, format.name(), alt, MarkdownRenderer::attachmentId(format.name())};
            }
        }
    }
    return images;
}

void setImageSize(QTextDocument &document, int position, const QSize &natural, qreal maxWidth)
{
    QTextCursor cursor(&document);
    cursor.setPosition(position);
    cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
    QTextImageFormat format = cursor.charFormat().toImageFormat();
    const qreal scale = (maxWidth > 0 && natural.width() > maxWidth) ? maxWidth / natural.width() : 1.0;
    format.setWidth(natural.width() * scale);
    format.setHeight(natural.height() * scale);
    cursor.setCharFormat(format);
}

bool isCodeBlock(const QTextBlockFormat &format)
{
    return format.hasProperty(QTextFormat::BlockCodeFence) || format.hasProperty(QTextFormat::BlockCodeLanguage)
        || format.nonBreakableLines();
}


void mergeBlockChars(const QTextBlock &block, const QTextCharFormat &format)
{
    QTextCursor cursor(block);
    cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    cursor.mergeCharFormat(format);
    cursor.mergeBlockCharFormat(format);
}

void typesetHeading(const QTextBlock &block, const RenderOptions &options)
{
    const int level = block.blockFormat().headingLevel();
    const qreal size = options.basePointSize * headingScale(level);
    QTextBlockFormat format;
    format.setTopMargin(size * (level <= 2 ? 1.4 : 1.1));
    format.setBottomMargin(size * 0.5);
    format.setLineHeight(compactLineHeight, QTextBlockFormat::ProportionalHeight);
    QTextCursor cursor(block);
    cursor.mergeBlockFormat(format);
    // Qt's importer sizes headings with a size adjustment that wins over any point size: replace it
    // fragment by fragment, keeping emphasis and code spans inside the heading.
    const auto sized = [&](QTextCharFormat chars) {
        chars.clearProperty(QTextFormat::FontSizeAdjustment);
        chars.setFontPointSize(size);
        chars.setFontWeight(level <= 3 ? QFont::Bold : QFont::DemiBold);
        return chars;
    };
    QList<QPair<int, int>> ranges;
    for (auto it = block.begin(); !it.atEnd(); ++it)
        ranges << qMakePair(it.fragment().position(), it.fragment().length());
    for (const auto &[position, length] : std::as_const(ranges)) {
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(sized(cursor.charFormat()));
    }
    cursor.setBlockCharFormat(sized(block.charFormat()));
}

void typesetCodeBlock(const QTextBlock &block, const RenderOptions &options)
{
    QTextBlockFormat format;
    format.setBackground(options.colors.codeBackground);
    // Single spacing: a proportional line height leaves stripes between the shaded lines.
    format.setLineHeight(100, QTextBlockFormat::SingleHeight);
    format.setLeftMargin(options.basePointSize);
    format.setRightMargin(options.basePointSize);
    // Lines of one fence are consecutive blocks: space only around the whole fence.
    const bool first = !block.previous().isValid() || !isCodeBlock(block.previous().blockFormat());
    const bool last = !block.next().isValid() || !isCodeBlock(block.next().blockFormat());
    format.setTopMargin(first ? options.basePointSize * 0.5 : 0);
    format.setBottomMargin(last ? options.basePointSize * 0.8 : 0);
    QTextCursor(block).mergeBlockFormat(format);
    QTextCharFormat chars;
    chars.setFontFamilies({MarkdownRenderer::monospaceFontFamily()});
    chars.setFontPointSize(options.basePointSize * 0.9);
    mergeBlockChars(block, chars);
}

void typesetParagraph(const QTextBlock &block, const RenderOptions &options)
{
    QTextBlockFormat format;
    format.setLineHeight(bodyLineHeight, QTextBlockFormat::ProportionalHeight);
    format.setTopMargin(0);
    // List items of one list stay together and table cells have padding; paragraphs get air between them.
    if (QTextCursor(block).currentTable()) {
        format.setLineHeight(compactLineHeight, QTextBlockFormat::ProportionalHeight);
        format.setBottomMargin(0);
    } else {
        format.setBottomMargin(block.textList() ? options.basePointSize * 0.2 : options.basePointSize * 0.7);
    }
    if (block.blockFormat().hasProperty(QTextFormat::BlockQuoteLevel)) {
        format.setBackground(options.colors.codeBackground);
        QTextCharFormat chars;
        chars.setForeground(options.colors.muted);
        mergeBlockChars(block, chars);
    }
    QTextCursor(block).mergeBlockFormat(format);
}

// Code spans and links inside a paragraph.
void typesetSpans(QTextDocument &document, const QTextBlock &block, const RenderOptions &options)
{
    QList<QPair<int, int>> code;
    QList<QPair<int, int>> links;
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        const QTextCharFormat format = fragment.charFormat();
        if (format.isImageFormat())
            continue;
        if (format.fontFixedPitch())
            code << qMakePair(fragment.position(), fragment.length());
        else if (format.isAnchor())
            links << qMakePair(fragment.position(), fragment.length());
    }
    QTextCursor cursor(&document);
    const auto apply = [&cursor](const QPair<int, int> &range, const QTextCharFormat &format) {
        cursor.setPosition(range.first);
        cursor.setPosition(range.first + range.second, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(format);
    };
    QTextCharFormat codeFormat;
    codeFormat.setFontFamilies({MarkdownRenderer::monospaceFontFamily()});
    codeFormat.setBackground(options.colors.codeBackground);
    for (const auto &range : std::as_const(code))
        apply(range, codeFormat);
    QTextCharFormat linkFormat;
    linkFormat.setForeground(options.colors.link);
    for (const auto &range : std::as_const(links))
        apply(range, linkFormat);
}

void typesetTable(QTextTable &table, const RenderOptions &options)
{
    QTextTableFormat format = table.format();
    format.setBorder(1);
    format.setBorderBrush(options.colors.border);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderCollapse(true); // one hairline between cells, not two
    format.setCellSpacing(0);
    format.setCellPadding(options.basePointSize * 0.5);
    format.setTopMargin(options.basePointSize * 0.5);
    format.setBottomMargin(options.basePointSize);
    table.setFormat(format);
    // With collapsed borders, the lines are the cells' own.
    for (int row = 0; row < table.rows(); ++row) {
        for (int column = 0; column < table.columns(); ++column) {
            QTextTableCell cell = table.cellAt(row, column);
            QTextTableCellFormat cellFormat = cell.format().toTableCellFormat();
            cellFormat.setBorder(1);
            cellFormat.setBorderBrush(options.colors.border);
            cellFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            if (row == 0) // GitHub tables always have a header row
                cellFormat.setBackground(options.colors.codeBackground);
            cell.setFormat(cellFormat);
        }
    }
}

// A missing image says so in the text, where a reader of the PDF will look for it.
void insertPlaceholder(QTextDocument &document, const ImageFragment &image, const RenderColors &colors)
{
    QTextCursor cursor(&document);
    cursor.setPosition(image.position);
    cursor.setPosition(image.position + 1, QTextCursor::KeepAnchor);
    QTextCharFormat format;
    format.setForeground(colors.muted);
    format.setFontItalic(true);
    format.setToolTip(image.name);
    const QString caption = image.alt.isEmpty() ? image.name : image.alt;
    cursor.insertText(MarkdownRenderer::tr("[Image not found: %1]").arg(caption), format);
}

} // namespace

QList<QTextTable *> tablesOf(QTextFrame *frame)
{
    QList<QTextTable *> tables;
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables << table;
        tables << tablesOf(child);
    }
    return tables;
}

RenderColors RenderColors::light()
{
    return {QColor(0x1f, 0x23, 0x28), QColor(0xff, 0xff, 0xff), QColor(0x59, 0x63, 0x6e),
            QColor(0x09, 0x69, 0xda), QColor(0xf3, 0xf4, 0xf6), QColor(0xd0, 0xd7, 0xde)};
}

RenderColors RenderColors::dark()
{
    return {QColor(0xe6, 0xed, 0xf3), QColor(0x1b, 0x1f, 0x24), QColor(0x9d, 0xa7, 0xb3),
            QColor(0x58, 0xa6, 0xff), QColor(0x2d, 0x33, 0x3b), QColor(0x44, 0x4c, 0x56)};
}

MarkdownRenderer::MarkdownRenderer(RenderOptions options)
    : m_options(std::move(options))
{
}

QString MarkdownRenderer::bodyFontFamily()
{
    static const QString family = [] {
        const QString korean = firstInstalled({u"Noto Serif CJK KR"_s, u"Noto Sans CJK KR"_s});
        return korean.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::GeneralFont).family() : korean;
    }();
    return family;
}

bool MarkdownRenderer::koreanFontInstalled()
{
    return bodyFontFamily().contains(u"CJK KR"_s);
}

QString MarkdownRenderer::monospaceFontFamily()
{
    // The Korean-capable mono keeps Hangul comments in code blocks aligned.
    static const QString family = [] {
        const QString mono = firstInstalled({u"Noto Sans Mono CJK KR"_s, u"D2Coding"_s});
        return mono.isEmpty() ? QFontDatabase::systemFont(QFontDatabase::FixedFont).family() : mono;
    }();
    return family;
}

QString MarkdownRenderer::attachmentScheme()
{
    return u"attachment"_s;
}

qint64 MarkdownRenderer::attachmentId(const QString &imageUrl)
{
    const QString prefix = attachmentScheme() + u':';
    if (!imageUrl.startsWith(prefix))
        return 0;
    bool ok = false;
    const qint64 id = QStringView(imageUrl).mid(prefix.size()).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

std::unique_ptr<QTextDocument> MarkdownRenderer::render(const QString &markdown) const
{
    auto document = std::make_unique<QTextDocument>();
    render(markdown, *document);
    return document;
}

void MarkdownRenderer::render(const QString &markdown, QTextDocument &document) const
{
    document.setUndoRedoEnabled(false);
    QFont font(bodyFontFamily());
    font.setPointSizeF(m_options.basePointSize);
    document.setDefaultFont(font);
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    typeset(document);
    resolveImages(document);
}

void MarkdownRenderer::typeset(QTextDocument &document) const
{
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setBackground(m_options.colors.background);
    document.rootFrame()->setFrameFormat(root);
    // QTextDocument has no default text colour: without this, a dark preview would print black ink.
    QTextCursor all(&document);
    all.select(QTextCursor::Document);
    QTextCharFormat ink;
    ink.setForeground(m_options.colors.text);
    all.mergeCharFormat(ink);

    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextBlockFormat format = block.blockFormat();
        if (format.headingLevel() > 0) {
            typesetHeading(block, m_options);
        } else if (isCodeBlock(format)) {
            typesetCodeBlock(block, m_options);
            continue;
        } else {
            typesetParagraph(block, m_options);
        }
        typesetSpans(document, block, m_options);
    }
    const QList<QTextTable *> tables = tablesOf(document.rootFrame());
    for (QTextTable *table : tables)
        typesetTable(*table, m_options);
}

void MarkdownRenderer::resolveImages(QTextDocument &document) const
{
    const QList<ImageFragment> images = imageFragments(document);
    // Back to front: a placeholder changes the positions of everything after it.
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        if (it->attachmentId == 0)
            continue; // a web or file image: Qt's own resource loading, as in any QTextDocument
        const QImage image = m_options.imageProvider ? m_options.imageProvider(it->attachmentId) : QImage();
        if (image.isNull()) {
            insertPlaceholder(document, *it, m_options.colors);
            continue;
        }
        document.addResource(QTextDocument::ImageResource, QUrl(it->name), image);
        setImageSize(document, it->position, image.size(), m_options.imageWidth);
    }
}

void MarkdownRenderer::fitImages(QTextDocument &document, qreal width)
{
    const QList<ImageFragment> images = imageFragments(document);
    for (const ImageFragment &fragment : images) {
        if (fragment.attachmentId == 0)
            continue;
        const QImage image = document.resource(QTextDocument::ImageResource, QUrl(fragment.name)).value<QImage>();
        if (!image.isNull())
            setImageSize(document, fragment.position, image.size(), width);
    }
}

QList<RenderedHeading> MarkdownRenderer::headings(const QTextDocument &document)
{
    QList<RenderedHeading> found;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (const int level = block.blockFormat().headingLevel(); level > 0)
            found << RenderedHeading{level, block.text().trimmed(), block.position()};
    }
    return found;
}

} // namespace hoego
