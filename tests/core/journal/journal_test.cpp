#include "journal/journal.h"
#include "journal/schema.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>

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

namespace
{

// A journal with a few entries written through SQL, closed, so its file can be damaged or changed.
QString writeSmallJournal(const test::TempJournal &temp)
{
    auto journal = Journal::open(temp.path(), Journal::OpenMode::CreateIfMissing);
    EXPECT_TRUE(journal.ok());
    QSqlQuery query((*journal)->database());
    for (int i = 0; i < 40; ++i) {
        EXPECT_TRUE(query.exec(uR"(INSERT INTO entries (kind, period, period_start, period_end, title, body, created, updated, written)
                                  VALUES ('note', '2025', '2025-01-01', '2025-12-31', '메모 %1', '%2', '2025-12-30', '2025-12-30', '2025-12-30'))"_s
                                   .arg(i)
                                   .arg(u"오늘은 Kubernetes 클러스터를 정리했다. "_s.repeated(30))));
    }
    return temp.path();
}

void setUserVersion(const QString &path, int version)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(u"PRAGMA journal_mode = DELETE"_s);
        QSqlQuery(db).exec(u"PRAGMA user_version = %1"_s.arg(version));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

void expectRefusedUntouched(const QString &path, const QString &expectedWords)
{
    const QByteArray before = test::fileBytes(path);
    auto journal = Journal::open(path, Journal::OpenMode::CreateIfMissing);
    ASSERT_FALSE(journal.ok());
    EXPECT_EQ(journal.error().kind, Error::Kind::JournalUnusable);
    EXPECT_TRUE(journal.error().message.contains(expectedWords)) << journal.error().message.toStdString();
    EXPECT_EQ(test::fileBytes(path), before) << "a refused journal must be left byte for byte";
    EXPECT_FALSE(QFileInfo::exists(path + u"-wal"_s));
}

TEST(JournalRefuses, ATextFile)
{
    test::TempJournal temp;
    const QString path = temp.file(u"notes.md"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# 2025년 회고\n\n잘한 점: 꾸준한 조깅\n");
    file.close();
    expectRefusedUntouched(path, u"not an SQLite database"_s);
}

TEST(JournalRefuses, RandomBytes)
{
    test::TempJournal temp;
    const QString path = temp.file(u"random.bin"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    QByteArray bytes;
    quint32 state = 12345;
    for (int i = 0; i < 8192; ++i) {
        state = state * 1664525u + 1013904223u;
        bytes.append(char(state >> 24));
    }
    file.write(bytes);
    file.close();
    expectRefusedUntouched(path, u"not a Hoego journal"_s);
}

TEST(JournalRefuses, AnotherProgramsDatabase)
{
    test::TempJournal temp;
    const QString path = temp.file(u"other.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE bookmarks (url TEXT)"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    expectRefusedUntouched(path, u"another program"_s);
}

TEST(JournalRefuses, ANewerSchema)
{
    test::TempJournal temp;
    const QString path = writeSmallJournal(temp);
    setUserVersion(path, Schema::currentVersion() + 1);
    expectRefusedUntouched(path, u"made by a newer Hoego"_s);
}

TEST(JournalRefuses, ADamagedFile)
{
    test::TempJournal temp;
    const QString path = writeSmallJournal(temp);
    // Let the clock move on: file times have the kernel's tick resolution, and a change within the
    // tick of Hoego's own last close would look like the file Hoego left.
    QThread::msleep(20);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 8 * 4096);
    // Scribble over a page in the middle: the file header stays valid, that page's b-tree header does not.
    file.seek(5 * 4096);
    file.write(QByteArray(600, '\x5a'));
    file.close();
    expectRefusedUntouched(path, u"damaged"_s);
}

TEST(JournalRefuses, AnEmptyFile)
{
    test::TempJournal temp;
    const QString path = temp.file(u"empty.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    expectRefusedUntouched(path, u"empty file"_s);
}

TEST(JournalLock, IsReleasedWhenTheJournalCloses)
{
    test::TempJournal temp;
    { auto first = Journal::open(temp.path(), Journal::OpenMode::CreateIfMissing); ASSERT_TRUE(first.ok()); }
    auto again = Journal::open(temp.path(), Journal::OpenMode::ExistingOnly);
    EXPECT_TRUE(again.ok()) << again.error().message.toStdString();
}

TEST(JournalFile, IsOneSelfContainedFileAfterClosing)
{
    test::TempJournal temp;
    writeSmallJournal(temp);
    EXPECT_FALSE(QFileInfo::exists(temp.path() + u"-wal"_s) && QFileInfo(temp.path() + u"-wal"_s).size() > 0)
        << "the WAL is folded back on close, so copying the journal file copies everything";
}

TEST(JournalRefuses, ADamagedFileEvenIfItWasOnceVerified)
{
    test::TempJournal temp;
    const QString path = writeSmallJournal(temp);
    { auto verified = Journal::open(path, Journal::OpenMode::ExistingOnly); ASSERT_TRUE(verified.ok()); }
    { auto fast = Journal::open(path, Journal::OpenMode::ExistingOnly); ASSERT_TRUE(fast.ok()) << "unchanged: opens"; }
    QThread::msleep(20);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(6 * 4096);
    file.write(QByteArray(512, '\x33'));
    file.close();
    expectRefusedUntouched(path, u"damaged"_s);
}

} // namespace
