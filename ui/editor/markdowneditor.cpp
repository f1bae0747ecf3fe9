#include "markdowneditor.h"

#include "linespacinglayout.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QAction>
#include <QEvent>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// A readable measure for Korean prose: about 42 syllables a line (near the 35–45 that Korean books
// and Korean web typography use), never wider than 760 px however large the font.
constexpr int columnHangulCharacters = 42;
constexpr int columnMaximumPixels = 760;
constexpr qreal defaultLineSpacing = 1.5;

bool isBlank(const QTextBlock &block)
{
    return block.text().trimmed().isEmpty();
}

} // namespace

QFont preferredKoreanFont(int pointSize)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : {u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"NanumGothic"_s, u"Malgun Gothic"_s}) {
        if (families.contains(candidate))
            return QFont(candidate, pointSize);
    }
    QFont fallback = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    fallback.setPointSize(pointSize);
    return fallback;
}

MarkdownEditor::MarkdownEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
{
    // The document gets our layout before anything connects to it: QPlainTextEdit ignores
    // QTextBlockFormat::lineHeight, LineSpacingLayout does the spacing instead.
    auto *text = new QTextDocument(this);
    m_layout = new LineSpacingLayout(text);
    m_layout->setLineSpacing(defaultLineSpacing);
    text->setDocumentLayout(m_layout);
    setDocument(text);
    setFont(preferredKoreanFont(12));
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setPlaceholderText(tr("Write your retrospective here. Markdown works: # headings, - lists, **bold**."));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(m_repository.definitionForName(u"Markdown"_s));
    // The margins beside the centred column are the editor's too: paint them in the text background.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    applyTheme();
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &MarkdownEditor::onCursorMoved);
    // Whether the scroll bar takes room decides the right margin (see updateColumnMargins).
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, &MarkdownEditor::updateColumnMargins);
}

void MarkdownEditor::setThemeChoice(ThemeChoice choice)
{
    if (choice == m_themeChoice)
        return;
    m_themeChoice = choice;
    applyTheme();
}

qreal MarkdownEditor::lineSpacing() const
{
    return m_layout->lineSpacing();
}

void MarkdownEditor::setLineSpacing(qreal factor)
{
    m_layout->setLineSpacing(factor);
    viewport()->update();
}

int MarkdownEditor::maximumColumnWidth() const
{
    const int hangul = fontMetrics().horizontalAdvance(QChar(u'한'));
    const int margins = 2 * int(document()->documentMargin());
    return qMin(columnHangulCharacters * hangul + margins, columnMaximumPixels);
}

void MarkdownEditor::setFocusMode(bool on)
{
    if (on == m_focusMode)
        return;
    m_focusMode = on;
    // Lets the last lines scroll up to the middle too, as a typewriter would.
    setCenterOnScroll(on);
    updateFocusDimming();
    if (on)
        centerCursor();
    viewport()->update();
    Q_EMIT focusModeChanged(on);
}

bool MarkdownEditor::isComposing() const
{
    const QTextLayout *layout = textCursor().block().layout();
    return layout && !layout->preeditAreaText().isEmpty();
}

void MarkdownEditor::setHighlights(HighlightLayer layer, const QList<QTextEdit::ExtraSelection> &selections)
{
    m_highlights[layer] = selections;
    updateExtraSelections();
}

bool MarkdownEditor::event(QEvent *event)
{
    // QPlainTextEdit claims some keys that are ours (Ctrl+K deletes to the end of the line on
    // X11); the actions added to the editor (MarkdownActions) win over those built-in bindings.
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QKeySequence pressed(key->keyCombination());
        const QList<QAction *> ownActions = actions();
        for (const QAction *action : ownActions) {
            if (action->isEnabled() && action->shortcuts().contains(pressed)) {
                event->ignore();
                return true;
            }
        }
    }
    return QPlainTextEdit::event(event);
}

bool MarkdownEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return (m_imageHandler && ImagePaste::carriesImages(source)) || QPlainTextEdit::canInsertFromMimeData(source);
}

// Images become attachments and a reference, inserted as one undo step; text goes the usual way,
// unless it is too long to lay out, and in NFC.
void MarkdownEditor::insertFromMimeData(const QMimeData *source)
{
    if (m_imageHandler && ImagePaste::carriesImages(source)) {
        QStringList errors;
        const QString references = ImagePaste::store(ImagePaste::images(source), m_imageHandler, errors);
        if (!references.isEmpty())
            textCursor().insertText(references);
        for (const QString &error : std::as_const(errors))
            Q_EMIT imageRejected(error);
        return;
    }
    if (const QString refusal = ImagePaste::refusal(source); !refusal.isEmpty()) {
        Q_EMIT pasteRejected(refusal);
        return;
    }
    if (const QString nfc = ImagePaste::normalizedText(source); !nfc.isEmpty()) {
        QMimeData normalized;
        normalized.setText(nfc);
        QPlainTextEdit::insertFromMimeData(&normalized);
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}

void MarkdownEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateColumnMargins();
}

void MarkdownEditor::paintEvent(QPaintEvent *event)
{
    paintCurrentLine();
    QPlainTextEdit::paintEvent(event);
}

void MarkdownEditor::updateColumnMargins()
{
    // The left margin depends only on the editor's width, never on the text or on the scroll bar,
    // so the column does not move while typing; the right margin gives the scroll bar its room.
    const int available = contentsRect().width();
    const int column = maximumColumnWidth();
    const int left = qMax(0, (available - column) / 2);
    const QScrollBar *bar = verticalScrollBar();
    const bool barShown = verticalScrollBarPolicy() == Qt::ScrollBarAlwaysOn
        || (verticalScrollBarPolicy() == Qt::ScrollBarAsNeeded && bar->maximum() > bar->minimum());
    const int barWidth = barShown ? bar->sizeHint().width() : 0;
    const int right = qMax(0, available - left - column - barWidth);
    if (viewportMargins() != QMargins(left, 0, right, 0))
        setViewportMargins(left, 0, right, 0);
}

void MarkdownEditor::onCursorMoved()
{
    if (m_focusMode) {
        updateFocusDimming();
        centerCursor();
    }
    // The current-line band follows the cursor.
    viewport()->update();
}

void MarkdownEditor::updateFocusDimming()
{
    QList<QTextEdit::ExtraSelection> dimming;
    if (m_focusMode) {
        // The current paragraph: the run of non-blank lines around the cursor.
        QTextBlock first = textCursor().block();
        QTextBlock last = first;
        while (!isBlank(first) && first.previous().isValid() && !isBlank(first.previous()))
            first = first.previous();
        while (!isBlank(last) && last.next().isValid() && !isBlank(last.next()))
            last = last.next();
        QTextCharFormat quiet;
        quiet.setForeground(m_theme.dimmedText);
        const int end = last.position() + last.length() - 1;
        for (const auto &[from, to] : {std::pair{0, first.position()}, std::pair{end, document()->characterCount() - 1}}) {
            if (from >= to)
                continue;
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(from);
            selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
            selection.format = quiet;
            dimming.append(selection);
        }
    }
    const auto sameRange = [](const QTextEdit::ExtraSelection &a, const QTextEdit::ExtraSelection &b) {
        return a.cursor.selectionStart() == b.cursor.selectionStart() && a.cursor.selectionEnd() == b.cursor.selectionEnd()
            && a.format == b.format;
    };
    if (std::equal(dimming.cbegin(), dimming.cend(), m_focusDimming.cbegin(), m_focusDimming.cend(), sameRange))
        return;
    m_focusDimming = dimming;
    updateExtraSelections();
}

void MarkdownEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> all = m_focusDimming;
    for (const auto &[layer, selections] : m_highlights)
        all += selections;
    setExtraSelections(all);
}

void MarkdownEditor::paintCurrentLine()
{
    // A quiet band behind the line being written; focus mode has its own emphasis.
    const QTextCursor cursor = textCursor();
    if (m_focusMode || cursor.hasSelection() || !m_theme.currentLine.isValid())
        return;
    const QTextBlock block = cursor.block();
    const QTextLayout *layout = block.layout();
    if (!layout || layout->lineCount() == 0)
        return;
    const QTextLine line = layout->lineForTextPosition(cursor.positionInBlock());
    if (!line.isValid())
        return;
    const qreal spacing = (lineSpacing() - 1.0) * line.height() / 2;
    const qreal top = blockBoundingGeometry(block).translated(contentOffset()).top() + line.y() - spacing;
    QPainter painter(viewport());
    painter.fillRect(QRectF(0, top, viewport()->width(), line.height() + 2 * spacing), m_theme.currentLine);
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_themeChoice == ThemeChoice::System)
        applyTheme();
    if (event->type() == QEvent::FontChange)
        updateColumnMargins();
}

void MarkdownEditor::applyTheme()
{
    // setPalette() below sends a PaletteChange of its own; the constructor applies the first theme.
    if (m_applyingTheme || !m_highlighter)
        return;
    m_applyingTheme = true;
    const QString previous = m_theme.syntax.name();
    m_theme = editorThemeFor(m_repository, m_themeChoice, palette());
    // Only the roles the text area paints are set, so the Window role keeps following the
    // desktop and System can tell when it turns dark.
    QPalette colours;
    colours.setColor(QPalette::Base, m_theme.background);
    colours.setColor(QPalette::Text, m_theme.text);
    colours.setColor(QPalette::Highlight, m_theme.selection);
    colours.setColor(QPalette::HighlightedText, m_theme.text);
    colours.setColor(QPalette::PlaceholderText, m_theme.dimmedText);
    setPalette(colours);
    if (m_theme.syntax.name() != previous) {
        m_highlighter->setTheme(m_theme.syntax);
        m_highlighter->rehighlight();
    }
    m_focusDimming.clear();
    updateFocusDimming();
    m_applyingTheme = false;
    viewport()->update();
    Q_EMIT themeChanged();
}

} // namespace hoego
