// Kills the running app with SIGKILL while a person types into it (xdotool on an Xvfb display) and
// checks that at most the last ~2 seconds of typing are lost and that the journal is intact.
#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

#include <csignal>

using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

// A virtual X display for the duration of a test.
class VirtualDisplay
{
public:
    VirtualDisplay()
    {
        for (int number = 90 + int(QCoreApplication::applicationPid() % 50); number < 400; ++number) {
            if (QFile::exists(u"/tmp/.X11-unix/X%1"_s.arg(number)) || QFile::exists(u"/tmp/.X%1-lock"_s.arg(number)))
                continue;
            m_server.start(u"Xvfb"_s, {u":%1"_s.arg(number), u"-screen"_s, u"0"_s, u"1280x800x24"_s, u"-nolisten"_s, u"tcp"_s});
            if (!m_server.waitForStarted())
                return;
            for (int i = 0; i < 100 && !QFile::exists(u"/tmp/.X11-unix/X%1"_s.arg(number)); ++i)
                QTest::qWait(50);
            m_name = u":%1"_s.arg(number);
            return;
        }
    }
    ~VirtualDisplay()
    {
        m_server.terminate();
        m_server.waitForFinished(3000);
    }
    QString name() const { return m_name; }

private:
    QProcess m_server;
    QString m_name;
};

int xdotool(const QString &display, const QStringList &arguments, QString *output = nullptr)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"DISPLAY"_s, display);
    process.setProcessEnvironment(environment);
    process.start(u"xdotool"_s, arguments);
    process.waitForFinished(20000);
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return process.exitCode();
}

// What was typed, and when each piece was finished.
struct TypedPiece {
    QString text;
    qint64 finishedAt = 0; // ms since typing started
};

bool journalIsIntact(const QString &path)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(u"PRAGMA integrity_check"_s) && query.next() && query.value(0).toString() == u"ok"_s;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"check"_s);
    return ok;
}

TEST(DataSafety, KillingTheAppWhileTypingLosesAtMostTheLastTwoSeconds)
{
    if (QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty() || QStandardPaths::findExecutable(u"xdotool"_s).isEmpty())
        GTEST_SKIP() << "needs Xvfb and xdotool (both in packaging/deps.txt)";
    VirtualDisplay display;
    ASSERT_FALSE(display.name().isEmpty()) << "Xvfb did not start";

    TempJournal temp;
    const CliRun created = runHoego({u"--journal"_s, temp.path(), u"new"_s, u"--json"_s, u"--kind"_s, u"year"_s, u"--period"_s,
                                     u"2025"_s, u"--title"_s, u"2025년 회고"_s, u"--body-file"_s, u"-"_s},
                                    u"# 2025년 회고\n"_s.toUtf8());
    ASSERT_EQ(created.exitCode, 0) << created.err.toStdString();
    const QString id = QString::number(created.json().object().value(u"id"_s).toInteger());

    QString expectedBody = u"# 2025년 회고\n"_s;
    for (int round = 1; round <= 3; ++round) {
        QProcess app;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DISPLAY"_s, display.name());
        environment.remove(u"QT_QPA_PLATFORM"_s);
        app.setProcessEnvironment(environment);
        app.start(QStringLiteral(HOEGO_BINARY), {u"--journal"_s, temp.path(), u"--open"_s, id});
        ASSERT_TRUE(app.waitForStarted());
        QString window;
        ASSERT_EQ(xdotool(display.name(), {u"search"_s, u"--sync"_s, u"--onlyvisible"_s, u"--name"_s, u"Hoego"_s}, &window), 0);
        window = window.section(u'\n', 0, 0);
        xdotool(display.name(), {u"windowfocus"_s, u"--sync"_s, window});
        QTest::qWait(300);

        // Type pieces of a retrospective for a few seconds, then kill the app mid-sentence.
        QList<TypedPiece> pieces;
        QElapsedTimer clock;
        clock.start();
        const qint64 killAt = 3000 + QRandomGenerator::global()->bounded(1500);
        for (int piece = 0; clock.elapsed() < killAt; ++piece) {
            // ASCII: xdotool types characters outside the keymap by remapping a key per character,
            // which drops characters on a busy machine; Hangul typing is tested with input-method
            // events in the UI tests.
            const QString text = u" round %1 sentence %2: Keep running."_s.arg(round).arg(piece);
            xdotool(display.name(), {u"type"_s, u"--delay"_s, u"15"_s, text});
            pieces << TypedPiece{text, clock.elapsed()};
        }
        ::kill(pid_t(app.processId()), SIGKILL);
        const qint64 killedAt = clock.elapsed();
        app.waitForFinished();

        const CliRun shown = runHoego({u"--journal"_s, temp.path(), u"show"_s, id, u"--json"_s});
        ASSERT_EQ(shown.exitCode, 0) << "the lock of the killed app is taken over: " << shown.err.toStdString();
        const QString body = shown.json().object().value(u"body"_s).toString();

        QString typed;
        for (const TypedPiece &piece : pieces) {
            typed += piece.text;
            if (killedAt - piece.finishedAt >= 2000) {
                EXPECT_TRUE(body.startsWith(expectedBody + typed))
                    << "round " << round << ": typed " << (killedAt - piece.finishedAt) << " ms before the kill and lost";
            }
        }
        // What was saved is exactly what was typed, up to some point: nothing garbled, nothing doubled.
        EXPECT_TRUE((expectedBody + typed).startsWith(body)) << body.toStdString();
        ASSERT_TRUE(journalIsIntact(temp.path())) << "round " << round;
        expectedBody = body;
    }
}

} // namespace
