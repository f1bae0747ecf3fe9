#include "exchange/exportbundle.h"
#include "exchange/importer.h"
#include "exchange/markdownexport.h"
#include "goals/goalstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "support/samplejournal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// What a user checks after moving a journal out to Markdown and back in: the entries, their KPT
// items section by section, and the goals with their years.
struct JournalContent {
    QStringList entries; // "kind period title [tags]", sorted
    QStringList kpt;     // "entry title / section / text", in order
    QStringList goals;   // "year title: status", sorted

    bool operator==(const JournalContent &) const = default;
};

void PrintTo(const JournalContent &content, std::ostream *os)
{
    *os << (content.entries + content.kpt + content.goals).join(u"\n"_s).toStdString();
}

JournalContent contentOf(Journal &journal)
{
    JournalContent content;
    const auto entries = EntryStore(journal).list();
    EXPECT_TRUE(entries.ok());
    for (const EntrySummary &summary : entries.ok() ? *entries : QList<EntrySummary>()) {
        const auto entry = EntryStore(journal).get(summary.id);
        EXPECT_TRUE(entry.ok());
        QStringList tags = entry->tags;
        tags.sort();
        content.entries << u"%1 %2 %3 [%4]"_s.arg(entryKindName(entry->kind), entry->period.text, entry->title, tags.join(u", "_s));
        const auto items = KptStore(journal).items(summary.id);
        EXPECT_TRUE(items.ok());
        for (const KptItem &item : *items)
            content.kpt << u"%1 / %2 / %3"_s.arg(entry->title, kptSectionName(item.section), item.text);
    }
    content.entries.sort();
    content.kpt.sort(); // entries come back in another order; items keep theirs within a section
    const auto goals = GoalStore(journal).list();
    EXPECT_TRUE(goals.ok());
    for (const Goal &goal : *goals)
        content.goals << u"%1 %2: %3"_s.arg(goal.year).arg(goal.title, goalStatusName(goal.status));
    content.goals.sort();
    return content;
}

TEST(MarkdownRoundTrip, ExportThenImportGivesTheSameEntriesKptItemsAndGoals)
{
    test::TempJournal original;
    auto journal = Journal::open(original.path(), Journal::OpenMode::CreateIfMissing);
    ASSERT_TRUE(journal.ok());
    Journal &source = **journal;

    const qint64 review = test::addEntry(source, EntryKind::Year, u"2025"_s, u"2025년 회고"_s,
                                   u"## 들어가며\n\n올해는 Apache Beam 파이프라인을 처음부터 다시 짰다. 배치 작업이 세 시간에서 "
                                   u"사십 분으로 줄었다.\n\n## 읽은 책\n\n- 데이터 중심 애플리케이션 설계\n- 함께 자라기\n"_s,
                                   {u"회고"_s, u"2025"_s});
    KptStore kpt(source);
    for (const QString &text : {u"매주 금요일 회고 메모"_s, u"코드 리뷰를 하루 안에 끝내기"_s})
        ASSERT_TRUE(kpt.append(review, KptSection::Keep, text).ok());
    ASSERT_TRUE(kpt.append(review, KptSection::Problem, u"야근이 잦아 운동을 걸렀다"_s).ok());
    for (const QString &text : {u"출근 전 30분 조깅"_s, u"분기마다 목표 점검"_s})
        ASSERT_TRUE(kpt.append(review, KptSection::Try, text).ok());
    GoalStore goals(source);
    test::addGoal(goals, 2026, u"책 15권 읽고 7권 서평 쓰기"_s, review);
    test::addGoal(goals, 2026, u"주 3회 50분 조깅"_s, review);
    test::addGoal(goals, 2025, u"영어 강의 완강"_s, review, GoalStatus::Achieved); // reviewed in the year review

    const qint64 july = test::addEntry(source, EntryKind::Month, u"2025-07"_s, u"7월 회고"_s,
                                 u"장마 때문에 조깅을 세 번밖에 못 했다. 대신 Quantization 논문을 두 편 읽었다.\n"_s);
    ASSERT_TRUE(kpt.append(july, KptSection::Problem, u"비 오는 날의 운동 대안이 없다"_s).ok());
    test::addEntry(source, EntryKind::Note, u"2025-Q3"_s, u"Notes on quantization"_s,
             u"Calibration data matters more than the method.\n"_s, {u"ml"_s});

    const JournalContent before = contentOf(source);
    ASSERT_EQ(before.goals.size(), 3);

    auto collected = collectExport(source, {ExportSelection::Scope::All, 0, 0}, QDate(2025, 12, 31));
    ASSERT_TRUE(collected.ok()) << collected.error().message.toStdString();
    const QString folder = original.file(u"blog"_s);
    auto written = MarkdownExport::write(*collected, folder);
    ASSERT_TRUE(written.ok()) << written.error().message.toStdString();

    test::TempJournal copy;
    auto imported = Journal::open(copy.path(), Journal::OpenMode::CreateIfMissing);
    ASSERT_TRUE(imported.ok());
    const QList<ImportFileResult> results = Importer(**imported).run({folder}, {});
    ASSERT_EQ(results.size(), 3);
    for (const ImportFileResult &result : results)
        EXPECT_FALSE(result.failed()) << result.problem.toStdString();

    EXPECT_EQ(contentOf(**imported), before);
}

// A post imported from a blog keeps its own goals section in its body; exported, it also gets the
// KPT block and goals Hoego writes. Imported again, each item and goal is there once.
TEST(MarkdownRoundTrip, AnImportedPostExportedAndImportedAgainHasEachItemOnce)
{
    test::TempJournal first;
    const QString post = first.file(u"2025-12-30-retrospective.md"_s);
    {
        QFile file(post);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(u"---\ntitle: \"2025년 회고\"\ndate: 2025-12-30\ntags: [회고]\n---\n\n"
                   u"올해는 Apache Beam 파이프라인을 다시 짜면서 배치 시간을 절반으로 줄였다.\n\n"
                   u"## Keep\n- 매주 금요일 회고 메모\n## Problem\n- 야근이 잦아 운동을 걸렀다\n## Try\n- 출근 전 30분 조깅\n\n"
                   u"## 2026년 목표\n- 책 15권 읽고 7권 서평 쓰기\n- 주 3회 50분 조깅\n"_s.toUtf8());
    }
    auto journal = Journal::open(first.path(), Journal::OpenMode::CreateIfMissing);
    ASSERT_TRUE(journal.ok());
    const QList<ImportFileResult> once = Importer(**journal).run({post}, {});
    ASSERT_EQ(once.size(), 1);
    ASSERT_FALSE(once.first().failed()) << once.first().problem.toStdString();
    const JournalContent before = contentOf(**journal);
    ASSERT_EQ(before.kpt.size(), 3);
    ASSERT_EQ(before.goals.size(), 2);

    auto collected = collectExport(**journal, {ExportSelection::Scope::All, 0, 0}, QDate(2025, 12, 31));
    ASSERT_TRUE(collected.ok());
    const QString folder = first.file(u"blog"_s);
    ASSERT_TRUE(MarkdownExport::write(*collected, folder).ok());

    test::TempJournal second;
    auto again = Journal::open(second.path(), Journal::OpenMode::CreateIfMissing);
    ASSERT_TRUE(again.ok());
    const QList<ImportFileResult> twice = Importer(**again).run({folder}, {});
    ASSERT_EQ(twice.size(), 1);
    EXPECT_FALSE(twice.first().failed()) << twice.first().problem.toStdString();
    EXPECT_EQ(contentOf(**again), before);
}

} // namespace
