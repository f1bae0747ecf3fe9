#pragma once

#include <QDate>
#include <QObject>

#include <functional>

class QAction;

namespace hoego
{

class MarkdownEditor;

// The Format menu: Markdown shortcuts that act on the selection, or on the word or line at the
// cursor when nothing is selected. Each is one undo step, and none acts while the input method is
// composing a syllable. The actions are also added to the editor, so that its own key bindings
// (Ctrl+K deletes to the end of the line on X11) do not swallow them.
class MarkdownActions : public QObject
{
    Q_OBJECT

public:
    explicit MarkdownActions(MarkdownEditor *editor, QObject *parent = nullptr);

    // In menu order, with separators as QActions whose isSeparator() is true.
    QList<QAction *> actions() const { return m_actions; }

    QAction *bold() const { return m_bold; }
    QAction *italic() const { return m_italic; }
    QAction *heading(int level) const; // 1 to 3
    QAction *bulletList() const { return m_bulletList; }
    QAction *numberedList() const { return m_numberedList; }
    QAction *link() const { return m_link; }
    QAction *inlineCode() const { return m_inlineCode; }
    QAction *insertDate() const { return m_insertDate; }

    // Where "today" comes from; tests set a fixed day.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    void toggleWrap(const QString &marker);
    void toggleHeading(int level);
    void toggleListPrefix(bool numbered);
    void makeLink();
    void insertToday();

private:
    QAction *addAction(const QString &text, const QKeySequence &shortcut, std::function<void()> run);
    void addSeparator();
    bool canEdit() const;

    MarkdownEditor *m_editor = nullptr;
    QList<QAction *> m_actions;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QList<QAction *> m_headings;
    QAction *m_bulletList = nullptr;
    QAction *m_numberedList = nullptr;
    QAction *m_link = nullptr;
    QAction *m_inlineCode = nullptr;
    QAction *m_insertDate = nullptr;
    std::function<QDate()> m_today = [] { return QDate::currentDate(); };
};

} // namespace hoego
