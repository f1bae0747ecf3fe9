#include "writingstatslabel.h"

#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QTextLayout>

namespace hoego
{
namespace
{

bool isComposing(const QPlainTextEdit *editor)
{
    const QTextLayout *layout = editor->textCursor().block().layout();
    return layout && !layout->preeditAreaText().isEmpty();
}

} // namespace

WritingStatsLabel::WritingStatsLabel(QPlainTextEdit *editor, QWidget *parent)
    : QLabel(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("writingStats"));
    setTextFormat(Qt::PlainText);
    m_delay.setSingleShot(true);
    m_delay.setInterval(300);
    connect(&m_delay, &QTimer::timeout, this, &WritingStatsLabel::onDelayOver);
    // The document's own signal, so that a new document set with setPlainText is counted too.
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] { m_delay.start(); });
    recount();
}

void WritingStatsLabel::recount()
{
    m_delay.stop();
    m_stats = textStatsOfMarkdown(m_editor->toPlainText());
    setText(describe(m_stats));
    setToolTip(tr("Counted without Markdown syntax; reading time at %n Korean characters a minute.", nullptr,
                  readingCharsPerMinute));
}

QString WritingStatsLabel::describe(const TextStats &stats)
{
    const QLocale locale;
    return tr("%1 characters with spaces · %2 without · %3 words · %n min read", nullptr, stats.readingMinutes)
        .arg(locale.toString(stats.charsWithSpaces), locale.toString(stats.charsWithoutSpaces),
             locale.toString(stats.eojeol));
}

void WritingStatsLabel::onDelayOver()
{
    // A syllable in composition is not text yet; count once it is committed.
    if (isComposing(m_editor)) {
        m_delay.start();
        return;
    }
    recount();
}

} // namespace hoego
