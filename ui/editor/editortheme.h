#pragma once

#include <KSyntaxHighlighting/Theme>

#include <QColor>

class QPalette;

namespace KSyntaxHighlighting
{
class Repository;
}

namespace hoego
{

// Which colours the editor uses: the ones that match the desktop (light or dark palette), or a fixed choice.
enum class ThemeChoice {
    System,
    Light,
    Dark,
};

// The colours of the writing surface, taken from one KSyntaxHighlighting theme so that the
// background, the text and the highlighted Markdown always belong together.
struct EditorTheme {
    KSyntaxHighlighting::Theme syntax;
    QColor background;
    QColor text;
    QColor selection;
    QColor currentLine;
    // Paragraphs other than the current one in focus mode: readable, but quiet.
    QColor dimmedText;
    // Every match of a search; the current match uses `selection`.
    QColor findMatch;

    bool isDark() const { return background.lightness() < 128; }
};

// The theme for `choice`; System picks the light or dark default from `palette`.
EditorTheme editorThemeFor(KSyntaxHighlighting::Repository &repository, ThemeChoice choice, const QPalette &palette);

} // namespace hoego
