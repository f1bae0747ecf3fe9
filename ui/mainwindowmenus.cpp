// MainWindow's menus and the actions behind them.
#include "mainwindow.h"

#include "backup/backupstore.h"
#include "backup/restoredialog.h"
#include "common/appinfo.h"
#include "editor/editortheme.h"
#include "editor/findreplacebar.h"
#include "editor/historydialog.h"
#include "editor/markdownactions.h"
#include "editor/markdowneditor.h"
#include "editor/previewpane.h"
#include "entries/entrylistmodel.h"
#include "entries/entrysession.h"
#include "entries/newentrydialog.h"
#include "entries/welcomeview.h"
#include "exchange/importdialog.h"
#include "exchange/exportdialog.h"
#include "goals/goalspane.h"
#include "timeline/timelinepane.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "templates/templatecatalog.h"
#include "timeline/timelinepane.h"
#include "timeline/compareyearsdialog.h"

#include <QActionGroup>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace hoego
{

void MainWindow::createMenus()
{
    createFileMenu();
    createEditMenu();
    QMenu *format = menuBar()->addMenu(tr("F&ormat"));
    format->addActions(m_markdownActions->actions());
    createViewMenu();

    QMenu *entry = menuBar()->addMenu(tr("E&ntry"));
    QAction *history = entry->addAction(tr("&History…"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(history, &QAction::triggered, this, &MainWindow::showHistory);

    createGoalsMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Hoego"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createGoalsMenu()
{
    QMenu *goals = menuBar()->addMenu(tr("&Goals"));
    QAction *add = goals->addAction(tr("&Add Goal"));
    connect(add, &QAction::triggered, m_goals, &GoalsPane::focusAddEdit);
    QAction *checkIn = goals->addAction(tr("&Check In…"));
    checkIn->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(checkIn, &QAction::triggered, m_goals, &GoalsPane::checkInSelected);
    goals->addSeparator();
    QAction *review = goals->addAction(tr("&Review Year…"));
    connect(review, &QAction::triggered, m_goals, &GoalsPane::reviewYear);
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *create = file->addAction(tr("&New Entry…"));
    create->setShortcut(QKeySequence::New);
    connect(create, &QAction::triggered, this, &MainWindow::newEntry);
    QAction *save = file->addAction(tr("&Save"));
    save->setShortcut(QKeySequence::Save);
    connect(save, &QAction::triggered, this, [this] { (void)m_session->save(); });
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import…"));
    connect(import, &QAction::triggered, this, [this] {
        ImportDialog dialog(m_journal, this);
        connect(&dialog, &ImportDialog::importFinished, this, [this] {
            m_entries->reload();
            m_timeline->reload();
            if (m_session->currentId() == 0 && m_entries->rowCount() > 0)
                openEntry(m_entries->idAt(0));
            updateWelcome();
        });
        dialog.exec();
    });
    import->setObjectName(QStringLiteral("importAction"));
    connect(m_welcome, &WelcomeView::importRequested, import, &QAction::trigger);
    QAction *asTemplate = file->addAction(tr("Save as &Template…"));
    connect(asTemplate, &QAction::triggered, this, &MainWindow::saveAsTemplate);
    QAction *copy = file->addAction(tr("Save a &Copy As…"));
    connect(copy, &QAction::triggered, this, &MainWindow::saveCopyAs);
    QAction *backups = file->addAction(tr("&Restore from Backup…"));
    backups->setObjectName(QStringLiteral("restoreFromBackup"));
    connect(backups, &QAction::triggered, this, &MainWindow::showBackups);
    QAction *exportAction = file->addAction(tr("&Export…"));
    exportAction->setObjectName(QStringLiteral("exportAction"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportEntries);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), QKeySequence::Undo, m_editor, &QPlainTextEdit::undo);
    QAction *redo = edit->addAction(tr("&Redo"), QKeySequence::Redo, m_editor, &QPlainTextEdit::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    // The editor handles these keys itself; the menu only shows them.
    for (QAction *action : {undo, redo})
        action->setShortcutContext(Qt::WidgetShortcut);
    edit->addSeparator();
    edit->addAction(m_findBar->findAction());
    edit->addAction(m_findBar->replaceAction());
    edit->addAction(m_findBar->findNextAction());
    edit->addAction(m_findBar->findPreviousAction());
    edit->addSeparator();
    QAction *settings = edit->addAction(tr("&Settings…"));
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setMenuRole(QAction::PreferencesRole);
    // Not every platform defines a preferences key (X11 desktops other than KDE do not).
    const QKeySequence preferences(QKeySequence::Preferences);
    settings->setShortcut(preferences.isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Comma) : preferences);
    connect(settings, &QAction::triggered, this, &MainWindow::showSettings);
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_previewAction = view->addAction(tr("&Preview"));
    m_previewAction->setCheckable(true);
    m_previewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_previewAction, &QAction::toggled, this, [this](bool on) {
        m_preview->setVisible(on);
        if (on)
            m_editorSplitter->setSizes({1, 1});
    });
    m_focusModeAction = view->addAction(tr("&Focus Mode"));
    m_focusModeAction->setCheckable(true);
    m_focusModeAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_focusModeAction, &QAction::toggled, this, &MainWindow::setFocusMode);
    view->addAction(m_kptAction);
    QAction *compare = view->addAction(tr("&Compare Years…"));
    connect(compare, &QAction::triggered, this, [this] {
        auto *dialog = new CompareYearsDialog(m_journal, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });

    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const QList<std::pair<QString, ThemeChoice>> choices = {
        {tr("Follow the &System"), ThemeChoice::System}, {tr("&Light"), ThemeChoice::Light}, {tr("&Dark"), ThemeChoice::Dark}};
    for (const auto &[label, choice] : choices) {
        QAction *action = theme->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_editor->themeChoice() == choice);
        themes->addAction(action);
        // The menu and the settings dialog are two ways to the same preference.
        connect(action, &QAction::triggered, this, [this, choice] {
            AppSettings changed = m_settings;
            changed.theme = choice;
            changeSettings(changed);
        });
        connect(this, &MainWindow::settingsApplied, action, [action, choice](const AppSettings &settings) {
            action->setChecked(settings.theme == choice);
        });
    }
}

void MainWindow::setFocusMode(bool on)
{
    // Only the editor, full screen, the current paragraph emphasised.
    m_leftPane->setVisible(!on);
    m_goals->setVisible(!on);
    m_preview->setVisible(!on && m_previewAction->isChecked());
    menuBar()->setVisible(!on);
    statusBar()->setVisible(!on);
    m_editor->setFocusMode(on);
    if (on)
        showFullScreen();
    else
        showNormal();
    m_editor->setFocus();
}

void MainWindow::newEntry()
{
    NewEntryDialog dialog(*m_templates, this);
    if (!m_settings.defaultTemplate.isEmpty())
        (void)dialog.selectTemplate(m_settings.defaultTemplate); // a deleted template leaves the dialog's own choice
    if (dialog.exec() == QDialog::Accepted)
        createEntry(dialog.draft());
}

void MainWindow::showHistory()
{
    if (m_session->currentId() == 0)
        return;
    (void)m_session->save();
    auto revisions = m_store->revisions(m_session->currentId());
    if (!revisions) {
        QMessageBox::warning(this, tr("History"), revisions.error().message);
        return;
    }
    HistoryDialog dialog(*revisions, m_editor->toPlainText(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.restoredBody())
        restoreFromHistory(*dialog.restoredBody());
}

void MainWindow::saveAsTemplate()
{
    const Entry &entry = m_session->entry();
    if (NewEntryDialog::saveTextAsTemplate(this, *m_templates, m_editor->toPlainText(), entry.kind, entry.title))
        statusBar()->showMessage(tr("Saved as a template: it is offered for new entries."), 8000);
}

void MainWindow::showBackups()
{
    if (Status saved = m_session->save(); !saved) {
        QMessageBox::warning(this, tr("Restore from Backup"), tr("The current text could not be saved first:\n%1").arg(m_session->lastError()));
        return;
    }
    BackupStore store(m_journal.path());
    RestoreDialog dialog(store, m_journal, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    // The journal is closed before it is replaced: main() restores once this window is gone.
    m_pendingRestore = dialog.chosenBackup();
    if (!close())
        m_pendingRestore.clear();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Hoego"),
                       tr("<h3>Hoego %1</h3><p>Write your retrospectives, and live with them afterwards.</p>"
                          "<p>Journal: %2</p>")
                           .arg(AppInfo::version(), m_journal.path().toHtmlEscaped()));
}

void MainWindow::exportEntries()
{
    // The export reads the journal: the words just typed belong in it.
    std::optional<qint64> current;
    if (m_session->currentId() > 0) {
        (void)m_session->save();
        current = m_session->currentId();
    }
    std::optional<int> year = m_timeline->selectedYear();
    if (!year && current)
        year = m_session->entry().period.year();
    ExportDialog dialog(m_journal, current, year, this);
    dialog.exec();
}

} // namespace hoego
