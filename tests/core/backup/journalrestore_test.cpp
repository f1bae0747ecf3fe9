#include "backup/backupstore.h"
#include "backup/journalrestore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/schema.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// A journal with one entry, backed up, then changed: restoring must bring back the backed-up state.
class RestoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_settings.folder = m_temp.file(u"backups"_s);
        auto journal = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(journal.ok());
        test::addEntry(**journal, EntryKind::Year, u"2024"_s, u"2024년 회고"_s, u"첫 해외 학회 발표를 무사히 마쳤다."_s);
        BackupStore backups(m_temp.path(), m_settings);
        auto made = backups.make(**journal, BackupKind::Manual);
        ASSERT_TRUE(made.ok());
        m_backup = made->path;
        test::addEntry(**journal, EntryKind::Note, u"2025"_s, u"백업 뒤에 쓴 메모"_s, u"이 메모는 복원하면 사라지고 복원 전 백업에 남아야 한다."_s);
    }

    int entriesInJournal()
    {
        auto journal = Journal::open(m_temp.path(), Journal::OpenMode::ExistingOnly);
        EXPECT_TRUE(journal.ok()) << journal.error().message.toStdString();
        return journal.ok() ? int(EntryStore(**journal).list()->size()) : -1;
    }

    test::TempJournal m_temp;
    BackupSettings m_settings;
    QString m_backup;
};

TEST_F(RestoreTest, ReplacesTheJournalAndKeepsTheOldOneFirst)
{
    ASSERT_EQ(entriesInJournal(), 2);
    BackupStore backups(m_temp.path(), m_settings);
    auto restored = restoreJournal(m_temp.path(), m_backup, backups);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_EQ(restored->journalPath, QFileInfo(m_temp.path()).absoluteFilePath());
    EXPECT_EQ(entriesInJournal(), 1);
    ASSERT_TRUE(restored->before.has_value());
    EXPECT_EQ(restored->before->kind, BackupKind::BeforeRestore);
    EXPECT_EQ(BackupStore::entryCount(restored->before->path), 2) << "the note written after the backup is kept";
    EXPECT_EQ(QFileInfo(m_temp.path()).permissions() & 0x0077, 0);
    EXPECT_FALSE(QFileInfo::exists(m_temp.path() + u"-wal"_s) && QFileInfo(m_temp.path() + u"-wal"_s).size() > 0);
}

TEST_F(RestoreTest, DamagedBackupIsRefusedAndTheJournalStaysByteIdentical)
{
    QFile file(m_backup);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(4096);
    file.write(QByteArray(1500, '\x33'));
    file.close();
    const QByteArray before = test::fileBytes(m_temp.path());
    const int backupsBefore = int(BackupStore(m_temp.path(), m_settings).list().size());
    BackupStore backups(m_temp.path(), m_settings);
    auto restored = restoreJournal(m_temp.path(), m_backup, backups);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().kind, Error::Kind::InputUnreadable);
    EXPECT_TRUE(restored.error().message.contains(u"damaged"_s)) << restored.error().message.toStdString();
    EXPECT_EQ(test::fileBytes(m_temp.path()), before);
    EXPECT_EQ(backups.list().size(), backupsBefore) << "no before-restore backup for a refused restore";
}

TEST_F(RestoreTest, ForeignFileIsRefused)
{
    QFile text(m_temp.file(u"2024-회고.md"_s));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(u"# 2024년 회고\n\n잘한 점: 발표\n"_s.toUtf8().repeated(200));
    text.close();
    const QByteArray before = test::fileBytes(m_temp.path());
    BackupStore backups(m_temp.path(), m_settings);
    auto restored = restoreJournal(m_temp.path(), text.fileName(), backups);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().kind, Error::Kind::InputUnreadable);
    EXPECT_TRUE(restored.error().message.contains(u"not a Hoego journal"_s));
    EXPECT_EQ(test::fileBytes(m_temp.path()), before);
}

TEST_F(RestoreTest, RefusedWhileTheJournalIsOpen)
{
    auto journal = Journal::open(m_temp.path(), Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(journal.ok());
    BackupStore backups(m_temp.path(), m_settings);
    auto restored = restoreJournal(m_temp.path(), m_backup, backups);
    ASSERT_FALSE(restored.ok());
    EXPECT_EQ(restored.error().kind, Error::Kind::JournalUnusable);
    EXPECT_TRUE(restored.error().message.contains(u"in use by another Hoego"_s)) << restored.error().message.toStdString();
    EXPECT_EQ(EntryStore(**journal).list()->size(), 2);
}

TEST_F(RestoreTest, RestoresWhereThereIsNoJournalYet)
{
    const QString fresh = m_temp.file(u"new-home/hoego.sqlite"_s);
    BackupStore backups(fresh, m_settings);
    auto restored = restoreJournal(fresh, m_backup, backups);
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    EXPECT_FALSE(restored->before.has_value());
    auto journal = Journal::open(fresh, Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(journal.ok());
    EXPECT_EQ(EntryStore(**journal).list()->size(), 1);
}

// Journal::open backs a journal up before migrating it, into the folder of the application's settings.
class BeforeMigration : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_copy = m_temp.file(u"v1.sqlite"_s);
        ASSERT_TRUE(QFile::copy(QStringLiteral(HOEGO_TEST_DATA "/journals/v1.sqlite"), m_copy));
        QFile::setPermissions(m_copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    void TearDown() override { QSettings().remove(u"backup/folder"_s); }

    void useBackupFolder(const QString &folder)
    {
        QSettings settings;
        settings.setValue(u"backup/folder"_s, folder);
        settings.sync();
    }

    test::TempJournal m_temp;
    QString m_copy;
};

TEST_F(BeforeMigration, TheV1JournalIsBackedUpAsItWasThenMigrated)
{
    useBackupFolder(m_temp.file(u"backups"_s));
    const QByteArray original = test::fileBytes(m_copy);
    auto journal = Journal::open(m_copy, Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(journal.ok()) << journal.error().message.toStdString();
    EXPECT_EQ((*journal)->schemaVersion(), Schema::currentVersion());

    const QList<BackupInfo> backups = BackupStore(m_copy).list();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().kind, BackupKind::BeforeMigration);
    EXPECT_TRUE(BackupStore::verify(backups.first().path).ok());
    EXPECT_EQ(BackupStore::entryCount(backups.first().path), 2);
    // Still format 1: the backup opens in the Hoego that made the journal.
    const QByteArray header = test::fileBytes(backups.first().path).mid(60, 4);
    EXPECT_EQ(header, test::fileBytes(QStringLiteral(HOEGO_TEST_DATA "/journals/v1.sqlite")).mid(60, 4));
    EXPECT_NE(test::fileBytes(m_copy), original);
}

TEST_F(BeforeMigration, WithoutABackupTheJournalIsNotMigratedNorTouched)
{
    QFile blocker(m_temp.file(u"a-file-not-a-folder"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    useBackupFolder(blocker.fileName());
    const QByteArray original = test::fileBytes(m_copy);
    auto journal = Journal::open(m_copy, Journal::OpenMode::ExistingOnly);
    ASSERT_FALSE(journal.ok());
    EXPECT_EQ(journal.error().kind, Error::Kind::JournalUnusable);
    EXPECT_TRUE(journal.error().message.contains(u"could not be backed up first"_s)) << journal.error().message.toStdString();
    EXPECT_EQ(test::fileBytes(m_copy), original);
    EXPECT_FALSE(QFileInfo::exists(m_copy + u"-wal"_s));
}

} // namespace
