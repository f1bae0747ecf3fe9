#include "backup/backupstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimeZone>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// A journal with two entries and a backup store in the test's own folder, with a clock the test moves.
class BackupStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"올해는 사내 검색 서비스를 Elasticsearch에서 Vespa로 옮겼다."_s);
        test::addEntry(*m_journal, EntryKind::Month, u"2025-11"_s, u"11월 회고"_s, u"매주 세 번 달리기는 두 번밖에 못 했다."_s);
        m_settings.folder = m_temp.file(u"backups"_s);
    }

    BackupStore store()
    {
        return BackupStore(m_temp.path(), m_settings, [this] { return m_now; });
    }

    QStringList kindsInFolder(BackupStore &backups)
    {
        QStringList kinds;
        for (const BackupInfo &backup : backups.list())
            kinds << backupKindName(backup.kind);
        return kinds;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    BackupSettings m_settings;
    QDateTime m_now = QDateTime(QDate(2026, 11, 24), QTime(7, 12, 33), QTimeZone::UTC);
};

TEST_F(BackupStoreTest, BackupIsAVerifiedPrivateCopyNamedByTimeAndKind)
{
    BackupStore backups = store();
    auto made = backups.make(*m_journal, BackupKind::Manual);
    ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
    EXPECT_EQ(QFileInfo(made->path).fileName(), u"hoego-2026-11-24T071233Z-manual.sqlite"_s);
    EXPECT_TRUE(made->path.startsWith(m_temp.file(u"backups/hoego-"_s)));
    EXPECT_EQ(made->time, m_now);
    EXPECT_EQ(BackupStore::entryCount(made->path), 2);
    EXPECT_TRUE(BackupStore::verify(made->path).ok());
    EXPECT_EQ(QFileInfo(made->path).permissions() & 0x0077, 0) << "readable by others";
    EXPECT_EQ(QFile::permissions(backups.folder()) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeOther), 0);
    // Nothing but the backup itself in the folder (no partial file, no -wal).
    EXPECT_EQ(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST_F(BackupStoreTest, TwoJournalsNeverShareABackupFolder)
{
    const QString other = m_temp.file(u"other/hoego.sqlite"_s);
    EXPECT_NE(m_settings.folderFor(m_temp.path()), m_settings.folderFor(other));
    EXPECT_EQ(m_settings.folderFor(m_temp.path()), m_settings.folderFor(m_temp.folder() + u"/journal/../journal/hoego.sqlite"_s));
}

TEST_F(BackupStoreTest, TwoBackupsInTheSameSecondBothStay)
{
    BackupStore backups = store();
    ASSERT_TRUE(backups.make(*m_journal, BackupKind::BeforeDelete).ok());
    auto second = backups.make(*m_journal, BackupKind::BeforeDelete);
    ASSERT_TRUE(second.ok());
    ASSERT_EQ(backups.list().size(), 2);
    EXPECT_EQ(backups.list().first().path, second->path) << "the later one is listed (and kept) first";
}

TEST(BackupSettingsKeys, LoadAndSaveUseTheDocumentedKeysAndDefaults)
{
    test::TempJournal temp;
    QSettings settings(temp.file(u"hoego.conf"_s), QSettings::IniFormat);
    EXPECT_EQ(BackupSettings::load(settings), BackupSettings{});
    settings.setValue(u"backup/folder"_s, u"/mnt/usb/회고-백업"_s);
    settings.setValue(u"backup/keepDaily"_s, 14);
    settings.setValue(u"backup/keepMonthly"_s, u"열두 개"_s); // not a number: the default
    const BackupSettings loaded = BackupSettings::load(settings);
    EXPECT_EQ(loaded.folder, u"/mnt/usb/회고-백업"_s);
    EXPECT_EQ(loaded.keepDaily, 14);
    EXPECT_EQ(loaded.keepMonthly, 12);
    EXPECT_TRUE(loaded.folderFor(u"/home/me/hoego.sqlite"_s).startsWith(u"/mnt/usb/회고-백업/hoego-"_s));

    BackupSettings changed;
    changed.keepQuit = 3;
    changed.keepBeforeChange = 2;
    changed.save(settings);
    EXPECT_EQ(BackupSettings::load(settings), changed);
}

struct RotationCase {
    const char *name;
    BackupKind kind;
    int keep;
};

class Rotation : public BackupStoreTest, public ::testing::WithParamInterface<RotationCase>
{
};

// Making one more than the count removes only the oldest of that kind; the other kinds stay.
TEST_P(Rotation, KeepsTheNewestOfItsKindAndNothingElseGoes)
{
    const RotationCase &rotation = GetParam();
    BackupStore backups = store();
    ASSERT_TRUE(backups.make(*m_journal, BackupKind::Manual).ok());
    const BackupKind otherKind = rotation.kind == BackupKind::Weekly ? BackupKind::Monthly : BackupKind::Weekly;
    ASSERT_TRUE(backups.make(*m_journal, otherKind).ok());
    EXPECT_EQ(backups.keepCount(rotation.kind), rotation.keep);
    const QDateTime first = m_now.addSecs(60);
    for (int i = 0; i < rotation.keep + 2; ++i) {
        m_now = first.addDays(i);
        ASSERT_TRUE(backups.make(*m_journal, rotation.kind).ok());
    }
    QList<QDateTime> kept;
    for (const BackupInfo &backup : backups.list()) {
        if (backup.kind == rotation.kind)
            kept << backup.time;
    }
    ASSERT_EQ(kept.size(), rotation.keep);
    EXPECT_EQ(kept.first(), m_now);
    EXPECT_EQ(kept.last(), first.addDays(2)) << "the two oldest go";
    EXPECT_EQ(kindsInFolder(backups).count(u"manual"_s), 1);
    EXPECT_EQ(kindsInFolder(backups).count(backupKindName(otherKind)), 1);
}

INSTANTIATE_TEST_SUITE_P(ByKind, Rotation,
                         ::testing::Values(RotationCase{"Quit", BackupKind::Quit, 5}, RotationCase{"Daily", BackupKind::Daily, 7},
                                           RotationCase{"Weekly", BackupKind::Weekly, 4}, RotationCase{"Monthly", BackupKind::Monthly, 12},
                                           RotationCase{"BeforeDelete", BackupKind::BeforeDelete, 10}),
                         [](const auto &info) { return std::string(info.param.name); });

TEST_F(BackupStoreTest, ManualBackupsAreNeverRotated)
{
    BackupStore backups = store();
    for (int i = 0; i < 15; ++i) {
        m_now = m_now.addSecs(3600);
        ASSERT_TRUE(backups.make(*m_journal, BackupKind::Manual).ok());
    }
    EXPECT_EQ(backups.list().size(), 15);
}

TEST_F(BackupStoreTest, CountsComeFromTheSettings)
{
    m_settings.keepDaily = 2;
    BackupStore backups = store();
    for (int i = 0; i < 4; ++i) {
        m_now = m_now.addDays(1);
        ASSERT_TRUE(backups.make(*m_journal, BackupKind::Daily).ok());
    }
    EXPECT_EQ(backups.list().size(), 2);
}

TEST_F(BackupStoreTest, QuitMakesDailyWeeklyAndMonthlyOnlyWhenDue)
{
    BackupStore backups = store();
    auto first = backups.makeOnQuit(*m_journal);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    EXPECT_EQ(first->size(), 4);
    QStringList kinds = kindsInFolder(backups);
    kinds.sort();
    EXPECT_EQ(kinds, (QStringList{u"daily"_s, u"monthly"_s, u"quit"_s, u"weekly"_s}));
    for (const BackupInfo &backup : *first)
        EXPECT_EQ(BackupStore::entryCount(backup.path), 2) << backup.path.toStdString();

    m_now = m_now.addSecs(3 * 3600); // later the same day: only a quit backup
    EXPECT_EQ(backups.dueOnQuit(), QList<BackupKind>{BackupKind::Quit});
    m_now = m_now.addDays(1); // the next day: and a daily one
    EXPECT_EQ(backups.dueOnQuit(), (QList<BackupKind>{BackupKind::Quit, BackupKind::Daily}));
    m_now = m_now.addDays(7);
    EXPECT_EQ(backups.dueOnQuit(), (QList<BackupKind>{BackupKind::Quit, BackupKind::Daily, BackupKind::Weekly}));
    m_now = m_now.addMonths(1);
    EXPECT_EQ(backups.dueOnQuit(),
              (QList<BackupKind>{BackupKind::Quit, BackupKind::Daily, BackupKind::Weekly, BackupKind::Monthly}));
}

TEST_F(BackupStoreTest, SnapshotWhileAnotherConnectionWritesHoldsOnlyCommittedEntries)
{
    const QString name = u"writer"_s;
    {
        QSqlDatabase writer = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        writer.setDatabaseName(m_temp.path());
        ASSERT_TRUE(writer.open());
        QSqlQuery query(writer);
        ASSERT_TRUE(query.exec(u"BEGIN IMMEDIATE"_s));
        ASSERT_TRUE(query.exec(u"UPDATE entries SET title = '반쯤 쓴 제목' WHERE id = 1"_s));
        ASSERT_TRUE(query.exec(uR"(INSERT INTO entries (kind, period, period_start, period_end, title, created, updated, written)
                               VALUES ('note', '2025', '2025-01-01', '2025-12-31', '커밋 안 된 메모', 'x', 'x', 'x'))"_s));

        BackupStore backups = store();
        auto made = backups.make(*m_journal, BackupKind::Manual);
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        EXPECT_TRUE(BackupStore::verify(made->path).ok());
        EXPECT_EQ(BackupStore::entryCount(made->path), 2);
        auto copy = Journal::open(made->path, Journal::OpenMode::ExistingOnly);
        ASSERT_TRUE(copy.ok()) << copy.error().message.toStdString();
        EXPECT_EQ(EntryStore(**copy).get(1)->title, u"2025년 회고"_s);
        query.exec(u"ROLLBACK"_s);
        writer.close();
    }
    QSqlDatabase::removeDatabase(name);
}

TEST_F(BackupStoreTest, UnwritableFolderFailsWithAMessageAndLeavesNothing)
{
    QFile blocker(m_temp.file(u"not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    m_settings.folder = blocker.fileName();
    BackupStore backups = store();
    auto made = backups.make(*m_journal, BackupKind::Manual);
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().kind, Error::Kind::OutputUnwritable);
    EXPECT_TRUE(made.error().message.contains(u"backup folder"_s)) << made.error().message.toStdString();
}

TEST_F(BackupStoreTest, DamagedBackupFailsVerification)
{
    BackupStore backups = store();
    auto made = backups.make(*m_journal, BackupKind::Manual);
    ASSERT_TRUE(made.ok());
    QFile file(made->path);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    ASSERT_GT(file.size(), 3 * 4096);
    file.seek(4096);
    file.write(QByteArray(1500, '\x5a'));
    file.close();
    auto checked = BackupStore::verify(made->path);
    ASSERT_FALSE(checked.ok());
    EXPECT_TRUE(checked.error().message.contains(u"damaged"_s));
}

TEST_F(BackupStoreTest, FailedSnapshotIsDeletedAndReported)
{
    // The connection cannot VACUUM (it is inside a transaction): nothing named, nothing partial left.
    BackupStore backups = store();
    QSqlDatabase db = m_journal->database();
    ASSERT_TRUE(db.transaction());
    auto made = backups.make(db, BackupKind::Manual);
    db.rollback();
    ASSERT_FALSE(made.ok());
    EXPECT_EQ(made.error().kind, Error::Kind::OutputUnwritable);
    EXPECT_TRUE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(BackupInfoNames, RoundTripAndStrangersAreIgnored)
{
    const QDateTime time(QDate(2026, 3, 29), QTime(1, 30, 5), QTimeZone::UTC);
    const QString name = BackupInfo::fileName(time, BackupKind::BeforeMigration, 3);
    EXPECT_EQ(name, u"hoego-2026-03-29T013005Z-before-migration-3.sqlite"_s);
    const auto info = BackupInfo::fromFileName(u"/b"_s, name);
    ASSERT_TRUE(info.has_value());
    EXPECT_EQ(info->kind, BackupKind::BeforeMigration);
    EXPECT_EQ(info->time, time);
    for (const QString &stranger : {u".partial-hoego-2026-03-29T013005Z-daily.sqlite-1"_s, u"hoego-2026-03-29T013005Z-yearly.sqlite"_s,
                                    u"hoego-2026-03-29T013005Z-daily.sqlite-wal"_s, u"회고.sqlite"_s})
        EXPECT_FALSE(BackupInfo::fromFileName(u"/b"_s, stranger).has_value()) << stranger.toStdString();
}

} // namespace
