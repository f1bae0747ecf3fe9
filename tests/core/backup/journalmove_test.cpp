// The last step of Move Journal…: the backups follow the journal and the old file goes, but only
// once the copy is known to be sound and nobody has the old journal open.
#include "backup/backupstore.h"
#include "backup/journalmove.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class FinishJournalMoveTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_settings.folder = m_temp.file(u"backups"_s);
        auto journal = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(journal.ok());
        test::addEntry(**journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"Keep: 매주 금요일 회고 30분은 계속한다."_s);
        auto made = BackupStore(m_temp.path(), m_settings).make(**journal, BackupKind::Quit);
        ASSERT_TRUE(made.ok()) << made.error().message.toStdString();
        ASSERT_TRUE(QDir().mkpath(QFileInfo(newPath()).path()));
        ASSERT_TRUE(BackupStore::writeSnapshot((*journal)->database(), newPath()).ok());
    }

    QString newPath() const { return m_temp.file(u"동기화 폴더/hoego.sqlite"_s); }

    test::TempJournal m_temp;
    BackupSettings m_settings;
};

TEST_F(FinishJournalMoveTest, TheBackupsFollowAndTheOldFileGoes)
{
    ASSERT_TRUE(finishJournalMove(m_temp.path(), newPath(), m_settings).ok());

    EXPECT_FALSE(QFileInfo::exists(m_temp.path()));
    EXPECT_FALSE(QFileInfo::exists(m_temp.path() + u".lock"_s));
    const QList<BackupInfo> backups = BackupStore(newPath(), m_settings).list();
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(backups.first().kind, BackupKind::Quit);
    EXPECT_EQ(BackupStore::entryCount(backups.first().path), 1);
    EXPECT_TRUE(BackupStore(m_temp.path(), m_settings).list().isEmpty());

    auto moved = Journal::open(newPath(), Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(moved.ok()) << moved.error().message.toStdString();
    EXPECT_EQ(EntryStore(**moved).list()->size(), 1);
}

TEST_F(FinishJournalMoveTest, ADamagedCopyKeepsTheOldJournal)
{
    const QByteArray before = test::fileBytes(m_temp.path());
    QFile copy(newPath());
    ASSERT_TRUE(copy.open(QIODevice::ReadWrite));
    copy.seek(4096);
    copy.write(QByteArray(8192, '\x5a'));
    copy.close();

    Status finished = finishJournalMove(m_temp.path(), newPath(), m_settings);
    ASSERT_FALSE(finished.ok());
    EXPECT_TRUE(finished.error().message.contains(u"was kept"_s)) << finished.error().message.toStdString();
    EXPECT_EQ(test::fileBytes(m_temp.path()), before);
    EXPECT_EQ(BackupStore(m_temp.path(), m_settings).list().size(), 1);
}

TEST_F(FinishJournalMoveTest, AnOldJournalStillOpenIsNotRemoved)
{
    auto stillOpen = Journal::open(m_temp.path(), Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(stillOpen.ok());

    Status finished = finishJournalMove(m_temp.path(), newPath(), m_settings);
    ASSERT_FALSE(finished.ok());
    EXPECT_EQ(finished.error().kind, Error::Kind::JournalUnusable);
    EXPECT_TRUE(QFileInfo::exists(m_temp.path()));
    EXPECT_EQ(BackupStore(m_temp.path(), m_settings).list().size(), 1);
}

} // namespace
