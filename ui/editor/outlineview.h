#pragma once

#include <QListView>

namespace hoego
{

class MarkdownEditor;
class OutlineModel;

// The outline of the entry beside the editor: its headings, indented by level, the current
// section marked; activating a heading puts the cursor on it and the keyboard back in the text.
class OutlineView : public QListView
{
    Q_OBJECT

public:
    explicit OutlineView(MarkdownEditor *editor, QWidget *parent = nullptr);

    OutlineModel *outline() const { return m_model; }
    // Moves the editor's cursor to the heading at `row` and focuses the editor.
    void jumpTo(int row);

private:
    void markCurrentSection();

    MarkdownEditor *m_editor = nullptr;
    OutlineModel *m_model = nullptr;
};

} // namespace hoego
