#include "previewpane.h"

#include "markdown/markdownoutline.h"

#include <QAbstractTextDocumentLayout>
#include <QEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QVBoxLayout>

namespace hoego
{
namespace
{

// A line of about 40 Korean syllables reads best; wider panes get margins instead of longer lines.
constexpr qreal columnEms = 42;
constexpr qreal minimumMargin = 24;

} // namespace

PreviewPane::PreviewPane(QWidget *parent)
    : QWidget(parent)
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_browser);
    m_browser->setReadOnly(true);
    m_browser->setOpenLinks(false); // a click must not replace the preview with a web page
    m_browser->setFrameShape(QFrame::NoFrame);
    // A scroll bar that comes and goes would reflow the whole text each time a render crosses a page.
    m_browser->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_browser->setAccessibleName(tr("Preview"));
    m_browser->viewport()->installEventFilter(this);
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &PreviewPane::renderWhenIdle);
    applyColors();
}

void PreviewPane::setEditor(QPlainTextEdit *editor)
{
    for (const auto &connection : std::as_const(m_editorConnections))
        disconnect(connection);
    m_editorConnections.clear();
    m_editor = editor;
    m_followedSection = -2;
    m_followedLine = -1;
    if (editor) {
        m_editorConnections << connect(editor, &QPlainTextEdit::textChanged, this, &PreviewPane::scheduleRender)
                            << connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &PreviewPane::followCursor);
    }
    renderNow();
}

void PreviewPane::setImageProvider(std::function<QImage(qint64)> provider)
{
    RenderOptions options = m_renderer.options();
    options.imageProvider = std::move(provider);
    m_renderer.setOptions(std::move(options));
    renderNow();
}

void PreviewPane::setTrailingMarkdown(const QString &markdown)
{
    if (markdown == m_trailing)
        return;
    m_trailing = markdown;
    renderNow();
}

void PreviewPane::setDarkTheme(bool dark)
{
    m_dark = dark;
    applyColors();
    renderNow();
}

void PreviewPane::followPaletteTheme()
{
    m_dark.reset();
    applyColors();
    renderNow();
}

bool PreviewPane::isDarkTheme() const
{
    return m_dark.value_or(palette().color(QPalette::Base).lightness() < 128);
}

void PreviewPane::scheduleRender()
{
    m_stale = true;
    // Rendering takes longer the longer the entry (about 100 ms for 100,000 characters): a long
    // entry waits for a longer pause, so that the render does not land between two keystrokes.
    const int extra = m_editor ? int(qMin(m_editor->document()->characterCount() / 200, 750)) : 0;
    m_debounce.start(m_debounceMs + extra);
}

void PreviewPane::renderWhenIdle()
{
    // Rendering in the middle of a syllable would show half-typed text and cost the input method time.
    if (editorIsComposing()) {
        m_debounce.start(m_debounceMs);
        return;
    }
    renderNow();
}

bool PreviewPane::editorIsComposing() const
{
    if (!m_editor)
        return false;
    const QTextLayout *layout = m_editor->textCursor().block().layout();
    return layout && !layout->preeditAreaText().isEmpty();
}

void PreviewPane::renderNow()
{
    m_debounce.stop();
    m_stale = true;
    if (!isVisible())
        return; // a hidden preview costs nothing; showEvent catches up
    const int scroll = m_browser->verticalScrollBar()->value();
    RenderOptions options = m_renderer.options();
    options.colors = isDarkTheme() ? RenderColors::dark() : RenderColors::light();
    m_renderer.setOptions(options);
    // A fresh document has no layout yet, so typesetting it costs no relayout of the visible one.
    auto *document = new QTextDocument(this);
    QString markdown = m_editor ? m_editor->toPlainText() : QString();
    if (!m_trailing.isEmpty())
        markdown += QStringLiteral("\n\n") + m_trailing;
    m_renderer.render(markdown, *document);
    // Ask who owns the old document before replacing it: the browser deletes its own one in
    // setDocument(), and only ours is left for us to delete.
    QTextDocument *previous = m_browser->document();
    const bool previousIsOurs = previous && previous->parent() == this;
    m_browser->setDocument(document);
    if (previousIsOurs)
        delete previous;
    layoutColumn();
    // Qt lays long documents out lazily: lay out what the restored view shows before scrolling to it.
    document->documentLayout()->hitTest(QPointF(0, scroll + m_browser->viewport()->height()), Qt::FuzzyHit);
    m_browser->verticalScrollBar()->setValue(scroll);
    m_stale = false;
    Q_EMIT rendered();
}

void PreviewPane::layoutColumn()
{
    QTextDocument *document = m_browser->document();
    const qreal viewport = m_browser->viewport()->width();
    const qreal column = QFontMetricsF(document->defaultFont()).height() * columnEms / 1.4;
    const qreal margin = qMax(minimumMargin, (viewport - column) / 2);
    QTextFrameFormat format = document->rootFrame()->frameFormat();
    if (qFuzzyCompare(format.leftMargin(), margin) && format.topMargin() == minimumMargin)
        return;
    format.setMargin(minimumMargin);
    format.setLeftMargin(margin);
    format.setRightMargin(margin);
    document->rootFrame()->setFrameFormat(format);
    MarkdownRenderer::fitImages(*document, qMax<qreal>(64, viewport - 2 * margin));
}

void PreviewPane::syncToEditorCursor(const QPlainTextEdit *editor)
{
    if (!editor)
        return;
    const int heading = renderedHeadingFor(editor);
    QTextDocument *document = m_browser->document();
    const QList<RenderedHeading> headings = MarkdownRenderer::headings(*document);
    if (heading < 0 || heading >= headings.size()) {
        m_browser->verticalScrollBar()->setValue(0);
        return;
    }
    const QTextBlock block = document->findBlock(headings[heading].position);
    const QRectF rect = document->documentLayout()->blockBoundingRect(block);
    // A little air above the heading, so that it does not stick to the edge.
    m_browser->verticalScrollBar()->setValue(qRound(rect.top() - minimumMargin / 2));
}

// The rendered heading of the editor's section: the same ordinal when both sides see the same
// headings; else the same text; else the same place in proportion.
int PreviewPane::renderedHeadingFor(const QPlainTextEdit *editor) const
{
    const QList<SourceHeading> source = sourceHeadings(editor->toPlainText());
    const int section = sectionAt(source, editor->textCursor().blockNumber());
    const QList<RenderedHeading> rendered = MarkdownRenderer::headings(*m_browser->document());
    if (section < 0 || rendered.isEmpty())
        return -1;
    // The trailing block's headings come after all of the editor's.
    if (rendered.size() == source.size() + sourceHeadings(m_trailing).size())
        return section;
    const QString &text = source[section].text;
    int occurrence = 0;
    for (int i = 0; i < section; ++i)
        occurrence += source[i].text == text ? 1 : 0;
    for (qsizetype i = 0; i < rendered.size(); ++i) {
        if (rendered[i].text == text && occurrence-- == 0)
            return int(i);
    }
    return int(qint64(section) * rendered.size() / source.size());
}

void PreviewPane::followCursor()
{
    if (!m_editor || !isVisible())
        return;
    // Typing moves the cursor on every key: only a move to another section scrolls the preview, and
    // only a move to another line can be one.
    const int line = m_editor->textCursor().blockNumber();
    if (line == m_followedLine)
        return;
    m_followedLine = line;
    const int section = sectionAt(sourceHeadings(m_editor->toPlainText()), line);
    if (section == m_followedSection)
        return;
    m_followedSection = section;
    syncToEditorCursor(m_editor);
}

void PreviewPane::applyColors()
{
    const RenderColors colors = isDarkTheme() ? RenderColors::dark() : RenderColors::light();
    QPalette palette = m_browser->palette();
    palette.setColor(QPalette::Base, colors.background);
    palette.setColor(QPalette::Text, colors.text);
    palette.setColor(QPalette::Link, colors.link);
    m_browser->setPalette(palette);
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        renderNow();
}

void PreviewPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_dark) {
        applyColors();
        renderNow();
    }
}

bool PreviewPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        layoutColumn();
    return QWidget::eventFilter(watched, event);
}

} // namespace hoego
