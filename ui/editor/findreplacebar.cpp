#include "findreplacebar.h"

#include "markdowneditor.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace hoego
{
namespace
{

// Painting thousands of highlights slows every repaint; past this the count still tells all.
constexpr int maximumHighlights = 2000;

QAction *newAction(const QString &text, const QKeySequence &shortcut, QWidget *owner)
{
    auto *action = new QAction(text, owner);
    action->setShortcut(shortcut);
    return action;
}

} // namespace

FindReplaceBar::FindReplaceBar(MarkdownEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findReplaceBar"));
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(6, 4, 6, 4);
    rows->setSpacing(4);
    rows->addWidget(createFindRow());
    m_replaceRow = createReplaceRow();
    rows->addWidget(m_replaceRow);

    m_findAction = newAction(tr("&Find…"), QKeySequence::Find, m_editor);
    m_replaceAction = newAction(tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H), m_editor);
    m_findNextAction = newAction(tr("Find &Next"), QKeySequence::FindNext, m_editor);
    m_findPreviousAction = newAction(tr("Find Pre&vious"), QKeySequence::FindPrevious, m_editor);
    m_editor->addActions({m_findAction, m_replaceAction, m_findNextAction, m_findPreviousAction});
    connect(m_findAction, &QAction::triggered, this, &FindReplaceBar::openFind);
    connect(m_replaceAction, &QAction::triggered, this, &FindReplaceBar::openReplace);
    connect(m_findNextAction, &QAction::triggered, this, &FindReplaceBar::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &FindReplaceBar::findPrevious);

    m_recount.setSingleShot(true);
    m_recount.setInterval(200);
    connect(&m_recount, &QTimer::timeout, this, &FindReplaceBar::updateMatches);
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible())
            m_recount.start();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &FindReplaceBar::updateCount);
    hide();
}

QWidget *FindReplaceBar::createFindRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_findField = new QLineEdit(row);
    m_findField->setPlaceholderText(tr("Find"));
    m_findField->setAccessibleName(tr("Find"));
    m_findField->setClearButtonEnabled(true);
    m_findField->installEventFilter(this);
    auto *previous = new QToolButton(row);
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (Shift+Enter)"));
    auto *next = new QToolButton(row);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(tr("Next match (Enter)"));
    m_matchCase = new QCheckBox(tr("Match &case"), row);
    m_wholeWords = new QCheckBox(tr("&Whole words"), row);
    m_count = new QLabel(row);
    m_count->setObjectName(QStringLiteral("findCount"));
    m_count->setMinimumWidth(m_count->fontMetrics().horizontalAdvance(QStringLiteral("0000/0000")));
    auto *closer = new QToolButton(row);
    closer->setText(QStringLiteral("✕"));
    closer->setToolTip(tr("Close (Esc)"));
    closer->setAutoRaise(true);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_findField, previous, next, m_count, m_matchCase, m_wholeWords, closer})
        layout->addWidget(widget);
    layout->setStretch(0, 1);

    connect(m_findField, &QLineEdit::textChanged, this, &FindReplaceBar::updateMatches);
    connect(previous, &QToolButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_matchCase, &QCheckBox::toggled, this, &FindReplaceBar::updateMatches);
    connect(m_wholeWords, &QCheckBox::toggled, this, &FindReplaceBar::updateMatches);
    connect(closer, &QToolButton::clicked, this, &FindReplaceBar::close);
    return row;
}

QWidget *FindReplaceBar::createReplaceRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_replaceField = new QLineEdit(row);
    m_replaceField->setPlaceholderText(tr("Replace with"));
    m_replaceField->setAccessibleName(tr("Replace with"));
    m_replaceField->installEventFilter(this);
    auto *replace = new QPushButton(tr("Re&place"), row);
    auto *replaceEvery = new QPushButton(tr("Replace &All"), row);
    layout->addWidget(m_replaceField, 1);
    layout->addWidget(replace);
    layout->addWidget(replaceEvery);
    connect(replace, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(replaceEvery, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    return row;
}

void FindReplaceBar::openFind()
{
    open(false);
}

void FindReplaceBar::openReplace()
{
    open(true);
}

void FindReplaceBar::open(bool withReplace)
{
    const QString selected = m_editor->textCursor().selectedText();
    // A selection across lines is not a search term; keep the previous term then.
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_findField->setText(selected);
    m_replaceRow->setVisible(withReplace);
    show();
    updateMatches();
    m_findField->setFocus(Qt::ShortcutFocusReason);
    m_findField->selectAll();
}

void FindReplaceBar::close()
{
    hide();
    m_recount.stop();
    m_matches.clear();
    m_editor->setHighlights(MarkdownEditor::HighlightLayer::FindMatches, {});
    m_editor->setFocus(Qt::OtherFocusReason);
}

QString FindReplaceBar::findText() const
{
    return m_findField->text();
}

void FindReplaceBar::setFindText(const QString &text)
{
    m_findField->setText(text);
}

void FindReplaceBar::setReplaceText(const QString &text)
{
    m_replaceField->setText(text);
}

void FindReplaceBar::setMatchCase(bool on)
{
    m_matchCase->setChecked(on);
}

void FindReplaceBar::setWholeWords(bool on)
{
    m_wholeWords->setChecked(on);
}

QTextDocument::FindFlags FindReplaceBar::flags() const
{
    QTextDocument::FindFlags flags;
    if (m_matchCase->isChecked())
        flags |= QTextDocument::FindCaseSensitively;
    if (m_wholeWords->isChecked())
        flags |= QTextDocument::FindWholeWords;
    return flags;
}

bool FindReplaceBar::findNext()
{
    return find({});
}

bool FindReplaceBar::findPrevious()
{
    return find(QTextDocument::FindBackward);
}

bool FindReplaceBar::find(QTextDocument::FindFlags direction)
{
    const QString term = findText();
    if (term.isEmpty())
        return false;
    QTextDocument *document = m_editor->document();
    QTextCursor found = document->find(term, m_editor->textCursor(), flags() | direction);
    if (found.isNull()) {
        // Wrap around, as every editor does; the count shows where we are.
        QTextCursor from(document);
        if (direction & QTextDocument::FindBackward)
            from.movePosition(QTextCursor::End);
        found = document->find(term, from, flags() | direction);
    }
    if (found.isNull())
        return false;
    m_editor->setTextCursor(found);
    m_editor->centerCursor();
    updateCount();
    return true;
}

bool FindReplaceBar::replaceCurrent()
{
    if (currentMatch() == 0)
        return findNext();
    QTextCursor cursor = m_editor->textCursor();
    cursor.insertText(m_replaceField->text());
    m_editor->setTextCursor(cursor);
    updateMatches();
    findNext();
    return true;
}

int FindReplaceBar::replaceAll()
{
    const QString term = findText();
    if (term.isEmpty())
        return 0;
    QTextDocument *document = m_editor->document();
    const QString replacement = m_replaceField->text();
    QTextCursor edit(document);
    int replaced = 0;
    // The edit block belongs to the document: every replacement is one undo step together.
    edit.beginEditBlock();
    for (QTextCursor found = document->find(term, 0, flags()); !found.isNull(); found = document->find(term, found, flags())) {
        // Searching on from the end of the inserted text: a replacement containing the term
        // ("회고" → "연말 회고") is never replaced again.
        found.insertText(replacement);
        ++replaced;
    }
    edit.endEditBlock();
    updateMatches();
    return replaced;
}

int FindReplaceBar::currentMatch() const
{
    const QTextCursor selection = m_editor->textCursor();
    if (!selection.hasSelection())
        return 0;
    for (qsizetype i = 0; i < m_matches.size(); ++i) {
        if (m_matches.at(i).selectionStart() == selection.selectionStart() && m_matches.at(i).selectionEnd() == selection.selectionEnd())
            return int(i) + 1;
    }
    return 0;
}

QString FindReplaceBar::countText() const
{
    return m_count->text();
}

void FindReplaceBar::updateMatches()
{
    m_matches.clear();
    const QString term = findText();
    QList<QTextEdit::ExtraSelection> highlights;
    if (!term.isEmpty()) {
        QTextDocument *document = m_editor->document();
        QTextCharFormat format;
        format.setBackground(m_editor->theme().findMatch);
        for (QTextCursor found = document->find(term, 0, flags()); !found.isNull(); found = document->find(term, found, flags())) {
            m_matches.append(found);
            if (highlights.size() < maximumHighlights)
                highlights.append({found, format});
        }
    }
    m_editor->setHighlights(MarkdownEditor::HighlightLayer::FindMatches, highlights);
    updateCount();
}

void FindReplaceBar::updateCount()
{
    if (findText().isEmpty())
        m_count->clear();
    else if (m_matches.isEmpty())
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1/%2").arg(currentMatch()).arg(m_matches.size()));
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replaceField)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        close();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace hoego
