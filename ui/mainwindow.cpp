#include "mainwindow.h"

#include "common/appinfo.h"
#include "editor/markdowneditor.h"
#include "goals/goalspane.h"
#include "journal/journal.h"
#include "timeline/timelinepane.h"

#include <KSyntaxHighlighting/Repository>

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>

namespace hoego
{

MainWindow::MainWindow(Journal &journal, QWidget *parent)
    : QMainWindow(parent)
    , m_journal(journal)
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setWindowTitle(tr("%1 — Hoego").arg(QFileInfo(journal.path()).fileName()));
    setObjectName(QStringLiteral("mainWindow"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_timeline = new TimelinePane(m_splitter);
    m_editor = new MarkdownEditor(*m_repository, m_splitter);
    m_goals = new GoalsPane(m_splitter);
    m_splitter->addWidget(m_timeline);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_goals);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({220, 700, 260});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    createMenus();
    statusBar()->showMessage(tr("Journal: %1").arg(journal.path()));
    resize(1200, 760);
    m_editor->setFocus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Hoego"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Hoego"),
                       tr("<h3>Hoego %1</h3><p>Write your retrospectives, and live with them afterwards.</p>"
                          "<p>Journal: %2</p>")
                           .arg(AppInfo::version(), m_journal.path().toHtmlEscaped()));
}

} // namespace hoego
