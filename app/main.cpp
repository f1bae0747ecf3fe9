// hoego: the window by default; with a subcommand, the headless command line (shared/CLI.md).
#include "backup/backupstore.h"
#include "backup/journalmove.h"
#include "backup/journalrestore.h"
#include "cli/cli.h"
#include "cli/exportcommands.h"
#include "cli/output.h"
#include "common/appinfo.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "settings/uilanguage.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>
#include <QSettings>

namespace
{

// Closing the window leaves a quit backup, and a daily, weekly or monthly one when it is due.
void backUpOnQuit(const hoego::Journal &journal)
{
    hoego::BackupStore store(journal.path());
    if (auto made = store.makeOnQuit(journal); !made)
        hoego::cli::printErr(QStringLiteral("hoego: no backup was made on quit: %1\n").arg(made.error().message));
}

// Removes the old file of a moved journal and takes its backups along; says so when it cannot.
void finishMove(const QString &from, const QString &to)
{
    if (hoego::Status finished = hoego::finishJournalMove(from, to); !finished)
        QMessageBox::warning(nullptr, QObject::tr("Move Journal"), finished.error().message);
}

// Restores `backup` over the closed journal; says what happened, in a message box over `parent`.
void restoreChosenBackup(const QString &journalPath, const QString &backup, QWidget *parent)
{
    hoego::BackupStore store(journalPath);
    auto restored = hoego::restoreJournal(journalPath, backup, store);
    if (!restored) {
        QMessageBox::critical(parent, QObject::tr("The backup was not restored"), restored.error().message);
        return;
    }
    QString text = QObject::tr("The journal was restored from %1.").arg(backup);
    if (restored->before)
        text += QLatin1Char('\n') + QObject::tr("The journal as it was before is kept in %1.").arg(restored->before->path);
    QMessageBox::information(parent, QObject::tr("Backup restored"), text);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const auto window = hoego::cli::windowRequest(arguments);
    if (!window && hoego::cli::exportNeedsFonts(arguments)) {
        // A PDF is typeset with real fonts, which need a QGuiApplication; the offscreen platform
        // gives one without a display.
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        hoego::AppInfo::applyToApplication();
        return hoego::cli::run(arguments);
    }
    if (!window) {
        // Headless: no display needed, no window created.
        QCoreApplication app(argc, argv);
        hoego::AppInfo::applyToApplication();
        return hoego::cli::run(arguments);
    }

    QApplication app(argc, argv);
    hoego::AppInfo::applyToApplication();
    // Wayland compositors find the launcher entry, and so the icon, by this name (packaging/).
    QApplication::setDesktopFileName(hoego::AppInfo::applicationId());
    hoego::installUiLanguage(app, QSettings().value(QStringLiteral("ui/language")).toString());
    // Every window title ends with it: "2025년 회고 — 회고" in Korean, "2025 review — Hoego" in English.
    QApplication::setApplicationDisplayName(QObject::tr("Hoego"));

    // --journal, then HOEGO_JOURNAL, then the journal chosen in the settings, then the default one.
    QString journalPath = window->journalPath;
    if (journalPath.isEmpty() && qEnvironmentVariableIsEmpty("HOEGO_JOURNAL"))
        journalPath = QSettings().value(QStringLiteral("journal/path")).toString();
    if (journalPath.isEmpty())
        journalPath = hoego::AppInfo::defaultJournalPath();
    std::optional<qint64> entryToOpen = window->openEntry;
    QString restoreFrom;
    QString previousJournal;
    // Restoring a backup closes the window and the journal, replaces the file, and opens them again;
    // opening another journal (or moving this one) closes them and opens the other.
    for (;;) {
        if (!restoreFrom.isEmpty())
            restoreChosenBackup(journalPath, std::exchange(restoreFrom, {}), nullptr);
        auto journal = hoego::Journal::open(journalPath, hoego::Journal::OpenMode::CreateIfMissing);
        if (!journal && !previousJournal.isEmpty()) {
            // The chosen journal cannot be used: say why, and go back to the one that was open.
            QMessageBox::warning(nullptr, QObject::tr("Hoego cannot open the journal"), journal.error().message);
            QSettings().setValue(QStringLiteral("journal/path"), previousJournal);
            journalPath = std::exchange(previousJournal, {});
            continue;
        }
        if (!journal) {
            QMessageBox::critical(nullptr, QObject::tr("Hoego cannot open the journal"), journal.error().message);
            hoego::cli::printErr(QStringLiteral("hoego: %1\n").arg(journal.error().message));
            return hoego::cli::ExitJournal;
        }
        previousJournal.clear();
        int exitCode = 0;
        QString nextJournal;
        bool moved = false;
        {
            hoego::MainWindow mainWindow(**journal, std::exchange(entryToOpen, std::nullopt));
            mainWindow.show();
            exitCode = app.exec();
            restoreFrom = mainWindow.pendingRestore();
            nextJournal = mainWindow.nextJournal();
            moved = mainWindow.journalMoved();
        }
        if (!restoreFrom.isEmpty())
            continue;
        backUpOnQuit(**journal);
        if (nextJournal.isEmpty())
            return exitCode;
        journal->reset();
        if (moved)
            finishMove(journalPath, nextJournal);
        previousJournal = std::exchange(journalPath, nextJournal);
    }
}
