#include "mainwindow.h"

#include "common/appinfo.h"
#include "editor/findreplacebar.h"
#include "editor/historydialog.h"
#include "editor/markdownactions.h"
#include "editor/markdowneditor.h"
#include "editor/outlineview.h"
#include "editor/previewpane.h"
#include "editor/writingstatslabel.h"
#include "entries/entrylistmodel.h"
#include "entries/entrysession.h"
#include "entries/saveproblembar.h"
#include "goals/goalspane.h"
#include "journal/attachmentstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "templates/templatecatalog.h"
#include "timeline/timelinepane.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace hoego
{

MainWindow::MainWindow(Journal &journal, std::optional<qint64> entryToOpen, QWidget *parent)
    : QMainWindow(parent)
    , m_journal(journal)
    , m_store(std::make_unique<EntryStore>(journal))
    , m_attachments(std::make_unique<AttachmentStore>(journal))
    , m_templates(std::make_unique<TemplateCatalog>(TemplateCatalog::languageFor(QLocale())))
    , m_repository(std::make_unique<KSyntaxHighlighting::Repository>())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(createLeftPane());
    m_splitter->addWidget(createCentrePane());
    m_goals = new GoalsPane(m_splitter);
    m_splitter->addWidget(m_goals);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 4);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setSizes({300, 700, 240});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_session = std::make_unique<EntrySession>(*m_store, m_editor);
    connect(m_session.get(), &EntrySession::stateChanged, this, &MainWindow::updateSaveState);
    connect(m_session.get(), &EntrySession::saved, this, &MainWindow::onSaved);
    connectEditorServices();

    m_stats = new WritingStatsLabel(m_editor, this);
    statusBar()->addPermanentWidget(m_stats);
    m_saveState = new QLabel(this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    statusBar()->addPermanentWidget(m_saveState);
    m_saveStateClock = new QTimer(this);
    m_saveStateClock->setInterval(1000);
    connect(m_saveStateClock, &QTimer::timeout, this, &MainWindow::updateSaveState);
    m_saveStateClock->start();

    createMenus();
    resize(1280, 800);

    // The timeline comes back as it was left: its year, and its entry unless one was asked for.
    const std::optional<qint64> remembered = m_timeline->restoreSelection();
    const std::optional<qint64> first = entryToOpen ? entryToOpen : remembered ? remembered : std::optional<qint64>(m_entries->idAt(0));
    if (first && *first > 0 && !openEntry(*first) && entryToOpen)
        statusBar()->showMessage(tr("There is no entry %1 in this journal.").arg(*entryToOpen), 10000);
    updateSaveState();
}

MainWindow::~MainWindow()
{
    // The session saves through the store: it goes first.
    m_session.reset();
}

QWidget *MainWindow::createLeftPane()
{
    auto *left = new QSplitter(Qt::Vertical, m_splitter);
    m_leftPane = left;
    m_timeline = new TimelinePane(m_journal, left);
    m_entries = new EntryListModel(*m_store, this);
    auto *tabs = new QTabWidget(left);
    tabs->setDocumentMode(true);
    m_entryList = new QListView(tabs);
    m_entryList->setObjectName(QStringLiteral("entryList"));
    m_entryList->setAccessibleName(tr("Entries"));
    m_entryList->setModel(m_entries);
    m_entryList->setUniformItemSizes(true);
    tabs->addTab(m_entryList, tr("Entries"));
    left->addWidget(m_timeline);
    left->addWidget(tabs);
    left->setSizes({460, 240});

    connect(m_timeline, &TimelinePane::yearSelected, this, &MainWindow::showYear);
    connect(m_timeline, &TimelinePane::entryOpened, this, [this](qint64 id) {
        if (id != m_session->currentId())
            openEntry(id);
    });
    connect(m_entryList->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && m_entries->idAt(current.row()) != m_session->currentId())
            openEntry(m_entries->idAt(current.row()));
    });
    m_entries->setYear(std::nullopt);
    return left;
}

QWidget *MainWindow::createCentrePane()
{
    auto *centre = new QWidget(m_splitter);
    auto *layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_saveProblem = new SaveProblemBar(centre);
    connect(m_saveProblem, &SaveProblemBar::saveCopyRequested, this, &MainWindow::saveCopyAs);
    m_editorSplitter = new QSplitter(Qt::Horizontal, centre);
    m_editor = new MarkdownEditor(*m_repository, m_editorSplitter);
    m_editor->setPlaceholderText(tr("Create your first retrospective with File ▸ New Entry (Ctrl+N)."));
    m_preview = new PreviewPane(m_editorSplitter);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditor(m_editor);
    m_preview->hide();
    m_editorSplitter->addWidget(m_editor);
    m_editorSplitter->addWidget(m_preview);
    m_editorSplitter->setChildrenCollapsible(false);
    m_findBar = new FindReplaceBar(m_editor, centre);
    layout->addWidget(m_saveProblem);
    layout->addWidget(m_editorSplitter, 1);
    layout->addWidget(m_findBar);

    // The outline of the entry being written sits beside the entry list.
    if (auto *tabs = m_leftPane->findChild<QTabWidget *>()) {
        m_outline = new OutlineView(m_editor, tabs);
        m_outline->setObjectName(QStringLiteral("outline"));
        tabs->addTab(m_outline, tr("Outline"));
    }
    m_markdownActions = new MarkdownActions(m_editor, this);
    return centre;
}

void MainWindow::connectEditorServices()
{
    // Pasted and dropped images become attachments of the entry being written.
    m_editor->setImageHandler([this](const QByteArray &bytes, const QString &mimeType, const QString &name) -> Result<qint64> {
        if (m_session->currentId() == 0)
            return makeError(Error::Kind::Usage, tr("Open or create an entry before adding images."));
        return m_attachments->add(m_session->currentId(), bytes, mimeType, name);
    });
    const auto showRefusal = [this](const QString &message) { statusBar()->showMessage(message, 10000); };
    connect(m_editor, &MarkdownEditor::imageRejected, this, showRefusal);
    connect(m_editor, &MarkdownEditor::pasteRejected, this, showRefusal);
    m_preview->setImageProvider(m_attachments->imageProvider());
    connect(m_editor, &MarkdownEditor::themeChanged, this, [this] { m_preview->setDarkTheme(m_editor->theme().isDark()); });
    m_preview->setDarkTheme(m_editor->theme().isDark());
}

bool MainWindow::openEntry(qint64 id)
{
    auto entry = m_store->get(id);
    if (!entry)
        return false;
    if (Status opened = m_session->open(id); !opened) {
        updateSaveState();
        return false;
    }
    const int year = entry->period.year();
    if (m_timeline->selectedEntry() != id && !m_timeline->selectEntry(id) && m_timeline->selectedYear() != year)
        m_timeline->selectYear(year);
    const int row = m_entries->rowOf(id);
    if (row >= 0) {
        const QSignalBlocker blocker(m_entryList->selectionModel());
        m_entryList->setCurrentIndex(m_entries->index(row));
    }
    m_editor->setFocus(Qt::OtherFocusReason);
    m_stats->recount();
    updateSaveState();
    return true;
}

bool MainWindow::createEntry(const Entry &draft)
{
    auto id = m_store->create(draft);
    if (!id) {
        QMessageBox::warning(this, tr("Could not create the entry"), id.error().message);
        return false;
    }
    m_timeline->reload();
    m_entries->reload();
    return openEntry(*id);
}

void MainWindow::restoreFromHistory(const QString &body)
{
    // Keep what is there now as a revision too, so that the restore can itself be undone later.
    (void)m_session->save(EntryStore::Revisions::Always);
    restoreBody(m_editor, body);
    (void)m_session->save(EntryStore::Revisions::Always);
}

void MainWindow::showYear(std::optional<int> year)
{
    m_entries->setYear(year);
    const int row = m_entries->rowOf(m_session ? m_session->currentId() : 0);
    if (row >= 0) {
        const QSignalBlocker blocker(m_entryList->selectionModel());
        m_entryList->setCurrentIndex(m_entries->index(row));
    }
}

void MainWindow::onSaved()
{
    // Titles and character counts in the lists follow what was saved.
    const qint64 current = m_session->currentId();
    m_entries->reload();
    m_timeline->reload();
    if (const int row = m_entries->rowOf(current); row >= 0) {
        const QSignalBlocker blocker(m_entryList->selectionModel());
        m_entryList->setCurrentIndex(m_entries->index(row));
    }
}

void MainWindow::updateSaveState()
{
    const EntrySession::State state = m_session->state();
    const QString title = state == EntrySession::State::NoEntry ? QFileInfo(m_journal.path()).fileName() : m_session->entry().title;
    setWindowTitle(tr("%1[*] — Hoego").arg(title));
    setWindowModified(state == EntrySession::State::Unsaved || state == EntrySession::State::Failed);
    m_saveProblem->showProblem(state == EntrySession::State::Failed ? m_session->lastError() : QString());
    switch (state) {
    case EntrySession::State::NoEntry:
        m_saveState->setText(QString());
        break;
    case EntrySession::State::Unsaved:
        m_saveState->setText(tr("Unsaved changes"));
        break;
    case EntrySession::State::Failed:
        m_saveState->setText(tr("Not saved"));
        break;
    case EntrySession::State::Saved: {
        const qint64 seconds = qMax<qint64>(0, m_session->lastSaved().secsTo(QDateTime::currentDateTimeUtc()));
        if (seconds < 5)
            m_saveState->setText(tr("Saved"));
        else if (seconds < 60)
            m_saveState->setText(tr("Saved %n s ago", nullptr, int(seconds)));
        else if (seconds < 3600)
            m_saveState->setText(tr("Saved %n min ago", nullptr, int(seconds / 60)));
        else
            m_saveState->setText(tr("Saved at %1").arg(QLocale().toString(m_session->lastSaved().toLocalTime(), QLocale::ShortFormat)));
        break;
    }
    }
}

void MainWindow::saveCopyAs()
{
    const QString suggested = (m_session->entry().title.isEmpty() ? tr("retrospective") : m_session->entry().title) + QStringLiteral(".md");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save a Copy As"), suggested, tr("Markdown (*.md)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_editor->toPlainText().toUtf8()) < 0 || !file.commit()) {
        QMessageBox::warning(this, tr("Could not save the copy"),
                             tr("%1 could not be written: %2. Choose another place.").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("A copy was saved to %1.").arg(path), 10000);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (Status saved = m_session->save(); saved) {
        event->accept();
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Your text is not saved"),
                    tr("Hoego could not save to the journal:\n%1\n\nYour text is still in the editor. Save a copy before quitting?")
                        .arg(m_session->lastError()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.button(QMessageBox::Save)->setText(tr("Save a Copy As…"));
    box.button(QMessageBox::Discard)->setText(tr("Quit Without Saving"));
    switch (box.exec()) {
    case QMessageBox::Save:
        saveCopyAs();
        event->ignore();
        break;
    case QMessageBox::Discard:
        event->accept();
        break;
    default:
        event->ignore();
    }
}

} // namespace hoego
