#include "markdownactions.h"

#include "markdowneditor.h"

#include <QAction>
#include <QRegularExpression>
#include <QTextBlock>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

QString textBetween(QTextDocument *document, int from, int to)
{
    if (from < 0 || to > document->characterCount() - 1 || from >= to)
        return QString();
    QTextCursor cursor(document);
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    return cursor.selectedText();
}

// Replaces the first `length` characters of `block` with `replacement`, on `edit`'s edit block.
void replaceLineStart(QTextCursor &edit, const QTextBlock &block, int length, const QString &replacement)
{
    edit.setPosition(block.position());
    edit.setPosition(block.position() + length, QTextCursor::KeepAnchor);
    edit.insertText(replacement);
}

// The selection, or else the word at the cursor; empty when the cursor is between words.
QTextCursor selectionOrWord(const QPlainTextEdit *editor)
{
    QTextCursor cursor = editor->textCursor();
    if (!cursor.hasSelection())
        cursor.select(QTextCursor::WordUnderCursor);
    if (cursor.selectedText().trimmed().isEmpty())
        cursor.clearSelection();
    return cursor;
}

} // namespace

MarkdownActions::MarkdownActions(MarkdownEditor *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    m_bold = addAction(tr("&Bold"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { toggleWrap(u"**"_s); });
    m_italic = addAction(tr("&Italic"), QKeySequence(Qt::CTRL | Qt::Key_I), [this] { toggleWrap(u"*"_s); });
    m_inlineCode = addAction(tr("Inline &Code"), QKeySequence(Qt::CTRL | Qt::Key_QuoteLeft), [this] { toggleWrap(u"`"_s); });
    m_link = addAction(tr("&Link"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { makeLink(); });
    addSeparator();
    const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (int level = 1; level <= 3; ++level) {
        m_headings.append(addAction(tr("Heading &%1").arg(level), QKeySequence(Qt::CTRL | digits[level - 1]),
                                    [this, level] { toggleHeading(level); }));
    }
    addSeparator();
    m_bulletList = addAction(tr("Bullet Li&st"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8), [this] { toggleListPrefix(false); });
    m_numberedList = addAction(tr("&Numbered List"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7), [this] { toggleListPrefix(true); });
    addSeparator();
    m_insertDate = addAction(tr("Insert Today's &Date"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D), [this] { insertToday(); });
}

QAction *MarkdownActions::heading(int level) const
{
    return level >= 1 && level <= m_headings.size() ? m_headings.at(level - 1) : nullptr;
}

QAction *MarkdownActions::addAction(const QString &text, const QKeySequence &shortcut, std::function<void()> run)
{
    auto *action = new QAction(text, this);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, [this, run = std::move(run)] {
        if (canEdit())
            run();
    });
    m_editor->addAction(action);
    m_actions.append(action);
    return action;
}

void MarkdownActions::addSeparator()
{
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_actions.append(separator);
}

bool MarkdownActions::canEdit() const
{
    // A shortcut pressed mid-syllable must not tear the composition apart.
    return m_editor->isEnabled() && !m_editor->isReadOnly() && !m_editor->isComposing();
}

void MarkdownActions::toggleWrap(const QString &marker)
{
    QTextCursor cursor = selectionOrWord(m_editor);
    const int size = int(marker.size());
    cursor.beginEditBlock();
    if (!cursor.hasSelection()) {
        // Nothing to wrap: an empty pair, with the cursor between the markers.
        cursor.insertText(marker + marker);
        cursor.movePosition(QTextCursor::Left, QTextCursor::MoveAnchor, size);
        cursor.endEditBlock();
        m_editor->setTextCursor(cursor);
        return;
    }
    QTextDocument *document = m_editor->document();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    const QString selected = cursor.selectedText();
    if (selected.size() > 2 * size && selected.startsWith(marker) && selected.endsWith(marker)) {
        cursor.insertText(selected.mid(size, selected.size() - 2 * size));
        end -= 2 * size;
    } else if (textBetween(document, start - size, start) == marker && textBetween(document, end, end + size) == marker) {
        cursor.setPosition(end);
        cursor.setPosition(end + size, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        cursor.setPosition(start - size);
        cursor.setPosition(start, QTextCursor::KeepAnchor);
        cursor.removeSelectedText();
        start -= size;
        end -= size;
    } else {
        cursor.insertText(marker + selected + marker);
        start += size;
        end += size;
    }
    cursor.endEditBlock();
    // The text stays selected, so pressing the shortcut again undoes the formatting.
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}

void MarkdownActions::toggleHeading(int level)
{
    static const QRegularExpression headingMarker(u"^ {0,3}(#{1,6})(?:[ \\t]+|$)"_s);
    const QTextBlock block = m_editor->textCursor().block();
    const QRegularExpressionMatch match = headingMarker.match(block.text());
    const int existing = match.hasMatch() ? int(match.capturedLength(1)) : 0;
    const QString wanted = existing == level ? QString() : QString(level, u'#') + u' ';
    QTextCursor edit(m_editor->document());
    edit.beginEditBlock();
    replaceLineStart(edit, block, match.hasMatch() ? int(match.capturedLength(0)) : 0, wanted);
    edit.endEditBlock();
}

void MarkdownActions::toggleListPrefix(bool numbered)
{
    static const QRegularExpression anyItem(u"^([ \\t]*)(?:[-*+]|\\d{1,9}[.)])[ \\t]+"_s);
    static const QRegularExpression bulletItem(u"^[ \\t]*[-*+][ \\t]+"_s);
    static const QRegularExpression numberedItem(u"^[ \\t]*\\d{1,9}[.)][ \\t]+"_s);
    const QRegularExpression &wantedKind = numbered ? numberedItem : bulletItem;
    const QTextCursor selection = m_editor->textCursor();
    QTextDocument *document = m_editor->document();
    const QTextBlock first = document->findBlock(selection.selectionStart());
    const QTextBlock last = document->findBlock(selection.selectionEnd());
    QList<QTextBlock> lines;
    for (QTextBlock block = first; block.isValid(); block = block.next()) {
        if (!block.text().trimmed().isEmpty() || first == last)
            lines.append(block);
        if (block == last)
            break;
    }
    const bool allListed = std::all_of(lines.cbegin(), lines.cend(),
                                       [&](const QTextBlock &block) { return wantedKind.match(block.text()).hasMatch(); });
    QTextCursor edit(document);
    edit.beginEditBlock();
    int number = 1;
    for (const QTextBlock &block : std::as_const(lines)) {
        const QRegularExpressionMatch item = anyItem.match(block.text());
        const QString indent = item.hasMatch() ? item.captured(1) : QString();
        const int oldLength = item.hasMatch() ? int(item.capturedLength(0)) : 0;
        QString prefix = indent;
        if (!allListed)
            prefix += numbered ? u"%1. "_s.arg(number++) : u"- "_s;
        replaceLineStart(edit, block, oldLength, prefix);
    }
    edit.endEditBlock();
}

void MarkdownActions::makeLink()
{
    QTextCursor cursor = selectionOrWord(m_editor);
    const QString label = cursor.selectedText();
    const QString placeholder = u"url"_s;
    cursor.beginEditBlock();
    const int start = cursor.selectionStart();
    cursor.insertText(u"[%1](%2)"_s.arg(label, placeholder));
    cursor.endEditBlock();
    // "url" is selected, so typing or pasting the address replaces it.
    const int urlStart = start + int(label.size()) + 3;
    cursor.setPosition(urlStart);
    cursor.setPosition(urlStart + int(placeholder.size()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
}

void MarkdownActions::insertToday()
{
    // ISO 8601 (2026-11-24): sorts and searches as text, reads the same in Korean and English
    // prose, and is the form of Hoego's own periods and exports.
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(m_today().toString(Qt::ISODate));
    m_editor->setTextCursor(cursor);
}

} // namespace hoego
