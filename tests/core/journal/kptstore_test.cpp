#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/kptstore.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class KptStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_store = std::make_unique<KptStore>(*m_journal);
        m_entry = test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s);
    }

    qint64 add(KptSection section, const QString &text)
    {
        auto id = m_store->append(m_entry, section, text);
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id.ok() ? *id : 0;
    }

    // The texts of one section, in order, checking that positions are 0, 1, 2…
    QStringList texts(KptSection section)
    {
        QStringList result;
        const auto items = m_store->items(m_entry); // kept: the loop reads into it
        for (const KptItem &item : *items) {
            if (item.section != section)
                continue;
            EXPECT_EQ(item.position, result.size()) << item.text.toStdString();
            result << item.text;
        }
        return result;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<KptStore> m_store;
    qint64 m_entry = 0;
};

TEST_F(KptStoreTest, AppendedItemsKeepTheirOrderPerSection)
{
    add(KptSection::Keep, u"아침 운동 루틴 유지"_s);
    add(KptSection::Problem, u"회의가 너무 많았다"_s);
    add(KptSection::Keep, u"  주간 회고 쓰기  "_s);
    EXPECT_EQ(texts(KptSection::Keep), QStringList({u"아침 운동 루틴 유지"_s, u"주간 회고 쓰기"_s}));
    EXPECT_EQ(texts(KptSection::Problem), QStringList({u"회의가 너무 많았다"_s}));
    EXPECT_TRUE(texts(KptSection::Try).isEmpty());
}

TEST_F(KptStoreTest, EmptyTextIsRefusedAndStoresNothing)
{
    auto id = m_store->append(m_entry, KptSection::Try, u"  \n "_s);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, Error::Kind::Usage);
    EXPECT_TRUE(m_store->items(m_entry)->isEmpty());
}

TEST_F(KptStoreTest, LineBreaksBecomeSpacesSoAnItemStaysOneListItem)
{
    const qint64 id = add(KptSection::Try, u"주 3회\n조깅"_s);
    EXPECT_EQ(m_store->item(id)->text, u"주 3회 조깅"_s);
}

TEST_F(KptStoreTest, SetTextChangesOnlyThatItem)
{
    const qint64 first = add(KptSection::Try, u"영어 강의 완강"_s);
    add(KptSection::Try, u"책 15권 읽기"_s);
    ASSERT_TRUE(m_store->setText(first, u"영어 강의 두 개 완강"_s).ok());
    EXPECT_EQ(texts(KptSection::Try), QStringList({u"영어 강의 두 개 완강"_s, u"책 15권 읽기"_s}));
    EXPECT_EQ(m_store->setText(first, u" "_s).error().kind, Error::Kind::Usage);
    EXPECT_EQ(m_store->setText(9999, u"없는 항목"_s).error().kind, Error::Kind::NotFound);
}

TEST_F(KptStoreTest, RemoveClosesTheGap)
{
    add(KptSection::Problem, u"잠이 부족했다"_s);
    const qint64 middle = add(KptSection::Problem, u"코드 리뷰가 늦어졌다"_s);
    add(KptSection::Problem, u"블로그 글을 쓰지 않았다"_s);
    ASSERT_TRUE(m_store->remove(middle).ok());
    EXPECT_EQ(texts(KptSection::Problem), QStringList({u"잠이 부족했다"_s, u"블로그 글을 쓰지 않았다"_s}));
    EXPECT_EQ(m_store->remove(middle).error().kind, Error::Kind::NotFound);
}

TEST_F(KptStoreTest, InsertWithTheOldIdUndoesARemoval)
{
    add(KptSection::Keep, u"아침 운동"_s);
    const qint64 middle = add(KptSection::Keep, u"주간 회고"_s);
    add(KptSection::Keep, u"사이드 프로젝트"_s);
    const KptItem removed = *m_store->item(middle);
    ASSERT_TRUE(m_store->remove(middle).ok());
    auto restored = m_store->insert(removed);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(*restored, middle);
    EXPECT_EQ(texts(KptSection::Keep), QStringList({u"아침 운동"_s, u"주간 회고"_s, u"사이드 프로젝트"_s}));
}

TEST_F(KptStoreTest, InsertClampsThePositionAndChecksTheEntry)
{
    add(KptSection::Try, u"첫 번째"_s);
    ASSERT_TRUE(m_store->insert(KptItem{0, m_entry, KptSection::Try, u"맨 앞"_s, -5}).ok());
    ASSERT_TRUE(m_store->insert(KptItem{0, m_entry, KptSection::Try, u"맨 뒤"_s, 99}).ok());
    EXPECT_EQ(texts(KptSection::Try), QStringList({u"맨 앞"_s, u"첫 번째"_s, u"맨 뒤"_s}));
    EXPECT_EQ(m_store->insert(KptItem{0, 4242, KptSection::Try, u"없는 글"_s, 0}).error().kind, Error::Kind::NotFound);
}

struct MoveCase {
    const char *name;
    int from;               // index in Problem: 잠, 회의, 야근
    KptSection to;
    int position;
    QStringList problem;    // afterwards
    QStringList trySection; // afterwards (starts as: 일찍 자기)
};

class KptStoreMove : public KptStoreTest, public ::testing::WithParamInterface<MoveCase>
{
};

TEST_P(KptStoreMove, RenumbersBothSections)
{
    const QList<qint64> ids = {add(KptSection::Problem, u"잠"_s), add(KptSection::Problem, u"회의"_s), add(KptSection::Problem, u"야근"_s)};
    add(KptSection::Try, u"일찍 자기"_s);
    const MoveCase &c = GetParam();
    ASSERT_TRUE(m_store->move(ids[c.from], c.to, c.position).ok());
    EXPECT_EQ(texts(KptSection::Problem), c.problem);
    EXPECT_EQ(texts(KptSection::Try), c.trySection);
}

const QString sleep = u"잠"_s, meetings = u"회의"_s, overtime = u"야근"_s, early = u"일찍 자기"_s;

INSTANTIATE_TEST_SUITE_P(Moves, KptStoreMove,
    ::testing::Values(MoveCase{"FirstToLast", 0, KptSection::Problem, 2, {meetings, overtime, sleep}, {early}},
                      MoveCase{"LastToFirst", 2, KptSection::Problem, 0, {overtime, sleep, meetings}, {early}},
                      MoveCase{"MiddleDown", 1, KptSection::Problem, 2, {sleep, overtime, meetings}, {early}},
                      MoveCase{"SamePlace", 1, KptSection::Problem, 1, {sleep, meetings, overtime}, {early}},
                      MoveCase{"ToTryFront", 1, KptSection::Try, 0, {sleep, overtime}, {meetings, early}},
                      MoveCase{"ToTryEnd", 0, KptSection::Try, 1, {meetings, overtime}, {early, sleep}},
                      MoveCase{"ToTryBeyondEndClamps", 2, KptSection::Try, 50, {sleep, meetings}, {early, overtime}}),
    [](const auto &info) { return std::string(info.param.name); });

TEST_F(KptStoreTest, ItemsGoWhenTheirEntryIsDeleted)
{
    const qint64 id = add(KptSection::Keep, u"매일 일기"_s);
    ASSERT_TRUE(EntryStore(*m_journal).remove(m_entry).ok());
    EXPECT_EQ(m_store->item(id).error().kind, Error::Kind::NotFound);
    EXPECT_TRUE(m_store->items(m_entry)->isEmpty());
}

TEST_F(KptStoreTest, ChangesAreInTheFileWhenReopened)
{
    const qint64 a = add(KptSection::Keep, u"아침 운동"_s);
    add(KptSection::Keep, u"주간 회고"_s);
    ASSERT_TRUE(m_store->move(a, KptSection::Try, 0).ok());
    m_store.reset();
    m_journal.reset();
    auto reopened = Journal::open(m_temp.path(), Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(reopened.ok());
    const QList<KptItem> items = *KptStore(**reopened).items(m_entry);
    ASSERT_EQ(items.size(), 2);
    EXPECT_EQ(items[0].text, u"주간 회고"_s);
    EXPECT_EQ(items[1].section, KptSection::Try);
    EXPECT_EQ(items[1].text, u"아침 운동"_s);
}

TEST_F(KptStoreTest, SectionItemsFilterByYearAndKind)
{
    const qint64 old = test::addEntry(*m_journal, EntryKind::Year, u"2023"_s, u"2023년 회고"_s);
    const qint64 month = test::addEntry(*m_journal, EntryKind::Month, u"2024-05"_s, u"5월 회고"_s);
    ASSERT_TRUE(m_store->append(old, KptSection::Problem, u"운동 부족"_s).ok());
    ASSERT_TRUE(m_store->append(month, KptSection::Problem, u"회의 과다"_s).ok());
    ASSERT_TRUE(m_store->append(month, KptSection::Keep, u"독서 모임"_s).ok());
    add(KptSection::Problem, u"야근"_s);

    auto before2025 = m_store->sectionItems(KptSection::Problem, {std::nullopt, 2024, std::nullopt});
    ASSERT_TRUE(before2025.ok()) << before2025.error().message.toStdString();
    ASSERT_EQ(before2025->size(), 2);
    EXPECT_EQ(before2025->at(0).year, 2023);
    EXPECT_EQ(before2025->at(0).item.text, u"운동 부족"_s);
    EXPECT_EQ(before2025->at(1).year, 2024);
    EXPECT_EQ(before2025->at(1).kind, EntryKind::Month);

    auto yearReviews = m_store->sectionItems(KptSection::Problem, {2024, std::nullopt, EntryKind::Year});
    ASSERT_EQ(yearReviews->size(), 1);
    EXPECT_EQ(yearReviews->at(0).item.text, u"야근"_s);
    EXPECT_EQ(yearReviews->at(0).entryTitle, u"2025년 회고"_s);
}

} // namespace
