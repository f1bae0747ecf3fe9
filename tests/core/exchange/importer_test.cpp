#include "exchange/importer.h"
#include "goals/goalstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QSqlQuery>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

QString fixture(const QString &name)
{
    return QStringLiteral(HOEGO_TEST_DATA "/import/") + name;
}

class ImporterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
    }

    QList<ImportFileResult> import(const QStringList &paths, bool dryRun = false)
    {
        return Importer(*m_journal).run(paths, Importer::Options{dryRun, {}, nullptr});
    }

    ImportFileResult importOne(const QString &name)
    {
        const QList<ImportFileResult> results = import({fixture(name)});
        EXPECT_EQ(results.size(), 1);
        if (results.isEmpty())
            return {};
        EXPECT_FALSE(results.first().failed()) << results.first().problem.toStdString();
        return results.first();
    }

    int count(KptSection section, qint64 entryId)
    {
        auto items = KptStore(*m_journal).items(entryId);
        EXPECT_TRUE(items.ok());
        return int(std::count_if(items->begin(), items->end(), [section](const KptItem &item) { return item.section == section; }));
    }

    int entryCount() { return int(EntryStore(*m_journal).list()->size()); }
    int goalCount() { return int(GoalStore(*m_journal).list()->size()); }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
};

// One row per fixture: the entry, KPT counts and goals (with their years) it must give.
struct FixtureCase {
    const char *name;
    QString file;
    QString title;
    EntryKind kind;
    QString period;
    int keep, problem, tries;
    QList<std::pair<QString, int>> goals;
};

void PrintTo(const FixtureCase &c, std::ostream *os)
{
    *os << c.name;
}

class ImportFixture : public ImporterTest, public ::testing::WithParamInterface<FixtureCase>
{
};

TEST_P(ImportFixture, GivesTheEntryItsKptItemsAndGoals)
{
    const FixtureCase &c = GetParam();
    const ImportFileResult result = importOne(c.file);
    ASSERT_NE(result.entryId, 0);
    auto entry = EntryStore(*m_journal).get(result.entryId);
    ASSERT_TRUE(entry.ok());
    EXPECT_EQ(entry->title, c.title);
    EXPECT_EQ(entry->kind, c.kind);
    EXPECT_EQ(entry->period.text, c.period);
    EXPECT_EQ(count(KptSection::Keep, result.entryId), c.keep);
    EXPECT_EQ(count(KptSection::Problem, result.entryId), c.problem);
    EXPECT_EQ(count(KptSection::Try, result.entryId), c.tries);
    auto goals = GoalStore(*m_journal).list();
    ASSERT_TRUE(goals.ok());
    ASSERT_EQ(goals->size(), c.goals.size());
    QList<std::pair<QString, int>> stored;
    for (const Goal &goal : *goals) {
        stored.append({goal.title, goal.year});
        EXPECT_EQ(goal.originEntry, result.entryId);
    }
    std::sort(stored.begin(), stored.end());
    QList<std::pair<QString, int>> expected = c.goals;
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(stored, expected);
}

const FixtureCase fixtureCases[] = {
    {"KptInHeadings", u"kpt-headings.md"_s, u"2024년 회고"_s, EntryKind::Year, u"2024"_s, 3, 2, 2,
     {{u"책 15권 읽고 7권 서평 쓰기"_s, 2025}, {u"주 3회 50분 이상 조깅"_s, 2025}, {u"양자화 논문 2편 리뷰"_s, 2025}}},
    {"KptInNestedBullets", u"kpt-nested-bullets.md"_s, u"2023 하반기 회고"_s, EntryKind::Half, u"2023-H2"_s, 2, 3, 1, {}},
    {"GoodAndRegretSections", u"good-and-regret.md"_s, u"2022년을 보내며"_s, EntryKind::Year, u"2022"_s, 2, 3, 0,
     {{u"영어 강의 완강"_s, 2023}, {u"블로그에 글 12편 쓰기"_s, 2023}}},
    {"GoalsList2025", u"goals-2025.md"_s, u"2025년 계획"_s, EntryKind::Plan, u"2025"_s, 0, 0, 0,
     {{u"매일 20쪽 읽기"_s, 2025}, {u"사이드 프로젝트 1개 출시"_s, 2025}, {u"10km 마라톤 완주"_s, 2025}}},
    {"JekyllFrontMatter", u"jekyll-front-matter.md"_s, u"2021 회고: 스타트업에서의 첫해"_s, EntryKind::Year, u"2021"_s, 2, 1, 2, {}},
    {"DatedFileName", u"2023-12-31-retrospective.md"_s, u"올해를 돌아보며"_s, EntryKind::Year, u"2023"_s, 2, 1, 1, {}},
    {"PlainTextFromABlog", u"blog-copy.txt"_s, u"2020년 회고 - 개발자로 보낸 세 번째 해"_s, EntryKind::Year, u"2020"_s, 3, 2, 0,
     {{u"책 열두 권 읽기"_s, 2021}, {u"주 2회 수영"_s, 2021}, {u"정보처리기사 취득"_s, 2021}}},
    {"EucKrFile", u"old-euc-kr.txt"_s, u"2019년 회고"_s, EntryKind::Year, u"2019"_s, 2, 1, 0, {}},
    {"MacOsNfdFile", u"macos-nfd.md"_s, u"2025년 상반기 회고"_s, EntryKind::Half, u"2025-H1"_s, 1, 1, 0, {}},
};

INSTANTIATE_TEST_SUITE_P(Fixtures, ImportFixture, ::testing::ValuesIn(fixtureCases),
                         [](const ::testing::TestParamInfo<FixtureCase> &info) { return std::string(info.param.name); });

TEST_F(ImporterTest, GoalsKeepWhatTheParserUnderstood)
{
    importOne(u"kpt-headings.md"_s);
    auto goals = GoalStore(*m_journal).list(2025);
    ASSERT_TRUE(goals.ok());
    ASSERT_EQ(goals->size(), 3);
    const Goal &jogging = goals->at(1);
    EXPECT_EQ(jogging.measure, GoalMeasure::Frequency);
    EXPECT_EQ(jogging.target, 3.0);
    EXPECT_EQ(jogging.per, GoalCadence::Week);
}

TEST_F(ImporterTest, EucKrFileIsImportedAndReported)
{
    const ImportFileResult result = importOne(u"old-euc-kr.txt"_s);
    EXPECT_EQ(result.decodedFrom, u"EUC-KR (CP949)"_s);
    auto entry = EntryStore(*m_journal).get(result.entryId);
    ASSERT_TRUE(entry.ok());
    EXPECT_TRUE(entry->body.contains(u"오래된 메모장에 적어 두었던 회고를 옮긴다."_s)) << entry->body.toStdString();
    auto items = KptStore(*m_journal).items(result.entryId);
    ASSERT_TRUE(items.ok());
    ASSERT_EQ(items->size(), 3);
    EXPECT_EQ(items->first().text, u"첫 사이드 프로젝트를 앱스토어에 올렸다"_s);
}

TEST_F(ImporterTest, NfdFileIsStoredComposed)
{
    const ImportFileResult result = importOne(u"macos-nfd.md"_s);
    auto entry = EntryStore(*m_journal).get(result.entryId);
    ASSERT_TRUE(entry.ok());
    EXPECT_TRUE(entry->body.contains(u"맥북 메모 앱에서 옮겨 온 글이다."_s)) << entry->body.toStdString();
    EXPECT_EQ(entry->body, entry->body.normalized(QString::NormalizationForm_C));
    auto items = KptStore(*m_journal).items(result.entryId);
    ASSERT_TRUE(items.ok());
    ASSERT_FALSE(items->isEmpty());
    EXPECT_EQ(items->first().text, u"매일 한 시간씩 영어 공부를 했다"_s);
}

TEST_F(ImporterTest, FolderImportsEveryTextFileSortedAndReportsTheBadOnes)
{
    const QList<ImportFileResult> results = import({QStringLiteral(HOEGO_TEST_DATA "/import")});
    ASSERT_EQ(results.size(), 11);
    QStringList names, failed;
    for (const ImportFileResult &result : results) {
        names << QFileInfo(result.path).fileName();
        if (result.failed())
            failed << QFileInfo(result.path).fileName();
    }
    QStringList sorted = names;
    std::sort(sorted.begin(), sorted.end());
    EXPECT_EQ(names, sorted);
    EXPECT_EQ(failed, (QStringList{u"empty.md"_s, u"screenshot-not-text.md"_s}));
    EXPECT_EQ(entryCount(), 9);
}

TEST_F(ImporterTest, EachBadInputHasItsOwnReason)
{
    QFile big(m_temp.file(u"huge.md"_s));
    ASSERT_TRUE(big.open(QIODevice::WriteOnly));
    ASSERT_TRUE(big.resize(100LL * 1024 * 1024)); // sparse: 100 MB on paper, nothing on disk
    big.close();
    const QList<ImportFileResult> results =
        import({fixture(u"empty.md"_s), fixture(u"screenshot-not-text.md"_s), big.fileName(), m_temp.file(u"missing.md"_s),
                fixture(u"kpt-headings.md"_s)});
    ASSERT_EQ(results.size(), 5);
    EXPECT_TRUE(results.at(0).problem.contains(u"is empty"_s));
    EXPECT_TRUE(results.at(1).problem.contains(u"looks binary"_s));
    EXPECT_TRUE(results.at(2).problem.contains(u"100.0 MB"_s)) << results.at(2).problem.toStdString();
    EXPECT_TRUE(results.at(3).problem.contains(u"does not exist"_s));
    EXPECT_FALSE(results.at(4).failed());
    EXPECT_EQ(entryCount(), 1);
}

TEST_F(ImporterTest, UnreadableFileIsReported)
{
    const QString path = m_temp.file(u"locked.md"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# 2024 회고\n");
    file.close();
    file.setPermissions(QFileDevice::Permissions());
    if (QFile(path).open(QIODevice::ReadOnly))
        GTEST_SKIP() << "running as root: permissions do not stop reading";
    const QList<ImportFileResult> results = import({path});
    ASSERT_EQ(results.size(), 1);
    EXPECT_TRUE(results.first().problem.contains(u"Cannot read"_s));
}

TEST_F(ImporterTest, DryRunParsesAndStoresNothing)
{
    const QList<ImportFileResult> results = import({fixture(u"kpt-headings.md"_s)}, true);
    ASSERT_EQ(results.size(), 1);
    ASSERT_TRUE(results.first().post.has_value());
    EXPECT_EQ(results.first().post->count(KptSection::Keep), 3);
    EXPECT_EQ(results.first().entryId, 0);
    EXPECT_EQ(entryCount(), 0);
    EXPECT_EQ(goalCount(), 0);
}

TEST_F(ImporterTest, AFailedGoalInsertLeavesNothingOfThatFile)
{
    // The journal refuses one particular goal: the entry and KPT items stored before it must go too.
    QSqlQuery trigger(m_journal->database());
    ASSERT_TRUE(trigger.exec(u"CREATE TRIGGER refuse_goal BEFORE INSERT ON goals WHEN NEW.title LIKE '%조깅%'"
                             u" BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
    const QList<ImportFileResult> results = import({fixture(u"kpt-headings.md"_s), fixture(u"good-and-regret.md"_s)});
    ASSERT_EQ(results.size(), 2);
    EXPECT_TRUE(results.at(0).failed());
    EXPECT_TRUE(results.at(0).problem.contains(u"was not imported"_s));
    EXPECT_EQ(results.at(0).entryId, 0);
    EXPECT_FALSE(results.at(1).failed());
    EXPECT_EQ(entryCount(), 1);
    EXPECT_EQ(goalCount(), 2); // only the second file's
    QSqlQuery kpt(m_journal->database());
    ASSERT_TRUE(kpt.exec(u"SELECT count(*) FROM kpt_items"_s) && kpt.next());
    EXPECT_EQ(kpt.value(0).toInt(), 5); // only the second file's 2 + 3
}

// The window's import stores a few prepared files per turn as one transaction: the same all or
// nothing per file.
TEST_F(ImporterTest, FilesStoredTogetherFailAlone)
{
    QSqlQuery trigger(m_journal->database());
    ASSERT_TRUE(trigger.exec(u"CREATE TRIGGER refuse_goal BEFORE INSERT ON goals WHEN NEW.title LIKE '%조깅%'"
                             u" BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
    ImportFileResult refused = Importer::prepare(fixture(u"kpt-headings.md"_s));
    ImportFileResult stored = Importer::prepare(fixture(u"good-and-regret.md"_s));
    ImportFileResult unreadable = Importer::prepare(fixture(u"screenshot-not-text.md"_s));
    ASSERT_TRUE(unreadable.failed());
    Importer(*m_journal).storeTogether({&refused, &stored, &unreadable});

    EXPECT_TRUE(refused.problem.contains(u"was not imported"_s)) << refused.problem.toStdString();
    EXPECT_EQ(refused.entryId, 0);
    EXPECT_FALSE(stored.failed());
    EXPECT_GT(stored.entryId, 0);
    EXPECT_EQ(entryCount(), 1);
    EXPECT_EQ(goalCount(), 2);
}

TEST_F(ImporterTest, CancelStopsBetweenFiles)
{
    std::atomic_bool cancel = false;
    int progressCalls = 0;
    Importer::Options options;
    options.cancel = &cancel;
    options.progress = [&](int done, int total) {
        ++progressCalls;
        EXPECT_EQ(total, 2);
        if (done == 1)
            cancel = true;
    };
    const QList<ImportFileResult> results =
        Importer(*m_journal).run({fixture(u"kpt-headings.md"_s), fixture(u"good-and-regret.md"_s)}, options);
    EXPECT_EQ(results.size(), 1);
    EXPECT_EQ(progressCalls, 1);
    EXPECT_EQ(entryCount(), 1);
}

} // namespace
