#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/sqlutil.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class TransactionTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
    }

    Entry draft(const QString &title)
    {
        Entry entry;
        entry.kind = EntryKind::Year;
        entry.period = *Period::parse(u"2024"_s);
        entry.title = title;
        return entry;
    }

    int entryCount() { return int(EntryStore(*m_journal).list()->size()); }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
};

TEST_F(TransactionTest, StoreCallsInsideAnOuterTransactionAreUndoneWithIt)
{
    {
        Sql::Transaction outer(m_journal->database());
        ASSERT_TRUE(outer.started());
        ASSERT_TRUE(EntryStore(*m_journal).create(draft(u"2024 회고"_s)).ok());
        ASSERT_TRUE(EntryStore(*m_journal).create(draft(u"2024 하반기 회고"_s)).ok());
        // not committed: rolled back when it ends
    }
    EXPECT_EQ(entryCount(), 0);
    ASSERT_TRUE(EntryStore(*m_journal).create(draft(u"다시 쓴 회고"_s)).ok()); // a later store call works alone again
    EXPECT_EQ(entryCount(), 1);
}

TEST_F(TransactionTest, OuterCommitSavesEveryJoinedPart)
{
    Sql::Transaction outer(m_journal->database());
    ASSERT_TRUE(EntryStore(*m_journal).create(draft(u"2024 회고"_s)).ok());
    ASSERT_TRUE(EntryStore(*m_journal).create(draft(u"2023 회고"_s)).ok());
    ASSERT_TRUE(outer.commit().ok());
    EXPECT_EQ(entryCount(), 2);
}

TEST_F(TransactionTest, AJoinedPartThatFailedMakesTheOuterCommitFail)
{
    Sql::Transaction outer(m_journal->database());
    ASSERT_TRUE(EntryStore(*m_journal).create(draft(u"2024 회고"_s)).ok());
    {
        Sql::Transaction part(m_journal->database());
        EXPECT_TRUE(part.joined());
        // ends without commit: its work failed
    }
    const Status committed = outer.commit();
    EXPECT_FALSE(committed.ok());
    EXPECT_EQ(entryCount(), 0);
}

// One file of an import fails: its savepoint undoes only its changes, and the outer transaction
// still saves the files before and after it.
TEST_F(TransactionTest, AFailedSavepointUndoesOnlyItsPart)
{
    Sql::Transaction outer(m_journal->database());
    {
        Sql::Savepoint first(m_journal->database());
        ASSERT_TRUE(EntryStore(*m_journal).create(draft(u"2023 회고"_s)).ok());
        ASSERT_TRUE(first.commit().ok());
    }
    {
        Sql::Savepoint failing(m_journal->database());
        ASSERT_TRUE(EntryStore(*m_journal).create(draft(u"반쯤 저장된 글"_s)).ok());
        Sql::Transaction storeCall(m_journal->database());
        // the store call ends without commit: it failed half-way
    }
    {
        Sql::Savepoint failedInside(m_journal->database());
        {
            Sql::Transaction storeCall(m_journal->database());
        }
        EXPECT_FALSE(failedInside.commit().ok()); // a joined part failed, so the savepoint is undone
    }
    {
        Sql::Savepoint last(m_journal->database());
        ASSERT_TRUE(EntryStore(*m_journal).create(draft(u"2024 회고"_s)).ok());
        ASSERT_TRUE(last.commit().ok());
    }
    ASSERT_TRUE(outer.commit().ok());
    const auto entries = EntryStore(*m_journal).list();
    ASSERT_TRUE(entries.ok());
    QStringList titles;
    for (const EntrySummary &entry : *entries)
        titles << entry.title;
    titles.sort();
    EXPECT_EQ(titles, (QStringList{u"2023 회고"_s, u"2024 회고"_s}));
}

TEST_F(TransactionTest, ASavepointNeedsAnOpenTransaction)
{
    Sql::Savepoint alone(m_journal->database());
    EXPECT_FALSE(alone.commit().ok());
    EXPECT_EQ(entryCount(), 0);
}

} // namespace
