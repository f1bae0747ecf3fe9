#include "markdowneditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>

using namespace Qt::StringLiterals;

namespace hoego
{

QFont preferredKoreanFont(int pointSize)
{
    const QStringList families = QFontDatabase::families();
    for (const QString &candidate : {u"Noto Sans CJK KR"_s, u"Noto Sans KR"_s, u"NanumGothic"_s, u"Malgun Gothic"_s}) {
        if (families.contains(candidate))
            return QFont(candidate, pointSize);
    }
    QFont fallback = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    fallback.setPointSize(pointSize);
    return fallback;
}

MarkdownEditor::MarkdownEditor(KSyntaxHighlighting::Repository &repository, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_repository(repository)
{
    setFont(preferredKoreanFont(12));
    setTabChangesFocus(false);
    setPlaceholderText(tr("Write your retrospective here. Markdown works: # headings, - lists, **bold**."));
    m_highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document());
    m_highlighter->setDefinition(m_repository.definitionForName(u"Markdown"_s));
    applyTheme();
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void MarkdownEditor::applyTheme()
{
    const auto theme = m_repository.themeForPalette(palette());
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight();
}

} // namespace hoego
