#include "editor/historydialog.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputMethodEvent>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTest>
#include <QTreeWidget>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

const QDateTime now = QDateTime(QDate(2026, 12, 28), QTime(22, 30), QTimeZone::UTC);

const QString firstDraft = u"# 2026년 회고\n\n"
                           "## Keep\n\n"
                           "- 매일 아침 30분 논문 읽기\n"
                           "- 주 3회 조깅\n\n"
                           "## Problem\n\n"
                           "- 야근이 잦아서 운동을 자주 빼먹었다\n"_s;
const QString secondDraft = u"# 2026년 회고\n\n"
                            "## Keep\n\n"
                            "- 매일 아침 30분 논문 읽기\n"
                            "- 주 3회 조깅, 50분 이상\n\n"
                            "## Problem\n\n"
                            "- 야근이 잦아서 운동을 가끔 빼먹었다\n"_s;
const QString current = u"# 2026년 회고\n\n"
                        "## Keep\n\n"
                        "- 매일 아침 30분 논문 읽기\n"
                        "- 주 3회 조깅, 50분 이상\n\n"
                        "## Problem\n\n"
                        "- 야근이 잦아서 운동을 가끔 빼먹었다\n\n"
                        "## Try\n\n"
                        "- Quantization 논문 2편 리뷰\n"_s;

QList<Revision> revisions()
{
    // Newest first, as EntryStore::revisions gives them.
    return {
        Revision{2, 7, now.addSecs(-5 * 60), secondDraft},
        Revision{1, 7, now.addDays(-3), firstDraft},
    };
}

// The text of the fragments of `document` marked with `change`, in order, one per fragment.
QStringList fragments(const QTextDocument *document, DiffChange change)
{
    QStringList found;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().property(diffChangeProperty).toInt() == int(change))
                found << fragment.text();
        }
    }
    return found;
}

TEST(HistoryDialogTest, ListsRevisionsNewestFirstWithAgeAndSize)
{
    HistoryDialog dialog(revisions(), current, nullptr, now);
    QTreeWidget *list = dialog.revisionList();
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(0)->text(1), u"5 min ago"_s);
    EXPECT_EQ(list->topLevelItem(1)->text(1), u"3 days ago"_s);
    EXPECT_FALSE(list->topLevelItem(0)->text(0).isEmpty()) << "the local time it was saved";
    // The current text has a Try section more: both older versions are shorter.
    EXPECT_TRUE(list->topLevelItem(0)->text(3).startsWith(u"−"_s));
    EXPECT_TRUE(list->topLevelItem(1)->text(3).startsWith(u"−"_s));
    EXPECT_EQ(list->currentItem(), list->topLevelItem(0)) << "the newest version is shown first";
}

TEST(HistoryDialogTest, TheDiffMarksInsertedAndDeletedKoreanWords)
{
    HistoryDialog dialog(revisions(), current, nullptr, now);
    dialog.selectRevision(1); // three days ago
    const QTextDocument *diff = dialog.diffView()->document();
    const QString inserted = fragments(diff, DiffChange::Inserted).join(u'|');
    const QString deleted = fragments(diff, DiffChange::Deleted).join(u'|');
    EXPECT_TRUE(inserted.contains(u", 50분 이상"_s)) << inserted.toStdString();
    EXPECT_TRUE(inserted.contains(u"가끔"_s)) << inserted.toStdString();
    EXPECT_TRUE(inserted.contains(u"## Try"_s)) << inserted.toStdString();
    EXPECT_TRUE(inserted.contains(u"Quantization 논문 2편 리뷰"_s)) << inserted.toStdString();
    EXPECT_TRUE(deleted.contains(u"자주"_s)) << deleted.toStdString();
    EXPECT_FALSE(deleted.contains(u"야근"_s)) << "only what changed inside a line is marked";
    EXPECT_FALSE(inserted.contains(u"운동을"_s));

    // Deleted words are struck through, nothing else in their line is.
    const QTextBlock line = diff->findBlock(diff->toPlainText().indexOf(u"자주"_s));
    for (auto it = line.begin(); !it.atEnd(); ++it) {
        const QTextCharFormat format = it.fragment().charFormat();
        const bool isDeleted = format.property(diffChangeProperty).toInt() == int(DiffChange::Deleted);
        EXPECT_EQ(format.fontStrikeOut(), isDeleted) << it.fragment().text().toStdString();
    }
    EXPECT_TRUE(dialog.restoreButton()->isEnabled());
}

// Nothing is lost or shown twice: the older text is the runs without insertions, the newer one
// the runs without deletions.
TEST(HistoryDialogTest, DiffRunsRebuildBothTexts)
{
    const QList<std::pair<QString, QString>> pairs = {
        {firstDraft, current},
        {secondDraft, firstDraft},
        {u"둘째 줄"_s, u"첫 줄\n둘째 줄"_s},
        {u"첫 줄\n둘째 줄"_s, u"둘째 줄"_s},
        {u"- 독서\n- 운동\n- 영어"_s, u"- 독서\n- 영어\n"_s},
        {QString(), u"새 글"_s},
    };
    for (const auto &[before, after] : pairs) {
        QString older, newer;
        for (const DiffRun &run : diffRuns(before, after)) {
            ASSERT_NE(run.change, DiffChange::Skipped) << "short texts are not folded";
            if (run.change != DiffChange::Inserted)
                older += run.text;
            if (run.change != DiffChange::Deleted)
                newer += run.text;
        }
        EXPECT_EQ(older.toStdString(), before.toStdString());
        EXPECT_EQ(newer.toStdString(), after.toStdString());
    }
}

TEST(HistoryDialogTest, ChangesInsideASyllableRunStayWholeCharacters)
{
    const QList<DiffRun> runs = diffRuns(u"책을 15권 읽었다 👍🏽"_s, u"책을 12권 읽는다 👍🏿"_s);
    QStringList deleted, inserted;
    for (const DiffRun &run : runs) {
        if (run.change == DiffChange::Deleted)
            deleted << run.text;
        if (run.change == DiffChange::Inserted)
            inserted << run.text;
    }
    EXPECT_EQ(deleted, (QStringList{u"15"_s, u"었"_s, u"👍🏽"_s}));
    EXPECT_EQ(inserted, (QStringList{u"12"_s, u"는"_s, u"👍🏿"_s}));
}

TEST(HistoryDialogTest, FoldsLongUnchangedStretches)
{
    QStringList lines;
    for (int i = 1; i <= 40; ++i)
        lines << u"%1. 올해 읽은 책 메모"_s.arg(i);
    const QString older = lines.join(u'\n');
    lines[20] = u"21. 올해 읽은 책 서평"_s;
    const QList<DiffRun> runs = diffRuns(older, lines.join(u'\n'));
    int skipped = 0;
    for (const DiffRun &run : runs)
        skipped += run.change == DiffChange::Skipped;
    EXPECT_EQ(skipped, 2) << "before and after the change";
    EXPECT_EQ(runs.first().change, DiffChange::Skipped);
}

TEST(HistoryDialogTest, RestoreReturnsTheChosenBody)
{
    HistoryDialog dialog(revisions(), current, nullptr, now);
    dialog.selectRevision(1);
    EXPECT_FALSE(dialog.restoredBody());
    dialog.restoreButton()->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.restoredBody(), firstDraft);
}

TEST(HistoryDialogTest, NothingToRestoreWithoutRevisionsOrChanges)
{
    HistoryDialog empty({}, current, nullptr, now);
    EXPECT_FALSE(empty.restoreButton()->isEnabled());
    HistoryDialog same({Revision{1, 7, now.addSecs(-90), current}}, current, nullptr, now);
    EXPECT_FALSE(same.restoreButton()->isEnabled());
}

TEST(HistoryDialogTest, RestoringIsOneUndoableStep)
{
    QPlainTextEdit editor;
    editor.setPlainText(firstDraft);
    editor.moveCursor(QTextCursor::End);
    QTest::keyClicks(&editor, u"- "_s);
    // Hangul typed through the input method, then committed.
    QInputMethodEvent composing(u"ㅅ"_s, {});
    QApplication::sendEvent(&editor, &composing);
    QInputMethodEvent committed;
    committed.setCommitString(u"수면 7시간"_s);
    QApplication::sendEvent(&editor, &committed);
    const QString typed = editor.toPlainText();
    ASSERT_TRUE(typed.endsWith(u"- 수면 7시간"_s));

    restoreBody(&editor, secondDraft);
    EXPECT_EQ(editor.toPlainText(), secondDraft);
    editor.undo();
    EXPECT_EQ(editor.toPlainText(), typed) << "one Ctrl+Z brings back the text before the restore";
    editor.redo();
    EXPECT_EQ(editor.toPlainText(), secondDraft);
}

} // namespace
