#pragma once

#include "markdown/markdownrenderer.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QPlainTextEdit;
class QTextBrowser;

namespace hoego
{

// The live preview beside the editor: the editor's Markdown rendered by MarkdownRenderer (the same
// renderer as the PDF export), re-rendered a moment after typing stops, never in the middle of a
// Hangul syllable, and scrolled to the section the editor's cursor is in.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);

    // Follows `editor` (nullptr: none): its text changes re-render, its cursor moves scroll.
    void setEditor(QPlainTextEdit *editor);
    // Resolves `attachment:ID` images, usually AttachmentStore::imageProvider().
    void setImageProvider(std::function<QImage(qint64)> provider);
    // Markdown rendered after the editor's text, such as the entry's KPT block (kptMarkdown()).
    void setTrailingMarkdown(const QString &markdown);
    QString trailingMarkdown() const { return m_trailing; }
    // Light or dark colours; by default they follow the palette.
    void setDarkTheme(bool dark);
    void followPaletteTheme();
    bool isDarkTheme() const;

    // The pause after typing before the preview renders again; long entries add up to 750 ms.
    static constexpr int defaultDebounceMs = 250;
    void setDebounceInterval(int milliseconds) { m_debounceMs = milliseconds; }
    int debounceInterval() const { return m_debounceMs; }

    // Renders the editor's text now (when shown; a hidden pane renders when it is shown again).
    void renderNow();
    // Scrolls to the rendered heading of the section that contains `editor`'s cursor.
    void syncToEditorCursor(const QPlainTextEdit *editor);

    QTextBrowser *browser() const { return m_browser; }

Q_SIGNALS:
    void rendered();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void scheduleRender();
    void renderWhenIdle();
    bool editorIsComposing() const;
    void followCursor();
    void applyColors();
    void layoutColumn();
    int renderedHeadingFor(const QPlainTextEdit *editor) const;

    QTextBrowser *m_browser = nullptr;
    QString m_trailing;
    QPointer<QPlainTextEdit> m_editor;
    QList<QMetaObject::Connection> m_editorConnections;
    MarkdownRenderer m_renderer;
    QTimer m_debounce;
    int m_debounceMs = defaultDebounceMs;
    std::optional<bool> m_dark; // unset: from the palette
    bool m_stale = true;
    int m_followedSection = -2; // the editor section last scrolled to; -2: none yet
    int m_followedLine = -1;
};

} // namespace hoego
