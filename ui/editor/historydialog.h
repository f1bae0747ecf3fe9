#pragma once

#include "journal/entry.h"

#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QTextFormat>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;
class QTextDocument;
class QTreeWidget;

namespace hoego
{

// What a piece of a diff did between the older text and the newer one.
enum class DiffChange {
    Same,
    Inserted, // in the newer text only
    Deleted,  // in the older text only
    Skipped,  // a marker standing for unchanged lines that are not shown
};

struct DiffRun {
    QString text;
    DiffChange change = DiffChange::Same;
    bool operator==(const DiffRun &) const = default;
};

// A readable diff from `older` to `newer`: lines are compared first; inside a changed stretch of
// lines, words (Latin) and characters (Hangul and everything else, whole grapheme clusters) are
// compared, so that 읽었다 → 읽는다 marks one syllable. Long unchanged stretches are folded.
QList<DiffRun> diffRuns(const QString &older, const QString &newer);

// Writes `runs` into `document`: insertions green, deletions red and struck through. Each
// fragment's format carries its DiffChange (as an int) in diffChangeProperty.
void renderDiff(QTextDocument *document, const QList<DiffRun> &runs);
constexpr int diffChangeProperty = QTextFormat::UserProperty + 1;

// Replaces the editor's whole text with `body` as one undoable step: Ctrl+Z brings the text
// back as it was before the restore.
void restoreBody(QPlainTextEdit *editor, const QString &body);

// Lists the revisions of an entry (newest first), shows how each differs from the current text and
// lets the user pick one to restore. The dialog changes nothing itself: after exec() returns
// Accepted, restoredBody() is the text to put back (with restoreBody()).
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // `now` is the moment ages are counted from ("5 min ago"); tests pass a fixed one.
    explicit HistoryDialog(QList<Revision> revisions, QString currentText, QWidget *parent = nullptr,
                           QDateTime now = QDateTime::currentDateTimeUtc());

    std::optional<QString> restoredBody() const { return m_restored; }
    void selectRevision(int row);

    QTreeWidget *revisionList() const { return m_list; }
    QTextBrowser *diffView() const { return m_diff; }
    QPushButton *restoreButton() const { return m_restore; }

private:
    void fillList();
    void showSelected();
    void restoreSelected();
    QString age(const QDateTime &saved) const;

    QList<Revision> m_revisions;
    QString m_current;
    QDateTime m_now;
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_diff = nullptr;
    QPushButton *m_restore = nullptr;
    std::optional<QString> m_restored;
};

} // namespace hoego
