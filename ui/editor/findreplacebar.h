#pragma once

#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace hoego
{

class MarkdownEditor;

// Find and replace for one editor, shown as a bar above or below it: Enter finds the next match,
// Shift+Enter the previous one, every match is highlighted and counted ("3/12"), "Replace All" is
// one undo step, and Esc closes the bar and returns to the text.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(MarkdownEditor *editor, QWidget *parent = nullptr);

    // For the Edit menu; they are also added to the editor, so they work without a menu.
    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }

    // Shows the bar (with the replace row or without), takes the selected text as the term and
    // puts the keyboard in the find field.
    void openFind();
    void openReplace();
    // Hides the bar, removes the highlights and gives the keyboard back to the editor.
    void close();

    QString findText() const;
    void setFindText(const QString &text);
    void setReplaceText(const QString &text);
    void setMatchCase(bool on);
    void setWholeWords(bool on);

    // Select the next/previous match after/before the cursor, wrapping around; false when none.
    bool findNext();
    bool findPrevious();
    // Replaces the selected match, then selects the next one.
    bool replaceCurrent();
    // Replaces every match as one undo step; returns how many.
    int replaceAll();

    int matchCount() const { return int(m_matches.size()); }
    // 1-based index of the selected match, 0 when the selection is not a match.
    int currentMatch() const;
    QString countText() const;

    QLineEdit *findField() const { return m_findField; }
    QLineEdit *replaceField() const { return m_replaceField; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void open(bool withReplace);
    bool find(QTextDocument::FindFlags direction);
    QTextDocument::FindFlags flags() const;
    void updateMatches();
    void updateCount();
    QWidget *createFindRow();
    QWidget *createReplaceRow();

    MarkdownEditor *m_editor = nullptr;
    QLineEdit *m_findField = nullptr;
    QLineEdit *m_replaceField = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_wholeWords = nullptr;
    QLabel *m_count = nullptr;
    QWidget *m_replaceRow = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;
    QList<QTextCursor> m_matches;
    // Typing in the document moves matches: recount a moment later, not on every keystroke.
    QTimer m_recount;
};

} // namespace hoego
