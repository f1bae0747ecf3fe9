#include "journal/entrystore.h"
#include "journal/journal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QTimeZone>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class EntryStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_store = std::make_unique<EntryStore>(*m_journal);
        m_store->setClock([this] { return m_now; });
    }

    Entry draft(EntryKind kind, const QString &period, const QString &title, const QString &body = {})
    {
        Entry entry;
        entry.kind = kind;
        entry.period = *Period::parse(period);
        entry.title = title;
        entry.body = body;
        return entry;
    }

    qint64 add(EntryKind kind, const QString &period, const QString &title, const QString &body = {})
    {
        auto id = m_store->create(draft(kind, period, title, body));
        EXPECT_TRUE(id.ok());
        return id.ok() ? *id : 0;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<EntryStore> m_store;
    QDateTime m_now = QDateTime(QDate(2025, 12, 28), QTime(21, 0), QTimeZone::UTC);
};

TEST_F(EntryStoreTest, CreatedEntryReadsBackWithEveryField)
{
    Entry entry = draft(EntryKind::Year, u"2025"_s, u"2025년 회고"_s,
                        u"## 잘한 점\n\n- Apache Beam으로 파이프라인을 옮겼다.\n"_s);
    entry.tags = {u"회고"_s, u" 연말 "_s, u"회고"_s};
    auto id = m_store->create(entry);
    ASSERT_TRUE(id.ok()) << id.error().message.toStdString();

    auto read = m_store->get(*id);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read->kind, EntryKind::Year);
    EXPECT_EQ(read->period.text, u"2025"_s);
    EXPECT_EQ(read->period.end, QDate(2025, 12, 31));
    EXPECT_EQ(read->title, u"2025년 회고"_s);
    EXPECT_EQ(read->body, entry.body);
    EXPECT_EQ(read->tags, QStringList({u"연말"_s, u"회고"_s})) << "tags are trimmed, unique and sorted";
    EXPECT_EQ(read->created, m_now);
    EXPECT_EQ(read->updated, m_now);
}

TEST_F(EntryStoreTest, RefusesAnEntryWithoutTitle)
{
    auto id = m_store->create(draft(EntryKind::Note, u"2025"_s, u"   "_s));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, Error::Kind::Usage);
    EXPECT_TRUE(m_store->list()->isEmpty());
}

TEST_F(EntryStoreTest, ListIsNewestPeriodFirstAndFilters)
{
    const qint64 plan = add(EntryKind::Plan, u"2026"_s, u"2026년 다짐"_s);
    const qint64 review2024 = add(EntryKind::Year, u"2024"_s, u"2024년 회고"_s);
    const qint64 july = add(EntryKind::Month, u"2025-07"_s, u"7월 회고"_s);
    const qint64 review2025 = add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"올해는 책을 12권 읽었다."_s);

    auto all = m_store->list();
    ASSERT_TRUE(all.ok());
    QList<qint64> order;
    for (const EntrySummary &summary : *all)
        order << summary.id;
    EXPECT_EQ(order, QList<qint64>({plan, july, review2025, review2024}));

    auto of2025 = m_store->list({2025, std::nullopt});
    ASSERT_EQ(of2025->size(), 2);
    EXPECT_EQ(of2025->at(0).id, july);
    auto yearReviews = m_store->list({std::nullopt, EntryKind::Year});
    ASSERT_EQ(yearReviews->size(), 2);
    EXPECT_EQ(yearReviews->at(0).id, review2025);
    EXPECT_EQ(yearReviews->at(0).chars, 15) << "characters with spaces of the body";
}

TEST_F(EntryStoreTest, UpdateSavesAndKeepsThePreviousBody)
{
    const qint64 id = add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"초안"_s);
    Entry entry = *m_store->get(id);
    entry.title = u"2025년 회고 (완성)"_s;
    entry.body = u"초안을 다듬었다."_s;
    m_now = m_now.addSecs(30);
    ASSERT_TRUE(m_store->update(entry).ok());

    const Entry saved = *m_store->get(id);
    EXPECT_EQ(saved.title, u"2025년 회고 (완성)"_s);
    EXPECT_EQ(saved.body, u"초안을 다듬었다."_s);
    EXPECT_EQ(saved.updated, m_now);
    EXPECT_EQ(saved.created, m_now.addSecs(-30));
    auto revisions = m_store->revisions(id);
    ASSERT_EQ(revisions->size(), 1);
    EXPECT_EQ(revisions->at(0).body, u"초안"_s);
}

TEST_F(EntryStoreTest, AutosaveEverySecondKeepsARevisionEveryFewMinutesNotEveryKeystroke)
{
    const qint64 id = add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"시작"_s);
    Entry entry = *m_store->get(id);
    // Half an hour of typing, saved every second, a character at a time.
    for (int second = 1; second <= 1800; ++second) {
        m_now = m_now.addSecs(1);
        entry.body += u"글"_s;
        ASSERT_TRUE(m_store->update(entry).ok());
    }
    const auto revisions = *m_store->revisions(id);
    // The first replaced body (at 1 s), then one every five minutes: at 301, 601, 901, 1201 and 1501 s.
    EXPECT_EQ(revisions.size(), 6);
    EXPECT_EQ(revisions.constLast().body, u"시작"_s) << "the oldest state is never thinned away";
}

TEST_F(EntryStoreTest, ALargeChangeIsKeptEvenWithinMinutes)
{
    const qint64 id = add(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"짧은 메모"_s);
    Entry entry = *m_store->get(id);
    entry.body = u"문단 하나. "_s.repeated(20);
    ASSERT_TRUE(m_store->update(entry).ok()); // keeps "짧은 메모"
    m_now = m_now.addSecs(10);
    entry.body = u"다 지웠다"_s;             // a select-all-and-delete moments later
    ASSERT_TRUE(m_store->update(entry).ok());
    const auto revisions = *m_store->revisions(id);
    ASSERT_EQ(revisions.size(), 1) << "200 characters changed: under the size step, within the time step";
    entry.body = u"긴 문단을 붙여 넣었다. "_s.repeated(40);
    m_now = m_now.addSecs(10);
    ASSERT_TRUE(m_store->update(entry).ok());
    m_now = m_now.addSecs(10);
    entry.body = u"또 지웠다"_s;
    ASSERT_TRUE(m_store->update(entry).ok());
    const auto after = *m_store->revisions(id);
    ASSERT_EQ(after.size(), 2);
    EXPECT_TRUE(after.at(0).body.startsWith(u"긴 문단을"_s)) << "the pasted text survives its deletion";
}

TEST_F(EntryStoreTest, ExplicitEditAlwaysKeepsARevision)
{
    const qint64 id = add(EntryKind::Note, u"2025-11"_s, u"메모"_s, u"하나"_s);
    Entry entry = *m_store->get(id);
    for (const QString &body : {u"둘"_s, u"셋"_s, u"셋"_s}) {
        entry.body = body;
        ASSERT_TRUE(m_store->update(entry, EntryStore::Revisions::Always).ok());
    }
    const auto revisions = *m_store->revisions(id);
    ASSERT_EQ(revisions.size(), 2) << "an unchanged body is not a revision";
    EXPECT_EQ(revisions.at(0).body, u"둘"_s);
    EXPECT_EQ(revisions.at(1).body, u"하나"_s);
}

TEST_F(EntryStoreTest, RemoveDeletesTheEntryAndItsRevisions)
{
    const qint64 id = add(EntryKind::Note, u"2025"_s, u"지울 메모"_s, u"하나"_s);
    Entry entry = *m_store->get(id);
    entry.body = u"둘"_s;
    ASSERT_TRUE(m_store->update(entry, EntryStore::Revisions::Always).ok());
    ASSERT_TRUE(m_store->remove(id).ok());
    EXPECT_EQ(m_store->get(id).error().kind, Error::Kind::NotFound);
    EXPECT_TRUE(m_store->revisions(id)->isEmpty());
    EXPECT_EQ(m_store->remove(id).error().kind, Error::Kind::NotFound);
}

TEST_F(EntryStoreTest, MissingEntryIsNotFound)
{
    auto missing = m_store->get(4242);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().kind, Error::Kind::NotFound);
    Entry ghost = draft(EntryKind::Note, u"2025"_s, u"없는 글"_s);
    ghost.id = 4242;
    EXPECT_EQ(m_store->update(ghost).error().kind, Error::Kind::NotFound);
}

TEST_F(EntryStoreTest, YearStatsCountEntriesCharactersAndDaysWritten)
{
    // Written on 2024-12-28 (the clock), about 2024.
    Entry review2024 = draft(EntryKind::Year, u"2024"_s, u"2024년 회고"_s, u"달리기를 시작했다."_s); // 10 characters
    m_now = QDateTime(QDate(2024, 12, 28), QTime(3, 0), QTimeZone::UTC);
    ASSERT_TRUE(m_store->create(review2024).ok());
    // Two entries about 2025, written on two days of 2025, one revised on a third.
    m_now = QDateTime(QDate(2025, 7, 1), QTime(3, 0), QTimeZone::UTC);
    const qint64 july = *m_store->create(draft(EntryKind::Month, u"2025-06"_s, u"6월 회고"_s, u"휴가"_s));
    m_now = QDateTime(QDate(2025, 12, 28), QTime(3, 0), QTimeZone::UTC);
    ASSERT_TRUE(m_store->create(draft(EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"책 12권"_s)).ok());
    Entry juneReview = *m_store->get(july);
    juneReview.body = u"휴가를 다녀왔다"_s;
    m_now = QDateTime(QDate(2025, 12, 29), QTime(3, 0), QTimeZone::UTC);
    ASSERT_TRUE(m_store->update(juneReview).ok());

    const auto years = *m_store->yearStats();
    ASSERT_EQ(years.size(), 2);
    EXPECT_EQ(years[0], (YearStats{2025, 2, 8 + 5, 3})) << "2025-07-01, 2025-12-28 and 2025-12-29";
    EXPECT_EQ(years[1], (YearStats{2024, 1, 10, 1}));
}

TEST_F(EntryStoreTest, DecomposedHangulIsStoredComposed)
{
    // A retrospective pasted from a macOS file: 회고 as decomposed jamo (NFD).
    const QString decomposed = u"회고"_s.normalized(QString::NormalizationForm_D);
    ASSERT_NE(decomposed, u"회고"_s);
    const qint64 id = add(EntryKind::Note, u"2025"_s, decomposed, u"올해의 "_s + decomposed);
    const Entry entry = *m_store->get(id);
    EXPECT_EQ(entry.title, u"회고"_s);
    EXPECT_EQ(entry.body, u"올해의 회고"_s);
}

} // namespace
