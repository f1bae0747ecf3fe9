// Kills `hoego backup` with SIGKILL while it writes a backup of a large journal, and checks that the
// journal is intact and that no half-written backup is ever listed or left under a backup's name.
#include "backup/backupstore.h"
#include "journal/attachmentstore.h"
#include "journal/journal.h"
#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

// About 60 MB: attachments of incompressible bytes, so that VACUUM INTO takes a while to copy.
void fillLargeJournal(const QString &path)
{
    auto journal = Journal::open(path, Journal::OpenMode::CreateIfMissing);
    ASSERT_TRUE(journal.ok()) << journal.error().message.toStdString();
    const qint64 entry = addEntry(**journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"사진이 많은 한 해였다. 제주 한 달 살기 사진을 모두 붙였다."_s);
    AttachmentStore attachments(**journal);
    QRandomGenerator random(2025);
    for (int i = 0; i < 30; ++i) {
        QByteArray bytes(2 * 1024 * 1024, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
        ASSERT_TRUE(attachments.add(entry, bytes, u"image/jpeg"_s, u"jeju-%1.jpg"_s.arg(i)).ok());
    }
}

class KillBackup : public ::testing::Test
{
protected:
    void SetUp() override
    {
        fillLargeJournal(m_temp.path());
        m_environment.insert(u"XDG_DATA_HOME"_s, m_temp.file(u"data"_s));
        m_backupFolder = BackupSettings{.folder = m_temp.file(u"data/hoego/backups"_s)}.folderFor(m_temp.path());
    }

    // Starts `hoego backup ARGS` and kills it once its partial file exists (mid-way through VACUUM
    // INTO) or, on later rounds, after a random moment. Returns whether it was killed before finishing.
    bool killMidway(const QStringList &arguments, const QString &partialFolder, int round)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.insert(m_environment);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(HOEGO_BINARY), QStringList{u"backup"_s, u"--journal"_s, m_temp.path()} + arguments);
        EXPECT_TRUE(process.waitForStarted());
        QElapsedTimer clock;
        clock.start();
        const qint64 extraDelay = round == 0 ? 0 : QRandomGenerator::global()->bounded(400);
        while (process.state() == QProcess::Running && clock.elapsed() < 30000) {
            const bool partialExists = !QDir(partialFolder).entryList({u".partial-*"_s}, QDir::Files | QDir::Hidden).isEmpty();
            if (partialExists) {
                QTest::qSleep(int(extraDelay));
                break;
            }
            QTest::qSleep(2);
        }
        const bool killed = process.state() == QProcess::Running;
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished();
        return killed;
    }

    void expectJournalIntact()
    {
        EXPECT_TRUE(BackupStore::verify(m_temp.path()).ok());
        const CliRun run = runHoego({u"list"_s, u"--json"_s, u"--journal"_s, m_temp.path()}, {}, m_environment);
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(run.json().array().size(), 1);
    }

    TempJournal m_temp;
    QProcessEnvironment m_environment;
    QString m_backupFolder;
};

TEST_F(KillBackup, KilledBackupLeavesTheJournalIntactAndNoHalfBackupListed)
{
    int killedMidway = 0;
    for (int round = 0; round < 3; ++round) {
        killedMidway += killMidway({}, m_backupFolder, round) ? 1 : 0;
        expectJournalIntact();
        const CliRun listed = runHoego({u"backup"_s, u"--list"_s, u"--json"_s, u"--journal"_s, m_temp.path()}, {}, m_environment);
        ASSERT_EQ(listed.exitCode, 0) << listed.err.toStdString();
        for (const QJsonValue &backup : listed.json().array()) {
            EXPECT_TRUE(BackupStore::verify(backup[u"file"_s].toString()).ok()) << "a listed backup is half-written";
            EXPECT_EQ(backup[u"entries"_s].toInt(), 1);
        }
    }
    EXPECT_GE(killedMidway, 1) << "the backup always finished before the kill: the journal is too small to test this";

    // The next backup clears what the killed ones left and is whole.
    const CliRun run = runHoego({u"backup"_s, u"--json"_s, u"--journal"_s, m_temp.path()}, {}, m_environment);
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(BackupStore::verify(run.json().object().value(u"file"_s).toString()).ok());
    EXPECT_TRUE(QDir(m_backupFolder).entryList({u".partial-*"_s}, QDir::Files | QDir::Hidden).isEmpty());
}

TEST_F(KillBackup, KilledBackupToAFileNeverLeavesAHalfFileUnderItsName)
{
    const QString target = m_temp.file(u"usb/hoego-backup.sqlite"_s);
    ASSERT_TRUE(QDir().mkpath(m_temp.file(u"usb"_s)));
    ASSERT_TRUE(killMidway({u"-o"_s, target}, m_temp.file(u"usb"_s), 0)) << "the backup finished before the kill";
    expectJournalIntact();
    EXPECT_FALSE(QFile::exists(target)) << "a half backup under the name the user asked for";
}

} // namespace
