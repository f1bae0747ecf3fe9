// hoego: the window by default; with a subcommand, the headless command line (shared/CLI.md).
#include "cli/cli.h"
#include "cli/exportcommands.h"
#include "cli/output.h"
#include "common/appinfo.h"
#include "journal/journal.h"
#include "mainwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QMessageBox>

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
    QApplication::setApplicationDisplayName(QStringLiteral("Hoego"));
    QApplication::setDesktopFileName(QStringLiteral("hoego"));

    const QString journalPath = window->journalPath.isEmpty() ? hoego::AppInfo::defaultJournalPath() : window->journalPath;
    auto journal = hoego::Journal::open(journalPath, hoego::Journal::OpenMode::CreateIfMissing);
    if (!journal) {
        QMessageBox::critical(nullptr, QObject::tr("Hoego cannot open the journal"), journal.error().message);
        hoego::cli::printErr(QStringLiteral("hoego: %1\n").arg(journal.error().message));
        return hoego::cli::ExitJournal;
    }

    hoego::MainWindow mainWindow(**journal, window->openEntry);
    mainWindow.show();
    return app.exec();
}
