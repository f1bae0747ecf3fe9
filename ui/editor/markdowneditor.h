#pragma once

#include "editor/editortheme.h"
#include "editor/imagepaste.h"

#include <QPlainTextEdit>

#include <map>

namespace KSyntaxHighlighting
{
class Repository;
class SyntaxHighlighter;
}

namespace hoego
{

class LineSpacingLayout;

// The writing surface: plain text with KSyntaxHighlighting's Markdown highlighting, a light or dark
// theme, a font that renders Korean well, 1.5 line spacing in a centred column of readable width,
// and a focus mode. Nothing here changes the document except the user's own typing.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

    // System follows the window's palette (light or dark); Light and Dark are fixed.
    ThemeChoice themeChoice() const { return m_themeChoice; }
    void setThemeChoice(ThemeChoice choice);
    const EditorTheme &theme() const { return m_theme; }

    // Line height as a multiple of the font's (default 1.5).
    qreal lineSpacing() const;
    void setLineSpacing(qreal factor);
    // The widest the text column gets, in pixels: about 42 Hangul syllables of the editor's font.
    int maximumColumnWidth() const;

    // Dims every paragraph but the current one and keeps the current line vertically centred.
    bool focusMode() const { return m_focusMode; }
    void setFocusMode(bool on);

    // True while the input method is composing (a Hangul syllable in preedit): the preedit is not
    // text yet, so shortcuts, counts and saves leave it alone.
    bool isComposing() const;

    // Extra highlights owned by other features (find, spellcheck), painted together with the
    // editor's own; each feature replaces its own layer only.
    enum class HighlightLayer {
        FindMatches,
        Spelling,
    };
    void setHighlights(HighlightLayer layer, const QList<QTextEdit::ExtraSelection> &selections);

    // Stores pasted and dropped images (as attachments of the open entry); without a handler,
    // images are not taken.
    void setImageHandler(ImageHandler handler) { m_imageHandler = std::move(handler); }

Q_SIGNALS:
    void imageRejected(const QString &message); // the image was not stored; nothing was inserted
    void pasteRejected(const QString &message); // the text was too long; nothing was inserted
    void focusModeChanged(bool on);
    void themeChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    void applyTheme();
    void updateColumnMargins();
    void onCursorMoved();
    void updateFocusDimming();
    void updateExtraSelections();
    void paintCurrentLine();

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    LineSpacingLayout *m_layout = nullptr;
    ThemeChoice m_themeChoice = ThemeChoice::System;
    EditorTheme m_theme;
    bool m_applyingTheme = false;
    bool m_focusMode = false;
    int m_focusedBlock = -1;
    QList<QTextEdit::ExtraSelection> m_focusDimming;
    std::map<HighlightLayer, QList<QTextEdit::ExtraSelection>> m_highlights;
    ImageHandler m_imageHandler;
};

// The first installed font of a family that renders Hangul well, or the system's default.
QFont preferredKoreanFont(int pointSize);

} // namespace hoego
