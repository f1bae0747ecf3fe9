#pragma once

#include "text/textstats.h"

#include <QLabel>
#include <QTimer>

class QPlainTextEdit;

namespace hoego
{

// The status bar's counts of the text being written: characters with and without spaces, 어절 and
// reading time, as Korean writers count them. Recounted a short pause after the text changes, and
// never while the input method is composing a syllable.
class WritingStatsLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WritingStatsLabel(QPlainTextEdit *editor, QWidget *parent = nullptr);

    // The counts shown now.
    const TextStats &stats() const { return m_stats; }
    // Milliseconds between the last change and the recount (default 300).
    int delay() const { return m_delay.interval(); }
    void setDelay(int milliseconds) { m_delay.setInterval(milliseconds); }
    // Counts at once, e.g. after an entry was opened.
    void recount();

    static QString describe(const TextStats &stats);

private:
    void onDelayOver();

    QPlainTextEdit *m_editor = nullptr;
    TextStats m_stats;
    QTimer m_delay;
};

} // namespace hoego
