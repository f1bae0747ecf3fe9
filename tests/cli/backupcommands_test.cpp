#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLockFile>

using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

// A journal with two entries written by hoego; backups in the test's own folder.
class BackupCommands : public ::testing::Test
{
protected:
    void SetUp() override
    {
        // Backups go to $XDG_DATA_HOME/hoego/backups by default: the test's own folder.
        m_environment.insert(u"XDG_DATA_HOME"_s, m_temp.file(u"data"_s));
        for (const QString &title : {u"2024년 회고"_s, u"2025년 회고"_s}) {
            const CliRun run = hoego({u"new"_s, u"--kind"_s, u"year"_s, u"--period"_s, title.left(4), u"--title"_s, title,
                                      u"--body-file"_s, u"-"_s},
                                     u"올해 목표였던 책 12권 중 9권을 읽었고, 서평은 네 편 남겼다.\n"_s.toUtf8());
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        }
    }

    CliRun hoego(QStringList arguments, const QByteArray &input = {})
    {
        arguments << u"--journal"_s << m_temp.path();
        return runHoego(arguments, input, m_environment);
    }

    QStringList titles()
    {
        QStringList result;
        const CliRun run = hoego({u"list"_s, u"--json"_s});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        for (const QJsonValue &entry : run.json().array())
            result << entry[u"title"_s].toString();
        return result;
    }

    QJsonArray backups()
    {
        const CliRun run = hoego({u"backup"_s, u"--list"_s, u"--json"_s});
        EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
        return run.json().array();
    }

    TempJournal m_temp;
    QProcessEnvironment m_environment;
};

TEST_F(BackupCommands, BackupGoesToTheBackupFolderAndIsListed)
{
    const CliRun run = hoego({u"backup"_s, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString file = run.json().object().value(u"file"_s).toString();
    EXPECT_TRUE(file.startsWith(m_temp.file(u"data/hoego/backups/hoego-"_s))) << file.toStdString();
    EXPECT_TRUE(file.endsWith(u"-manual.sqlite"_s));
    EXPECT_EQ(QFileInfo(file).permissions() & 0x0077, 0);
    const QJsonArray listed = backups();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0)[u"file"_s].toString(), file);
    EXPECT_EQ(listed.at(0)[u"kind"_s].toString(), u"manual"_s);
    EXPECT_EQ(listed.at(0)[u"entries"_s].toInt(), 2);
}

TEST_F(BackupCommands, BackupToAFileIsACompleteJournal)
{
    const QString target = m_temp.file(u"2025-연말-백업.sqlite"_s);
    const CliRun run = hoego({u"backup"_s, u"-o"_s, target, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().object().value(u"file"_s).toString(), target);
    const CliRun listed = runHoego({u"list"_s, u"--json"_s, u"--journal"_s, target}, {}, m_environment);
    EXPECT_EQ(listed.exitCode, 0) << listed.err.toStdString();
    EXPECT_EQ(listed.json().array().size(), 2);
    EXPECT_TRUE(QDir(m_temp.folder()).entryList({u".partial-*"_s}, QDir::Hidden | QDir::Files).isEmpty());
}

TEST_F(BackupCommands, BackupOfAMissingJournalExits3)
{
    const CliRun run = runHoego({u"backup"_s, u"--journal"_s, m_temp.file(u"없는.sqlite"_s)}, {}, m_environment);
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_FALSE(QFileInfo::exists(m_temp.file(u"없는.sqlite"_s)));
}

TEST_F(BackupCommands, BackupThatCannotBeWrittenExits5AndLeavesNothing)
{
    const CliRun missingFolder = hoego({u"backup"_s, u"-o"_s, m_temp.file(u"no/such/folder/b.sqlite"_s)});
    EXPECT_EQ(missingFolder.exitCode, 5) << missingFolder.err.toStdString();
    EXPECT_TRUE(missingFolder.err.contains(u"does not exist"_s));

    // A folder no one may create files in, not even root (tests run as root in the build root).
    const CliRun run = hoego({u"backup"_s, u"-o"_s, u"/proc/hoego-backup-test.sqlite"_s});
    EXPECT_EQ(run.exitCode, 5) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
}

TEST_F(BackupCommands, BackupOptionsThatDoNotGoTogetherAreBadUsage)
{
    EXPECT_EQ(hoego({u"backup"_s, u"--list"_s, u"-o"_s, m_temp.file(u"x.sqlite"_s)}).exitCode, 2);
    EXPECT_EQ(hoego({u"backup"_s, u"-o"_s, m_temp.path()}).exitCode, 2);
    EXPECT_EQ(hoego({u"restore"_s}).exitCode, 2);
}

TEST_F(BackupCommands, RestoreBringsBackTheBackupAndKeepsTheJournalBefore)
{
    const CliRun made = hoego({u"backup"_s, u"--json"_s});
    ASSERT_EQ(made.exitCode, 0);
    const QString backup = made.json().object().value(u"file"_s).toString();
    ASSERT_EQ(hoego({u"delete"_s, u"1"_s}).exitCode, 0);
    ASSERT_EQ(titles(), QStringList{u"2025년 회고"_s});

    const CliRun run = hoego({u"restore"_s, backup, u"--json"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().object().value(u"file"_s).toString(), QFileInfo(m_temp.path()).absoluteFilePath());
    EXPECT_EQ(titles(), (QStringList{u"2025년 회고"_s, u"2024년 회고"_s}));
    QStringList kinds;
    for (const QJsonValue &listed : backups())
        kinds << listed[u"kind"_s].toString();
    EXPECT_TRUE(kinds.contains(u"before-restore"_s)) << kinds.join(u' ').toStdString();
}

TEST_F(BackupCommands, UnusableBackupsAreRefusedWithExit4AndChangeNothing)
{
    const QString damaged = m_temp.file(u"damaged.sqlite"_s);
    ASSERT_EQ(hoego({u"backup"_s, u"-o"_s, damaged}).exitCode, 0);
    QFile file(damaged);
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    file.seek(4096);
    file.write(QByteArray(2000, '\x11'));
    file.close();
    QFile text(m_temp.file(u"회고.md"_s));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write(u"# 2025년 회고\n\nKeep: 아침 달리기\n"_s.toUtf8());
    text.close();

    const QByteArray before = fileBytes(m_temp.path());
    for (const QString &bad : {damaged, text.fileName(), m_temp.file(u"없는-백업.sqlite"_s), m_temp.folder()}) {
        const CliRun run = hoego({u"restore"_s, bad});
        EXPECT_EQ(run.exitCode, 4) << bad.toStdString() << ": " << run.err.toStdString();
        EXPECT_TRUE(run.out.isEmpty());
        EXPECT_EQ(fileBytes(m_temp.path()), before) << bad.toStdString();
    }
    EXPECT_TRUE(backups().isEmpty()) << "a refused restore makes no before-restore backup";
}

TEST_F(BackupCommands, RestoreIsRefusedWhileAnotherProcessHoldsTheJournal)
{
    const CliRun made = hoego({u"backup"_s, u"--json"_s});
    ASSERT_EQ(made.exitCode, 0);
    QLockFile lock(m_temp.path() + u".lock"_s);
    lock.setStaleLockTime(0);
    ASSERT_TRUE(lock.tryLock(0));
    const QByteArray before = fileBytes(m_temp.path());
    const CliRun run = hoego({u"restore"_s, made.json().object().value(u"file"_s).toString()});
    EXPECT_EQ(run.exitCode, 3);
    EXPECT_TRUE(run.err.contains(u"in use by another Hoego"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"process %1"_s.arg(QCoreApplication::applicationPid()))) << run.err.toStdString();
    EXPECT_EQ(fileBytes(m_temp.path()), before);
}

TEST_F(BackupCommands, DeleteKeepsTheJournalBeforeItInABackup)
{
    const CliRun run = hoego({u"delete"_s, u"1"_s});
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QJsonArray listed = backups();
    ASSERT_EQ(listed.size(), 1);
    EXPECT_EQ(listed.at(0)[u"kind"_s].toString(), u"before-delete"_s);
    EXPECT_EQ(listed.at(0)[u"entries"_s].toInt(), 2);
    EXPECT_TRUE(run.out.contains(listed.at(0)[u"file"_s].toString())) << "the message says where: " << run.out.toStdString();
}

TEST_F(BackupCommands, DeleteWithoutABackupDeletesNothing)
{
    // The backup folder cannot be made: a file stands where it would be.
    ASSERT_TRUE(QDir().mkpath(m_temp.file(u"data/hoego"_s)));
    QFile blocker(m_temp.file(u"data/hoego/backups"_s));
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CliRun run = hoego({u"delete"_s, u"1"_s, u"--json"_s});
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_TRUE(run.err.contains(u"was not deleted"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_EQ(titles().size(), 2);
}

} // namespace
