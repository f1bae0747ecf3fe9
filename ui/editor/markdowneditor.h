#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting
{
class Repository;
class SyntaxHighlighter;
}

namespace hoego
{

// The writing surface: plain text with KSyntaxHighlighting's Markdown highlighting, a theme that
// follows the palette, and a font that renders Korean well.
class MarkdownEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit MarkdownEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent = nullptr);

    KSyntaxHighlighting::SyntaxHighlighter *highlighter() const { return m_highlighter; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    KSyntaxHighlighting::Repository &m_repository;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
};

// The first installed font of a family that renders Hangul well, or the system's default.
QFont preferredKoreanFont(int pointSize);

} // namespace hoego
