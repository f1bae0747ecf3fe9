#include "exchange/exportbundle.h"
#include "exchange/exporttext.h"
#include "exchange/markdownexport.h"
#include "journal/journal.h"
#include "support/samplejournal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

const QDate today(2025, 12, 31);

QString readText(const QString &path)
{
    return QString::fromUtf8(test::fileBytes(path));
}

// Every file and folder under `folder`, relative, sorted: to prove what an export left behind.
QStringList treeOf(const QString &folder)
{
    QStringList paths;
    QDirIterator it(folder, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << QDir(folder).relativeFilePath(it.next());
    paths.sort();
    return paths;
}

class MarkdownExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_sample = test::fillSampleJournal(*m_journal);
        QDir(m_temp.folder()).mkpath(u"out"_s);
    }

    ExportBundle bundle(ExportSelection selection = {})
    {
        auto collected = collectExport(*m_journal, selection, today);
        EXPECT_TRUE(collected.ok()) << collected.error().message.toStdString();
        return collected.ok() ? *collected : ExportBundle{};
    }

    ExportedEntry exported(qint64 id)
    {
        const ExportBundle one = bundle({ExportSelection::Scope::Entry, id, 0});
        EXPECT_EQ(one.entries.size(), 1);
        return one.entries.value(0);
    }

    QString out(const QString &name = u"blog"_s) const { return m_temp.file(u"out/"_s + name); }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    test::SampleJournal m_sample;
};

TEST_F(MarkdownExportTest, FrontMatterHasTitleDateKindPeriodAndTags)
{
    const QString file = MarkdownExport::entryFile(exported(m_sample.review2025));
    EXPECT_TRUE(file.startsWith(u"---\ntitle: 2025년 회고\ndate: 2025-12-31\nkind: year\nperiod: \"2025\"\n"
                                u"tags:\n  - \"2025\"\n  - 회고\n---\n\n## 들어가며\n"_s))
        << file.left(200).toStdString();
}

TEST_F(MarkdownExportTest, BodyIsKeptAsWrittenThenKptThenGoals)
{
    const QString file = MarkdownExport::entryFile(exported(m_sample.review2025));
    const qsizetype body = file.indexOf(u"여름 이후로 조깅을 거의 하지 못했다."_s);
    const qsizetype kpt = file.indexOf(u"\n## KPT\n\n### Keep\n\n- 금요일 회고 메모\n- 논문 읽기 모임 운영\n\n### Problem\n\n"
                                       u"- 운동 루틴이 무너졌다\n\n### Try\n\n- 출근 전 30분 조깅\n- 분기마다 목표 점검\n"_s);
    const qsizetype goals = file.indexOf(u"\n## 2025년 목표\n"_s);
    EXPECT_GT(body, 0);
    EXPECT_GT(kpt, body);
    EXPECT_GT(goals, kpt);
    EXPECT_TRUE(file.contains(u"- 사내 논문 읽기 모임을 여섯 달 동안 이어 갔다.\n"_s));
}

TEST_F(MarkdownExportTest, YearReviewListsTheGoalsOfItsYearAndTheGoalsItSet)
{
    const QString file = MarkdownExport::entryFile(exported(m_sample.review2025));
    EXPECT_TRUE(file.contains(u"## 2025년 목표\n\n- 책 15권 읽기 — partly, 7/15 권\n- 영어 강의 완강 — missed, not done\n"
                              u"- Finish the CUDA course — open, not done\n\n## 2026년 목표\n\n- 논문 2편 리뷰 — open, 0/2 편\n"_s))
        << file.toStdString();
    EXPECT_FALSE(file.contains(u"블로그 글 10편"_s)) << "a 2024 goal is not the 2025 review's";
}

TEST_F(MarkdownExportTest, EnglishEntryGetsAnEnglishGoalsHeading)
{
    const QString file = MarkdownExport::entryFile(exported(m_sample.englishNote));
    EXPECT_TRUE(file.contains(u"\n## Goals for 2025\n\n- Finish the CUDA course — open, not done\n"_s)) << file.toStdString();
    EXPECT_FALSE(file.contains(u"목표"_s));
}

TEST_F(MarkdownExportTest, EntryWithoutKptOrGoalsIsFrontMatterAndBody)
{
    const QString file = MarkdownExport::entryFile(exported(m_sample.july2025));
    EXPECT_TRUE(file.endsWith(u"---\n\n장마 때문에 조깅을 세 번밖에 못 했다. 대신 책을 두 권 읽었다.\n"_s)) << file.toStdString();
}

TEST_F(MarkdownExportTest, OneFilePerEntryInAFolderPerYear)
{
    auto report = MarkdownExport::write(bundle(), out());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report->entries, 4);
    const QStringList expected = {out() + u"/2024/2024-12-30-2024년-회고.md"_s, out() + u"/2025/2025-12-31-2025년-회고.md"_s,
                                  out() + u"/2025/2025-08-01-7월-회고.md"_s, out() + u"/2025/2025-09-14-notes-on-quantization.md"_s};
    QStringList files = report->files;
    EXPECT_EQ(QSet<QString>(files.begin(), files.end()), QSet<QString>(expected.begin(), expected.end()));
    for (const QString &file : expected)
        EXPECT_TRUE(readText(file).startsWith(u"---\ntitle: "_s)) << file.toStdString();
}

TEST_F(MarkdownExportTest, AttachmentsAreCopiedBesideTheFileAndLinkedRelatively)
{
    ASSERT_TRUE(MarkdownExport::write(bundle(), out()).ok());
    const QString file = out() + u"/2025/2025-12-31-2025년-회고.md"_s;
    const QString text = readText(file);
    static const QRegularExpression image(u"!\\[워크숍 화이트보드\\]\\(([^)]+)\\)"_s);
    const auto match = image.match(text);
    ASSERT_TRUE(match.hasMatch()) << text.toStdString();
    const QString link = match.captured(1);
    EXPECT_EQ(link, u"2025-12-31-2025년-회고/%1-워크숍-화이트보드.png"_s.arg(m_sample.picture));
    EXPECT_FALSE(text.contains(u"attachment:"_s));
    EXPECT_EQ(test::fileBytes(QFileInfo(file).dir().filePath(link)), m_sample.pictureBytes);
}

TEST_F(MarkdownExportTest, ImagesThatAreNotAttachmentsAreLeftAlone)
{
    ExportedEntry entry = exported(m_sample.july2025);
    entry.entry.body = u"![지도](https://example.org/map.png) ![없는 그림](attachment:999)\n"_s;
    const QString file = MarkdownExport::entryFile(entry, {{42, u"x/42-a.png"_s}});
    EXPECT_TRUE(file.contains(u"![지도](https://example.org/map.png) ![없는 그림](attachment:999)"_s));
}

TEST_F(MarkdownExportTest, EntriesOfTheSameDayAndTitleGetTheirOwnFiles)
{
    ExportBundle twice = bundle({ExportSelection::Scope::Entry, m_sample.july2025, 0});
    twice.entries << twice.entries.first();
    twice.entries.last().entry.body = u"두 번째 글\n"_s;
    auto report = MarkdownExport::write(twice, out());
    ASSERT_TRUE(report.ok());
    ASSERT_EQ(report->files.size(), 2);
    EXPECT_TRUE(report->files[1].endsWith(u"/2025/2025-08-01-7월-회고-2.md"_s));
    EXPECT_TRUE(readText(report->files[1]).endsWith(u"두 번째 글\n"_s));
}

TEST_F(MarkdownExportTest, CancelledExportLeavesNothing)
{
    int calls = 0;
    auto report = MarkdownExport::write(bundle(), out(), [&calls](int done, int total) {
        ++calls;
        EXPECT_EQ(total, 4);
        return done < 2;
    });
    ASSERT_FALSE(report.ok());
    EXPECT_TRUE(isExportCancelled(report.error()));
    EXPECT_EQ(calls, 2);
    EXPECT_EQ(treeOf(m_temp.file(u"out"_s)), QStringList());
}

TEST_F(MarkdownExportTest, UnwritableTargetFailsAndLeavesNothing)
{
    QFile blocker(m_temp.file(u"out/not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto report = MarkdownExport::write(bundle(), out(u"not-a-folder/blog"_s));
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, Error::Kind::OutputUnwritable);
    EXPECT_EQ(treeOf(m_temp.file(u"out"_s)), QStringList{u"not-a-folder"_s});
}

TEST_F(MarkdownExportTest, ExistingFolderWithFilesIsRefusedAndUntouched)
{
    QDir(out()).mkpath(u"."_s);
    QFile mine(out() + u"/index.md"_s);
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.write("# 내 블로그\n");
    mine.close();
    auto report = MarkdownExport::write(bundle(), out());
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, Error::Kind::OutputUnwritable);
    EXPECT_EQ(treeOf(m_temp.file(u"out"_s)), (QStringList{u"blog"_s, u"blog/index.md"_s}));
}

TEST_F(MarkdownExportTest, EmptyFolderIsFilled)
{
    QDir(out()).mkpath(u"."_s);
    auto report = MarkdownExport::write(bundle({ExportSelection::Scope::Year, 0, 2024}), out());
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(treeOf(out()), (QStringList{u"2024"_s, u"2024/2024-12-30-2024년-회고.md"_s}));
}

TEST_F(MarkdownExportTest, YearSelectionTakesTheEntriesStartingInItOldestFirst)
{
    const ExportBundle year = bundle({ExportSelection::Scope::Year, 0, 2025});
    QList<qint64> ids;
    for (const ExportedEntry &entry : year.entries)
        ids << entry.entry.id;
    EXPECT_EQ(ids, (QList<qint64>{m_sample.july2025, m_sample.englishNote, m_sample.review2025}));
}

TEST_F(MarkdownExportTest, MissingEntryIsNotFound)
{
    auto collected = collectExport(*m_journal, {ExportSelection::Scope::Entry, 9999, 0}, today);
    ASSERT_FALSE(collected.ok());
    EXPECT_EQ(collected.error().kind, Error::Kind::NotFound);
}

struct YamlCase {
    const char *name;
    QString title;
    QString line;
};

class FrontMatterQuoting : public ::testing::TestWithParam<YamlCase>
{
};

TEST_P(FrontMatterQuoting, TitleReadsBackAsTheSameString)
{
    ExportedEntry entry;
    entry.entry.title = GetParam().title;
    entry.entry.period = *Period::parse(u"2025"_s);
    entry.entry.written = QDate(2025, 12, 31);
    const QString file = MarkdownExport::entryFile(entry);
    EXPECT_EQ(file.section(u'\n', 1, 1), GetParam().line);
}

INSTANTIATE_TEST_SUITE_P(Titles, FrontMatterQuoting,
                         ::testing::Values(YamlCase{"PlainKorean", u"2025년 회고"_s, u"title: 2025년 회고"_s},
                                           YamlCase{"ColonSpace", u"회고: 이직한 해"_s, u"title: \"회고: 이직한 해\""_s},
                                           YamlCase{"LeadingDash", u"- 목록 같은 제목"_s, u"title: \"- 목록 같은 제목\""_s},
                                           YamlCase{"HashComment", u"회고 #2"_s, u"title: \"회고 #2\""_s},
                                           YamlCase{"Number", u"2025"_s, u"title: \"2025\""_s},
                                           YamlCase{"Boolean", u"yes"_s, u"title: \"yes\""_s},
                                           YamlCase{"Quotes", u"\"최고의\" 해"_s, u"title: \"\\\"최고의\\\" 해\""_s}),
                         [](const auto &info) { return std::string(info.param.name); });

struct SlugCase {
    const char *name;
    QString title;
    QString slug;
};

class Slug : public ::testing::TestWithParam<SlugCase>
{
};

TEST_P(Slug, KeepsHangulAndSafeCharactersOnly)
{
    EXPECT_EQ(exporttext::slug(GetParam().title, u"entry-7"_s), GetParam().slug);
}

INSTANTIATE_TEST_SUITE_P(
    Titles, Slug,
    ::testing::Values(SlugCase{"KoreanYearReview", u"2025년 회고"_s, u"2025년-회고"_s},
                      SlugCase{"Punctuation", u"Q3: 회고 / 정리?"_s, u"q3-회고-정리"_s},
                      SlugCase{"Parentheses", u"Kubernetes 도입기 (1)"_s, u"kubernetes-도입기-1"_s},
                      SlugCase{"PathTraversal", u"../../etc/passwd"_s, u"etc-passwd"_s},
                      SlugCase{"DecomposedHangul", u"회고"_s.normalized(QString::NormalizationForm_D), u"회고"_s},
                      SlugCase{"NothingLeft", u"*** !!"_s, u"entry-7"_s},
                      SlugCase{"Emoji", u"🎉 2025 끝!"_s, u"2025-끝"_s},
                      SlugCase{"LongTitleIsCut", QString(80, u'가'), QString(60, u'가')}),
    [](const auto &info) { return std::string(info.param.name); });

} // namespace

namespace
{

struct InlineCase {
    const char *name;
    QString text;
    QString markdown;
};

class GoalTitleInList : public ::testing::TestWithParam<InlineCase>
{
};

// A goal title becomes a list item: it must not open a block of its own, nor lose what it says.
TEST_P(GoalTitleInList, CannotOpenABlock)
{
    EXPECT_EQ(exporttext::inlineMarkdown(GetParam().text), GetParam().markdown);
}

INSTANTIATE_TEST_SUITE_P(Titles, GoalTitleInList,
                         ::testing::Values(InlineCase{"Plain", u"책 15권 읽기"_s, u"책 15권 읽기"_s},
                                           InlineCase{"ListMarker", u"- 목록처럼 시작"_s, u"\\- 목록처럼 시작"_s},
                                           InlineCase{"NegativeNumber", u"-5kg 감량"_s, u"-5kg 감량"_s},
                                           InlineCase{"Ordered", u"1. 첫 번째 목표"_s, u"1\\. 첫 번째 목표"_s},
                                           InlineCase{"Heading", u"# 큰 목표"_s, u"\\# 큰 목표"_s},
                                           InlineCase{"Hashtag", u"#회고 매달 쓰기"_s, u"#회고 매달 쓰기"_s},
                                           InlineCase{"Quote", u"> 인용"_s, u"\\> 인용"_s},
                                           InlineCase{"TwoLines", u"영어 강의\n완강"_s, u"영어 강의 완강"_s}),
                         [](const auto &info) { return std::string(info.param.name); });

} // namespace
