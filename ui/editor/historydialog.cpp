#include "historydialog.h"

#include "markdowneditor.h"
#include "text/textstats.h"

#include <dtl/dtl.hpp>

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBoundaryFinder>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <vector>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

using Tokens = std::vector<QString>;

constexpr int contextLines = 2;       // unchanged lines shown around a change
constexpr int minFoldedLines = 4;     // folding fewer lines than this hides nothing worth hiding
constexpr int maxTokensInline = 4000; // beyond this a stretch is shown as whole lines: dtl is O(N·D)

// Runs of the same change are merged so that the rendered document has few fragments.
class RunBuilder
{
public:
    void add(const QString &text, DiffChange change)
    {
        if (text.isEmpty())
            return;
        if (!m_runs.isEmpty() && m_runs.last().change == change)
            m_runs.last().text += text;
        else
            m_runs.append({text, change});
    }
    // Lines are separated, not terminated. The break that comes with an inserted or deleted line is
    // inserted or deleted too (the one after it, for the first line), so that both texts can be
    // read back from the runs.
    void addLine(const QString &line, DiffChange change)
    {
        if (m_lines++ > 0) {
            add(u"\n"_s, m_firstLineChange.value_or(change == DiffChange::Skipped ? DiffChange::Same : change));
            m_firstLineChange.reset();
        } else if (change == DiffChange::Inserted || change == DiffChange::Deleted) {
            m_firstLineChange = change;
        }
        add(line, change);
    }
    QList<DiffRun> take() { return std::move(m_runs); }

private:
    QList<DiffRun> m_runs;
    int m_lines = 0;
    std::optional<DiffChange> m_firstLineChange;
};

template<typename Elem>
auto editScript(const std::vector<Elem> &older, const std::vector<Elem> &newer)
{
    dtl::Diff<Elem, std::vector<Elem>> diff(older, newer, true); // deletions before insertions
    diff.compose();
    return diff.getSes().getSequence();
}

Tokens splitLines(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    return {lines.begin(), lines.end()};
}

enum class TokenClass { Newline, Space, Word, Other };

TokenClass classify(QStringView grapheme)
{
    if (grapheme == u"\n")
        return TokenClass::Newline;
    const char32_t first = grapheme.size() > 1 && grapheme[0].isHighSurrogate()
                               ? QChar::surrogateToUcs4(grapheme[0], grapheme[1])
                               : grapheme[0].unicode();
    if (QChar::isSpace(first))
        return TokenClass::Space;
    if (QChar::script(first) == QChar::Script_Latin || QChar::isDigit(first) || first == U'_')
        return TokenClass::Word;
    return TokenClass::Other;
}

// Latin words and runs of spaces are one token each; every other grapheme cluster (a Hangul
// syllable, a punctuation mark, an emoji) is a token of its own, never split.
Tokens tokenize(const QString &text)
{
    Tokens tokens;
    QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
    TokenClass previous = TokenClass::Other;
    qsizetype start = 0;
    for (qsizetype end = graphemes.toNextBoundary(); end != -1; end = graphemes.toNextBoundary()) {
        const QStringView grapheme = QStringView(text).sliced(start, end - start);
        const TokenClass kind = classify(grapheme);
        const bool joins = !tokens.empty() && kind == previous && (kind == TokenClass::Space || kind == TokenClass::Word);
        if (joins)
            tokens.back() += grapheme;
        else
            tokens.push_back(grapheme.toString());
        previous = kind;
        start = end;
    }
    return tokens;
}

void addWholeLines(RunBuilder &out, const Tokens &deleted, const Tokens &inserted)
{
    for (const QString &line : deleted)
        out.addLine(line, DiffChange::Deleted);
    for (const QString &line : inserted)
        out.addLine(line, DiffChange::Inserted);
}

// A stretch of changed lines, compared token by token so that only what changed is marked.
void addChangedLines(RunBuilder &out, const Tokens &deleted, const Tokens &inserted)
{
    const Tokens older = tokenize(QStringList(deleted.begin(), deleted.end()).join(u'\n'));
    const Tokens newer = tokenize(QStringList(inserted.begin(), inserted.end()).join(u'\n'));
    if (deleted.empty() || inserted.empty() || older.size() + newer.size() > maxTokensInline) {
        addWholeLines(out, deleted, inserted);
        return;
    }
    out.addLine(QString(), DiffChange::Same); // starts the line; the tokens carry their own breaks
    for (const auto &[token, info] : editScript(older, newer)) {
        if (info.type == dtl::SES_COMMON)
            out.add(token, DiffChange::Same);
        else if (info.type == dtl::SES_ADD)
            out.add(token, DiffChange::Inserted);
        else // a removed line break is shown, since the reader cannot see a missing one
            out.add(token == u"\n"_s ? u"↵"_s : token, DiffChange::Deleted);
    }
}

// Unchanged lines between changes: a little context on each side, the rest folded into a marker.
void addUnchangedLines(RunBuilder &out, const Tokens &lines, bool atStart, bool atEnd)
{
    const qsizetype head = atStart ? 0 : contextLines;
    const qsizetype tail = atEnd ? 0 : contextLines;
    if (qsizetype(lines.size()) < head + tail + minFoldedLines) {
        for (const QString &line : lines)
            out.addLine(line, DiffChange::Same);
        return;
    }
    for (qsizetype i = 0; i < head; ++i)
        out.addLine(lines[i], DiffChange::Same);
    const qsizetype folded = qsizetype(lines.size()) - head - tail;
    out.addLine(QCoreApplication::translate("HistoryDialog", "⋯ %n unchanged lines ⋯", nullptr, int(folded)),
                DiffChange::Skipped);
    for (qsizetype i = qsizetype(lines.size()) - tail; i < qsizetype(lines.size()); ++i)
        out.addLine(lines[i], DiffChange::Same);
}

QTextCharFormat formatFor(DiffChange change)
{
    QTextCharFormat format;
    format.setProperty(diffChangeProperty, int(change));
    switch (change) {
    case DiffChange::Inserted:
        format.setBackground(QColor(u"#d3f5d9"_s));
        format.setForeground(QColor(u"#14532d"_s));
        break;
    case DiffChange::Deleted:
        format.setBackground(QColor(u"#fcdcdc"_s));
        format.setForeground(QColor(u"#8b1a1a"_s));
        format.setFontStrikeOut(true);
        break;
    case DiffChange::Skipped:
        format.setForeground(QColor(u"#808080"_s));
        format.setFontItalic(true);
        break;
    case DiffChange::Same:
        break;
    }
    return format;
}

QString signedCount(qint64 delta)
{
    if (delta == 0)
        return u"±0"_s;
    return (delta > 0 ? u"+"_s : u"−"_s) + QLocale().toString(qAbs(delta));
}

} // namespace

QList<DiffRun> diffRuns(const QString &older, const QString &newer)
{
    if (older == newer)
        return {{older, DiffChange::Same}};
    RunBuilder out;
    Tokens unchanged, deleted, inserted;
    bool atStart = true;
    const auto flushChange = [&] {
        addChangedLines(out, deleted, inserted);
        deleted.clear();
        inserted.clear();
    };
    for (const auto &[line, info] : editScript(splitLines(older), splitLines(newer))) {
        if (info.type == dtl::SES_COMMON) {
            if (!deleted.empty() || !inserted.empty())
                flushChange();
            unchanged.push_back(line);
            continue;
        }
        if (!unchanged.empty()) {
            addUnchangedLines(out, unchanged, atStart, false);
            unchanged.clear();
        }
        atStart = false;
        (info.type == dtl::SES_DELETE ? deleted : inserted).push_back(line);
    }
    if (!deleted.empty() || !inserted.empty())
        flushChange();
    addUnchangedLines(out, unchanged, false, true);
    return out.take();
}

void renderDiff(QTextDocument *document, const QList<DiffRun> &runs)
{
    document->clear();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const DiffRun &run : runs)
        cursor.insertText(run.text, formatFor(run.change));
    cursor.endEditBlock();
}

void restoreBody(QPlainTextEdit *editor, const QString &body)
{
    QTextCursor cursor = editor->textCursor();
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(body);
    cursor.endEditBlock();
    cursor.movePosition(QTextCursor::Start);
    editor->setTextCursor(cursor);
}

HistoryDialog::HistoryDialog(QList<Revision> revisions, QString currentText, QWidget *parent, QDateTime now)
    : QDialog(parent)
    , m_revisions(std::move(revisions))
    , m_current(std::move(currentText))
    , m_now(std::move(now))
{
    setWindowTitle(tr("History"));
    m_list = new QTreeWidget(this);
    m_list->setAccessibleName(tr("Earlier versions"));
    m_list->setHeaderLabels({tr("Saved"), tr("Age"), tr("Characters"), tr("vs. now")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_diff = new QTextBrowser(this);
    m_diff->setAccessibleName(tr("Changes since this version"));
    m_diff->setFont(preferredKoreanFont(font().pointSize()));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_summary);
    rightLayout->addWidget(m_diff, 1);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({400, 560}); // room for all four columns of the list

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Version"), QDialogButtonBox::AcceptRole);
    connect(m_restore, &QPushButton::clicked, this, &HistoryDialog::restoreSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(960, 600);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &HistoryDialog::showSelected);
    fillList();
    selectRevision(0);
    showSelected();
}

void HistoryDialog::fillList()
{
    const QLocale locale;
    const qint64 currentChars = textStatsOfMarkdown(m_current).charsWithSpaces;
    for (const Revision &revision : std::as_const(m_revisions)) {
        const qint64 chars = textStatsOfMarkdown(revision.body).charsWithSpaces;
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(revision.saved.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, age(revision.saved));
        item->setText(2, locale.toString(chars));
        item->setText(3, signedCount(chars - currentChars));
        item->setToolTip(3, tr("Characters in this version compared with the current text"));
        for (int column : {2, 3})
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
}

QString HistoryDialog::age(const QDateTime &saved) const
{
    const qint64 seconds = qMax<qint64>(0, saved.secsTo(m_now));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 86400)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    const qint64 days = seconds / 86400;
    if (days < 60)
        return tr("%n days ago", nullptr, int(days));
    if (days < 730)
        return tr("%n months ago", nullptr, int(days / 30));
    return tr("%n years ago", nullptr, int(days / 365));
}

void HistoryDialog::selectRevision(int row)
{
    if (QTreeWidgetItem *item = m_list->topLevelItem(row))
        m_list->setCurrentItem(item);
}

void HistoryDialog::showSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_revisions.size()) {
        m_summary->setText(tr("There are no earlier versions of this entry yet. Hoego keeps one every few minutes of writing."));
        m_diff->clear();
        m_restore->setEnabled(false);
        return;
    }
    const QString &body = m_revisions.at(row).body;
    const bool same = body == m_current;
    m_summary->setText(same ? tr("This version is the same as the current text.")
                            : tr("From this version to the current text: green was written since, "
                                 "red (struck through) was removed since."));
    renderDiff(m_diff->document(), diffRuns(body, m_current));
    m_restore->setEnabled(!same);
}

void HistoryDialog::restoreSelected()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_revisions.size())
        return;
    m_restored = m_revisions.at(row).body;
    accept();
}

} // namespace hoego
