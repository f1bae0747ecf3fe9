#include "editortheme.h"

#include <KSyntaxHighlighting/Repository>

#include <QPalette>

namespace hoego
{
namespace
{

QColor mixed(const QColor &from, const QColor &to, qreal amountOfTo)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * amountOfTo),
                            float(from.greenF() + (to.greenF() - from.greenF()) * amountOfTo),
                            float(from.blueF() + (to.blueF() - from.blueF()) * amountOfTo));
}

KSyntaxHighlighting::Theme syntaxThemeFor(KSyntaxHighlighting::Repository &repository, ThemeChoice choice,
                                          const QPalette &palette)
{
    switch (choice) {
    case ThemeChoice::Light:
        return repository.defaultTheme(KSyntaxHighlighting::Repository::LightTheme);
    case ThemeChoice::Dark:
        return repository.defaultTheme(KSyntaxHighlighting::Repository::DarkTheme);
    case ThemeChoice::System:
        break;
    }
    // Decided by the window's background rather than themeForPalette(), which may pick a theme
    // whose colours do not match the palette closely; our two defaults are tested for contrast.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    return repository.defaultTheme(dark ? KSyntaxHighlighting::Repository::DarkTheme
                                        : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace

EditorTheme editorThemeFor(KSyntaxHighlighting::Repository &repository, ThemeChoice choice, const QPalette &palette)
{
    using KSyntaxHighlighting::Theme;
    EditorTheme theme;
    theme.syntax = syntaxThemeFor(repository, choice, palette);
    theme.background = QColor::fromRgba(theme.syntax.editorColor(Theme::BackgroundColor));
    theme.text = QColor::fromRgba(theme.syntax.textColor(Theme::Normal));
    theme.selection = QColor::fromRgba(theme.syntax.editorColor(Theme::TextSelection));
    theme.currentLine = QColor::fromRgba(theme.syntax.editorColor(Theme::CurrentLine));
    theme.findMatch = QColor::fromRgba(theme.syntax.editorColor(Theme::SearchHighlight));
    // Halfway between text and background keeps dimmed prose legible (contrast well above 2:1).
    theme.dimmedText = mixed(theme.text, theme.background, 0.55);
    return theme;
}

} // namespace hoego
