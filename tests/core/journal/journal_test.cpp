#include "journal/journal.h"
#include "journal/schema.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

constexpr auto ownerReadWrite = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr auto ownerOnly = ownerReadWrite | QFileDevice::ExeOwner;
constexpr auto userBits = QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser;

QFileDevice::Permissions unixBits(const QString &path)
{
    return QFileInfo(path).permissions() & ~userBits; // Qt mirrors owner bits as "user" bits
}

TEST(Journal, FirstOpenCreatesAPrivateFileInAPrivateFolder)
{
    test::TempJournal temp;
    auto journal = Journal::open(temp.path(), Journal::OpenMode::CreateIfMissing);
    ASSERT_TRUE(journal.ok()) << journal.error().message.toStdString();

    EXPECT_TRUE(QFileInfo::exists(temp.path()));
    EXPECT_EQ(unixBits(temp.path()), ownerReadWrite);
    EXPECT_EQ(unixBits(QFileInfo(temp.path()).path()), ownerOnly);
    EXPECT_EQ((*journal)->schemaVersion(), Schema::currentVersion());
}

TEST(Journal, ReopensWhatItWrote)
{
    test::TempJournal temp;
    {
        auto journal = Journal::open(temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(journal.ok());
        QSqlQuery query((*journal)->database());
        ASSERT_TRUE(query.exec(uR"(INSERT INTO entries (kind, period, period_start, period_end, title, body, created, updated, written)
                                  VALUES ('year', '2025', '2025-01-01', '2025-12-31', '2025년 회고', '올해는 책을 12권 읽었다.',
                                          '2025-12-30', '2025-12-30', '2025-12-30'))"_s));
    }
    auto reopened = Journal::open(temp.path(), Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(reopened.ok()) << reopened.error().message.toStdString();
    QSqlQuery query((*reopened)->database());
    ASSERT_TRUE(query.exec(u"SELECT title, body FROM entries"_s));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"2025년 회고"_s);
    EXPECT_EQ(query.value(1).toString(), u"올해는 책을 12권 읽었다."_s);
}

TEST(Journal, ReaderDoesNotCreateAMissingJournal)
{
    test::TempJournal temp;
    auto journal = Journal::open(temp.path(), Journal::OpenMode::ExistingOnly);
    ASSERT_FALSE(journal.ok());
    EXPECT_EQ(journal.error().kind, Error::Kind::JournalUnusable);
    EXPECT_FALSE(QFileInfo::exists(temp.path()));
}

TEST(Journal, SecondOpenInTheSameProcessIsRefusedWhileTheFirstHoldsTheLock)
{
    test::TempJournal temp;
    auto first = Journal::open(temp.path(), Journal::OpenMode::CreateIfMissing);
    ASSERT_TRUE(first.ok());
    auto second = Journal::open(temp.path(), Journal::OpenMode::ExistingOnly);
    ASSERT_FALSE(second.ok());
    EXPECT_TRUE(second.error().message.contains(u"in use by another Hoego"_s)) << second.error().message.toStdString();
}

} // namespace
