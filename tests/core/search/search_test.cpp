#include "journal/entrystore.h"
#include "journal/journal.h"
#include "search/search.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QTextBoundaryFinder>

#include <memory>
#include <ostream>

using namespace hoego;
using namespace Qt::StringLiterals;

// Readable failures: gtest finds this by argument-dependent lookup (QString lives in the global namespace).
static void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace
{

// The titles of the fixture journal, each naming what its entry is about.
namespace Title
{
const QString year2024 = u"2024년 연간 회고"_s;
const QString beamQuarter = u"3분기 회고: Apache Beam 이전"_s;
const QString quantization = u"모델 경량화 스터디"_s;
const QString firstHalf2025 = u"2025년 상반기 회고"_s;
const QString reading = u"독서 기록"_s;
const QString plan2026 = u"2026년 계획"_s;
const QString busyWeek = u"주간 회고"_s;
const QString goals = u"목표"_s;
const QString kubernetesExam = u"Kubernetes 자격증 준비"_s;
} // namespace Title

struct FixtureEntry {
    EntryKind kind;
    QString period;
    QString title;
    QString body;
};

// Short retrospectives written for these tests. "경영 어렵다" is there to prove that "영어" is not
// found across two words.
QList<FixtureEntry> fixtureEntries()
{
    return {
        { EntryKind::Year, u"2024"_s, Title::year2024,
            u"## 돌아보며\n\n"
            u"올해 가장 큰 목표는 영어 강의를 끝까지 듣는 것이었다. "
            u"12강 중 9강까지 들었고 나머지는 내년으로 미뤘다. "
            u"회화 연습은 거의 못 했다.\n\n"
            u"책은 15권 읽었다. "
            u"달리기는 봄에 시작했다가 여름에 무릎이 아파서 쉬었다."_s },
        { EntryKind::Quarter, u"2024-Q3"_s, Title::beamQuarter,
            u"회사에서 배치 파이프라인을 Apache Beam으로 옮겼다. "
            u"처음에는 윈도우 개념이 낯설었지만 Dataflow에서 돌려 보니 비용이 30% 줄었다.\n"
            u"팀원들과 코드 리뷰를 매주 했다."_s },
        { EntryKind::Note, u"2024-05"_s, Title::quantization,
            u"Quantization을 공부했다. "
            u"INT8 양자화로 모델 크기를 4분의 1로 줄였고 정확도는 1% 떨어졌다. "
            u"ML 엔지니어 모임에서 발표도 했다. "
            u"논문 2편을 리뷰했다."_s },
        { EntryKind::Half, u"2025-H1"_s, Title::firstHalf2025,
            u"Kubernetes 클러스터를 직접 운영해 보았다. "
            u"장애가 두 번 났는데 모두 설정 실수였다.\n\n"
            u"영어 회화 수업은 주 2회 나갔다. "
            u"독서 목표를 절반쯤 채웠다."_s },
        { EntryKind::Month, u"2025-03"_s, Title::reading,
            u"이번 달 회고: 책을 세 권 읽었다. "
            u"책장에 쌓인 책부터 읽기로 했다. "
            u"소설 한 권, 에세이 두 권."_s },
        { EntryKind::Plan, u"2026"_s, Title::plan2026,
            u"영어 강의 완강, 주 3회 50분 이상 조깅, 매일 20쪽 읽기.\n"
            u"AI 관련 책 5권, 논문 2편 리뷰."_s },
        { EntryKind::Week, u"2025-W14"_s, Title::busyWeek,
            u"경영 어렵다는 말을 실감한 한 주. "
            u"회의가 너무 많아서 집중할 시간이 없었다."_s },
        { EntryKind::Note, u"2025-01"_s, Title::goals,
            u"새해에는 작은 습관부터 만든다. "
            u"아침에 물 한 잔, 저녁에 일기 세 줄."_s },
        { EntryKind::Note, u"2025-09"_s, Title::kubernetesExam,
            u"CKA 시험을 신청했다. "
            u"실습 환경은 집에 있는 미니 PC 세 대로 꾸렸다."_s },
    };
}

Entry draft(EntryKind kind, const QString &period, const QString &title, const QString &body)
{
    Entry entry;
    entry.kind = kind;
    entry.period = *Period::parse(period);
    entry.title = title;
    entry.body = body;
    return entry;
}

QStringList titlesOf(const QList<SearchHit> &hits)
{
    QStringList titles;
    for (const SearchHit &hit : hits)
        titles.append(hit.title);
    return titles;
}

QString decomposed(const QString &text)
{
    return text.normalized(QString::NormalizationForm_D);
}

// A journal opened in a fresh folder, with its entry store.
struct TestJournal {
    test::TempJournal temp;
    std::unique_ptr<Journal> journal;
    std::unique_ptr<EntryStore> store;

    TestJournal()
    {
        auto opened = Journal::open(temp.path(), Journal::OpenMode::CreateIfMissing);
        if (!opened.ok())
            ADD_FAILURE() << opened.error().message.toStdString();
        else
            journal = std::move(*opened);
        store = std::make_unique<EntryStore>(*journal);
    }

    qint64 add(EntryKind kind, const QString &period, const QString &title, const QString &body)
    {
        auto id = store->create(draft(kind, period, title, body));
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    QList<SearchHit> find(const QString &query, int limit = 50) const
    {
        auto hits = search(journal->database(), query, limit);
        EXPECT_TRUE(hits.ok()) << hits.error().message.toStdString();
        return hits.ok() ? *hits : QList<SearchHit>();
    }
};

// The fixture journal, written once for all the tests that only read it.
class SearchFixture : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_journal = new TestJournal;
        for (const FixtureEntry &entry : fixtureEntries())
            s_journal->add(entry.kind, entry.period, entry.title, entry.body);
    }
    static void TearDownTestSuite()
    {
        delete s_journal;
        s_journal = nullptr;
    }

    static QList<SearchHit> find(const QString &query, int limit = 50) { return s_journal->find(query, limit); }

    static SearchHit only(const QString &query)
    {
        const QList<SearchHit> hits = find(query);
        EXPECT_EQ(hits.size(), 1) << query.toStdString();
        return hits.value(0);
    }

    static inline TestJournal *s_journal = nullptr;
};

// --- which entries a query finds ----------------------------------------------------------------

struct QueryCase {
    const char *name;
    QString query;
    QStringList titles;
};

void PrintTo(const QueryCase &row, std::ostream *out)
{
    *out << row.name;
}

class SearchRecall : public SearchFixture, public ::testing::WithParamInterface<QueryCase>
{
};

TEST_P(SearchRecall, FindsExactlyTheEntriesThatContainTheTerms)
{
    QStringList found = titlesOf(find(GetParam().query));
    QStringList expected = GetParam().titles;
    found.sort();
    expected.sort();
    EXPECT_EQ(found, expected) << "query: " << GetParam().query.toStdString()
                               << "\nfound: " << found.join(u" | "_s).toStdString();
}

// clang-format off
const QueryCase recallCases[] = {
    {"OneSyllableInsideLongerWords", u"책"_s, {Title::year2024, Title::reading, Title::plan2026}},
    {"OneSyllableAnywhereInAWord", u"영"_s, {Title::year2024, Title::firstHalf2025, Title::plan2026, Title::busyWeek}},
    {"TwoSyllablesBeforeAParticle", u"목표"_s, {Title::year2024, Title::firstHalf2025, Title::goals}},
    {"TwoSyllablesNeverSpanTwoWords", u"영어"_s, {Title::year2024, Title::firstHalf2025, Title::plan2026}},
    {"TwoSyllablesBeforeASubjectParticle", u"무릎"_s, {Title::year2024}},
    {"ThreeSyllablesBeforeAParticle", u"달리기"_s, {Title::year2024}},
    {"LongWordInsideAWord", u"파이프라인"_s, {Title::beamQuarter}},
    {"EnglishInLowerCase", u"beam"_s, {Title::beamQuarter}},
    {"EnglishInUpperCase", u"KUBERNETES"_s, {Title::firstHalf2025, Title::kubernetesExam}},
    {"EnglishWordGluedToAParticle", u"quantization"_s, {Title::quantization}},
    {"TwoLetterAbbreviation", u"ml"_s, {Title::quantization}},
    {"TwoLetterStartOfAWord", u"Da"_s, {Title::beamQuarter}},
    {"TwoLetterAbbreviationBeforeKorean", u"AI"_s, {Title::plan2026}},
    {"LettersAndDigits", u"int8"_s, {Title::quantization}},
    {"DigitAndCounter", u"3회"_s, {Title::plan2026}},
    {"NumberBeforePercentSign", u"30%"_s, {Title::beamQuarter}},
    {"NumberWithCounter", u"15권"_s, {Title::year2024}},
    {"TwoKoreanTermsBothRequired", u"영어 강의"_s, {Title::year2024, Title::plan2026}},
    {"KoreanAndEnglishTerms", u"beam 비용"_s, {Title::beamQuarter}},
    {"ShortAndLongTerms", u"책 달리기"_s, {Title::year2024}},
    {"TermInTitleAndTermInBody", u"회고 책"_s, {Title::year2024, Title::reading}},
    {"SeparateSyllablesAreSeparateTerms", u"영 어"_s, {Title::year2024, Title::firstHalf2025, Title::plan2026, Title::busyWeek}},
    {"TermsInNoSingleEntry", u"Kubernetes 책"_s, {}},
    {"QuotedPhraseKeepsWordsTogether", u"\"영어 회화\""_s, {Title::firstHalf2025}},
    {"UnquotedWordsMayBeApart", u"영어 회화"_s, {Title::year2024, Title::firstHalf2025}},
    {"QuotedPhraseIgnoresExtraSpaces", u"\"영어    회화\""_s, {Title::firstHalf2025}},
    {"UnclosedQuoteRunsToTheEnd", u"\"영어 회화"_s, {Title::firstHalf2025}},
    {"UnknownWord", u"블록체인"_s, {}},
    {"UnknownSyllable", u"뷁"_s, {}},
    {"WordOnlyInATitle", u"이전"_s, {Title::beamQuarter}},
    {"LongWordOnlyInATitle", u"경량화"_s, {Title::quantization}},
    {"PunctuationAroundATerm", u"(Beam),"_s, {Title::beamQuarter}},
    {"DecomposedHangulQuery", decomposed(u"영어"_s), {Title::year2024, Title::firstHalf2025, Title::plan2026}},
    {"DecomposedLongQuery", decomposed(u"달리기"_s), {Title::year2024}},
};
// clang-format on

INSTANTIATE_TEST_SUITE_P(Queries, SearchRecall, ::testing::ValuesIn(recallCases),
    [](const ::testing::TestParamInfo<QueryCase> &info) { return std::string(info.param.name); });

// --- ranking ------------------------------------------------------------------------------------

TEST(SearchRanking, TitleHitRanksAboveBodyHit)
{
    // A short body that mentions the term would outrank a long entry about it, were titles not
    // weighed higher.
    const QString longBody
        = u"매일 아침 실습 환경을 띄우고 문제를 풀었다. 모르는 부분은 공식 문서를 찾아 읽었다. "_s.repeated(8);
    TestJournal journal;
    journal.add(EntryKind::Note, u"2025-09"_s, u"Kubernetes 자격증 준비"_s, longBody);
    journal.add(EntryKind::Note, u"2025-10"_s, u"독서"_s, longBody);
    journal.add(EntryKind::Week, u"2025-W40"_s, u"주간 회고"_s, u"Kubernetes 업그레이드와 독서 모임."_s);
    for (const QString &filler : { u"장보기"_s, u"이사"_s, u"휴가 계획"_s })
        journal.add(EntryKind::Note, u"2025-11"_s, filler, u"특별한 일 없이 지나간 날."_s);

    EXPECT_EQ(titlesOf(journal.find(u"kubernetes"_s)), QStringList({ u"Kubernetes 자격증 준비"_s, u"주간 회고"_s }));
    EXPECT_EQ(titlesOf(journal.find(u"독서"_s)), QStringList({ u"독서"_s, u"주간 회고"_s }));
}

TEST_F(SearchFixture, MoreHitsRankHigher)
{
    // 독서 기록 has 책 three times; the others once.
    EXPECT_EQ(titlesOf(find(u"책"_s)).value(0), Title::reading);
}

TEST_F(SearchFixture, LimitKeepsTheBestHits)
{
    EXPECT_EQ(titlesOf(find(u"책"_s, 1)), QStringList({ Title::reading }));
}

TEST_F(SearchFixture, HitsCarryTheirEntry)
{
    const SearchHit hit = only(u"경량화"_s);
    EXPECT_EQ(hit.period, u"2024-05"_s);
    EXPECT_GT(hit.id, 0);
}

// --- snippets -----------------------------------------------------------------------------------

TEST_F(SearchFixture, SnippetMarksEveryHitOfAShortBody)
{
    EXPECT_EQ(markedSnippet(find(u"책"_s).value(0)),
        u"이번 달 회고: «책»을 세 권 읽었다. «책»장에 쌓인 «책»부터 읽기로 했다. 소설 한 권, 에세이 두 권."_s);
}

TEST_F(SearchFixture, SnippetKeepsTheCaseOfTheText)
{
    EXPECT_TRUE(markedSnippet(only(u"beam"_s)).contains(u"Apache «Beam»으로"_s));
    EXPECT_TRUE(markedSnippet(only(u"ml"_s)).contains(u"«ML» 엔지니어"_s));
}

TEST_F(SearchFixture, SnippetComesFromTheTitleWhenOnlyTheTitleMatches)
{
    EXPECT_EQ(markedSnippet(only(u"이전"_s)), u"3분기 회고: Apache Beam «이전»"_s);
}

TEST_F(SearchFixture, SnippetShowsLineBreaksAsSingleSpaces)
{
    const QString marked = markedSnippet(only(u"\"영어 회화\""_s));
    EXPECT_TRUE(marked.contains(u"실수였다. «영어 회화» 수업은"_s)) << marked.toStdString();
    EXPECT_FALSE(marked.contains(u'\n'));
}

TEST_F(SearchFixture, SnippetMarksEveryTermOfTheQuery)
{
    const QString marked = markedSnippet(only(u"beam 비용"_s));
    EXPECT_TRUE(marked.contains(u"«Beam»"_s)) << marked.toStdString();
    EXPECT_TRUE(marked.contains(u"«비용»"_s)) << marked.toStdString();
}

bool isGraphemeBoundary(const QString &text, qsizetype position)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    finder.setPosition(position);
    return finder.isAtBoundary();
}

// The snippet's text without the "…" that mark cuts.
QString withoutEllipses(QString snippet)
{
    if (snippet.startsWith(u'…'))
        snippet.remove(0, 1);
    if (snippet.endsWith(u'…'))
        snippet.chop(1);
    return snippet;
}

TEST(SearchSnippet, LongBodyIsCutOnCharacterBoundaries)
{
    // Emoji with a skin tone are four UTF-16 units: a cut by count would split them.
    const QString thumbs = u"👍🏽"_s.repeated(40);
    const QString body = thumbs + u"스노클링"_s + thumbs;
    TestJournal journal;
    journal.add(EntryKind::Note, u"2025-08"_s, u"여름 휴가"_s, body);

    const QList<SearchHit> hits = journal.find(u"스노클링"_s);
    ASSERT_EQ(hits.size(), 1);
    const SearchHit &hit = hits.first();
    EXPECT_TRUE(hit.snippet.startsWith(u'…'));
    EXPECT_TRUE(hit.snippet.endsWith(u'…'));
    EXPECT_LE(hit.snippet.size(), 90);
    EXPECT_TRUE(markedSnippet(hit).contains(u"«스노클링»"_s));

    const QString inner = withoutEllipses(hit.snippet);
    const qsizetype at = body.indexOf(inner);
    ASSERT_GE(at, 0) << "the snippet is not a piece of the body";
    EXPECT_TRUE(isGraphemeBoundary(body, at));
    EXPECT_TRUE(isGraphemeBoundary(body, at + inner.size()));
}

TEST(SearchSnippet, LongBodyIsCutBetweenWords)
{
    const QString before = u"오늘은 하루 종일 비가 내려서 밖에 나가지 못했다. "_s.repeated(5);
    const QString after = u" 저녁에는 밀린 빨래를 하고 일찍 잠들었다."_s.repeated(5);
    TestJournal journal;
    journal.add(EntryKind::Note, u"2025-07"_s, u"장마"_s, before + u"뜨개질을 처음 배웠다."_s + after);

    const QList<SearchHit> hits = journal.find(u"뜨개"_s);
    ASSERT_EQ(hits.size(), 1);
    const QString marked = markedSnippet(hits.first());
    EXPECT_TRUE(marked.contains(u"«뜨개»질을 처음 배웠다."_s)) << marked.toStdString();
    // Each cut falls between two 어절: the text next to "…" is a whole word.
    const QString inner = withoutEllipses(hits.first().snippet);
    const QString body = (before + u"뜨개질을 처음 배웠다."_s + after).simplified();
    const qsizetype at = body.indexOf(inner);
    ASSERT_GT(at, 0);
    EXPECT_EQ(body.at(at - 1), u' ');
    EXPECT_EQ(body.at(at + inner.size()), u' ');
}

// --- the index follows every save ---------------------------------------------------------------

TEST(SearchIndexInStep, EditedEntryIsFoundByItsNewWordsOnly)
{
    TestJournal journal;
    const qint64 id = journal.add(EntryKind::Note, u"2025-10"_s, u"메모"_s, u"Kubernetes 공부. 책 한 권."_s);
    ASSERT_EQ(journal.find(u"Kubernetes"_s).size(), 1);
    ASSERT_EQ(journal.find(u"책"_s).size(), 1);

    Entry edited = draft(EntryKind::Note, u"2025-10"_s, u"새 메모"_s, u"Nomad 공부. 글 한 편."_s);
    edited.id = id;
    ASSERT_TRUE(journal.store->update(edited).ok());

    EXPECT_TRUE(journal.find(u"Kubernetes"_s).isEmpty());
    EXPECT_TRUE(journal.find(u"책"_s).isEmpty());
    EXPECT_EQ(titlesOf(journal.find(u"Nomad"_s)), QStringList({ u"새 메모"_s }));
    EXPECT_EQ(titlesOf(journal.find(u"글"_s)), QStringList({ u"새 메모"_s }));
    EXPECT_EQ(titlesOf(journal.find(u"새"_s)), QStringList({ u"새 메모"_s }));
}

TEST(SearchIndexInStep, DeletedEntryIsNoLongerFound)
{
    TestJournal journal;
    const qint64 gone = journal.add(EntryKind::Month, u"2025-04"_s, u"4월 회고"_s, u"마라톤 완주. 무릎이 버텼다."_s);
    journal.add(EntryKind::Month, u"2025-05"_s, u"5월 회고"_s, u"마라톤 연습은 쉬었다."_s);
    ASSERT_TRUE(journal.store->remove(gone).ok());

    EXPECT_TRUE(journal.find(u"무릎"_s).isEmpty());
    EXPECT_TRUE(journal.find(u"완주"_s).isEmpty());
    EXPECT_EQ(titlesOf(journal.find(u"마라톤"_s)), QStringList({ u"5월 회고"_s }));
    EXPECT_EQ(titlesOf(journal.find(u"회고"_s)), QStringList({ u"5월 회고"_s }));
}

// --- what cannot be searched --------------------------------------------------------------------

TEST_F(SearchFixture, EmptyOrPunctuationOnlyQueryIsAUsageError)
{
    for (const QString &query : { u""_s, u"   "_s, u"?!…"_s, u"\"\""_s, u"\" . \""_s }) {
        auto hits = search(s_journal->journal->database(), query);
        ASSERT_FALSE(hits.ok()) << "query: " << query.toStdString();
        EXPECT_EQ(hits.error().kind, Error::Kind::Usage);
        EXPECT_FALSE(hits.error().message.isEmpty());
    }
}

} // namespace
