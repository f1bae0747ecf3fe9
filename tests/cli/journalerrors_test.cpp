#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>

using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

// A journal with entries, made by hoego itself and closed.
class JournalErrors : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const QString &title : {u"2024년 회고"_s, u"2025년 회고"_s}) {
            const CliRun run = runHoego({u"--journal"_s, m_temp.path(), u"new"_s, u"--kind"_s, u"year"_s, u"--period"_s,
                                         title.left(4), u"--title"_s, title, u"--body-file"_s, u"-"_s},
                                        u"올해도 꾸준히 달렸다. "_s.repeated(200).toUtf8());
            ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        }
    }

    // Every command on `path` exits 3 with a message containing `words`, and leaves the file as it was.
    void expectEveryCommandRefuses(const QString &path, const QString &words)
    {
        const QByteArray before = fileBytes(path);
        const QList<QStringList> commands = {
            {u"list"_s}, {u"show"_s, u"1"_s}, {u"search"_s, u"회고"_s}, {u"stats"_s, u"1"_s}, {u"delete"_s, u"1"_s},
            {u"new"_s, u"--kind"_s, u"note"_s, u"--period"_s, u"2025"_s, u"--title"_s, u"새 글"_s},
        };
        for (QStringList command : commands) {
            command << u"--journal"_s << path;
            const CliRun run = runHoego(command);
            EXPECT_EQ(run.exitCode, 3) << command.join(u' ').toStdString() << ": " << run.err.toStdString();
            EXPECT_TRUE(run.err.contains(words)) << run.err.toStdString();
            EXPECT_TRUE(run.out.isEmpty());
            EXPECT_EQ(fileBytes(path), before) << command.join(u' ').toStdString() << " changed the file";
        }
    }

    TempJournal m_temp;
};

TEST_F(JournalErrors, DamagedJournalIsRefusedUntouched)
{
    QFile file(m_temp.path());
    ASSERT_TRUE(file.open(QIODevice::ReadWrite));
    // Scribble over the b-tree header of page 2 (the first table): the file header stays valid.
    ASSERT_GT(file.size(), 2 * 4096);
    file.seek(4096);
    file.write(QByteArray(1000, '\x7f'));
    file.close();
    expectEveryCommandRefuses(m_temp.path(), u"damaged"_s);
}

TEST_F(JournalErrors, ForeignDatabaseIsRefusedUntouched)
{
    const QString path = m_temp.file(u"places.sqlite"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(u"CREATE TABLE places (url TEXT, title TEXT)"_s);
        QSqlQuery(db).exec(u"INSERT INTO places VALUES ('https://example.org', '예시')"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"foreign"_s);
    expectEveryCommandRefuses(path, u"not a Hoego journal"_s);
}

TEST_F(JournalErrors, TextFileIsRefusedUntouched)
{
    QFile file(m_temp.file(u"retro.md"_s));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(u"# 2025년 회고\n\n- 잘한 점: 꾸준함\n"_s.toUtf8());
    file.close();
    expectEveryCommandRefuses(file.fileName(), u"not a Hoego journal"_s);
}

TEST_F(JournalErrors, NewerJournalIsRefusedUntouched)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(m_temp.path());
        ASSERT_TRUE(db.open());
        QSqlQuery(db).exec(u"PRAGMA journal_mode = DELETE"_s);
        QSqlQuery(db).exec(u"PRAGMA user_version = 99"_s);
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    expectEveryCommandRefuses(m_temp.path(), u"made by a newer Hoego"_s);
}

// Another Hoego (the window, on the offscreen platform) holds the journal.
QProcess *startWindow(const QString &journal)
{
    auto *window = new QProcess;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    window->setProcessEnvironment(environment);
    window->start(QStringLiteral(HOEGO_BINARY), {u"--journal"_s, journal});
    window->waitForStarted();
    // The lock file appears once the journal is open.
    for (int i = 0; i < 200 && !QFile::exists(journal + u".lock"_s); ++i)
        QTest::qWait(25);
    return window;
}

TEST_F(JournalErrors, JournalInUseIsRefusedNamingTheOtherProcess)
{
    std::unique_ptr<QProcess> window(startWindow(m_temp.path()));
    ASSERT_TRUE(QFile::exists(m_temp.path() + u".lock"_s));
    expectEveryCommandRefuses(m_temp.path(), u"in use by another Hoego"_s);
    const CliRun run = runHoego({u"list"_s, u"--journal"_s, m_temp.path()});
    EXPECT_TRUE(run.err.contains(u"process %1"_s.arg(window->processId()))) << run.err.toStdString();
    window->terminate();
    window->waitForFinished();
}

TEST_F(JournalErrors, LockOfAKilledHoegoIsTakenOver)
{
    std::unique_ptr<QProcess> window(startWindow(m_temp.path()));
    ASSERT_TRUE(QFile::exists(m_temp.path() + u".lock"_s));
    ::kill(pid_t(window->processId()), SIGKILL);
    window->waitForFinished();
    ASSERT_TRUE(QFile::exists(m_temp.path() + u".lock"_s)) << "a killed process leaves its lock behind";
    const CliRun run = runHoego({u"list"_s, u"--json"_s, u"--journal"_s, m_temp.path()});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().array().size(), 2) << "nothing written before the kill is lost";
}

} // namespace
