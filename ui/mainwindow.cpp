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
#include "entries/welcomeview.h"
#include "goals/goalspane.h"
#include "goals/goalstore.h"
#include "journal/attachmentstore.h"
#include "journal/entrystore.h"
#include "journal/journal.h"
#include "kpt/kptboard.h"
#include "kpt/kptmarkdown.h"
#include "kpt/kptmodel.h"
#include "spelling/spellcheckdecorator.h"
#include "spelling/spellcheckservice.h"
#include "spelling/spellingstore.h"
#include "templates/templatecatalog.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinepane.h"

#include <KSyntaxHighlighting/Repository>

#include <QAbstractButton>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QStackedWidget>
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
    m_goals = new GoalsPane(journal, m_splitter);
    m_splitter->addWidget(m_goals);
    connect(m_kptBoard, &KptBoard::tryItemPromotionRequested, this, &MainWindow::promoteTryItem);
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
    loadSettings();
    restoreWindowState();

    // --open first, then the entry the timeline or the window last showed in this journal, then the newest.
    const std::optional<qint64> remembered = m_timeline->restoreSelection();
    std::optional<qint64> first = entryToOpen ? entryToOpen : remembered ? remembered : rememberedEntry();
    if (first && !entryToOpen && !m_store->get(*first))
        first.reset();
    if (!first)
        first = m_entries->idAt(0);
    if (first && *first > 0 && !openEntry(*first) && entryToOpen)
        statusBar()->showMessage(tr("There is no entry %1 in this journal.").arg(*entryToOpen), 10000);
    updateWelcome();
    updateSaveState();
}

MainWindow::~MainWindow()
{
    // The session saves through the store: it goes first. Spellcheck answers stop before the editor goes.
    m_session.reset();
    delete m_spelling;
    m_spellService.reset();
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
    // An empty journal greets instead of showing an empty editor.
    m_centreStack = new QStackedWidget(centre);
    m_welcome = new WelcomeView(m_centreStack);
    connect(m_welcome, &WelcomeView::writeRequested, this, &MainWindow::newEntry);
    m_centreStack->addWidget(createCentreTabs(m_centreStack));
    m_centreStack->addWidget(m_welcome);
    layout->addWidget(m_saveProblem);
    layout->addWidget(m_centreStack, 1);
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

// The KPT board sits on a tab beside the text; the preview shows its items after the body.
QWidget *MainWindow::createCentreTabs(QWidget *centre)
{
    m_centreTabs = new QTabWidget(centre);
    m_centreTabs->setObjectName(QStringLiteral("centreTabs"));
    m_centreTabs->setDocumentMode(true);
    m_kptBoard = new KptBoard(m_journal, m_centreTabs);
    m_centreTabs->addTab(m_editorSplitter, tr("Text"));
    m_centreTabs->addTab(m_kptBoard, tr("KPT"));
    connect(m_kptBoard, &KptBoard::itemsChanged, this,
            [this] { m_preview->setTrailingMarkdown(kptMarkdown(m_kptBoard->model()->items())); });
    connect(m_kptBoard, &KptBoard::errorOccurred, this, [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_kptAction = new QAction(tr("&KPT Board"), this);
    m_kptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K));
    connect(m_kptAction, &QAction::triggered, this, [this] {
        m_centreTabs->setCurrentWidget(m_kptBoard);
        m_kptBoard->view(KptSection::Keep)->setFocus(Qt::ShortcutFocusReason);
    });
    connect(m_centreTabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (m_centreTabs->widget(tab) == m_editorSplitter)
            m_editor->setFocus(Qt::OtherFocusReason);
    });
    return m_centreTabs;
}

void MainWindow::connectEditorServices()
{
    connect(m_session.get(), &EntrySession::entryOpened, this, [this] { m_kptBoard->setEntry(m_session->entry()); });
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

    // Spellcheck runs on its own thread; the dictionaries load once the editor is shown.
    m_spellingStore = std::make_unique<SpellingStore>(m_journal);
    m_spellService = std::make_unique<SpellcheckService>();
    m_spelling = new SpellcheckDecorator(m_editor, *m_spellService, m_spellingStore.get(), this);
    connect(m_session.get(), &EntrySession::entryOpened, m_spelling, &SpellcheckDecorator::setEntry);
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
    m_goals->setReviewOffered(entry->kind == EntryKind::Year);
    m_goals->showYear(year);
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
    updateWelcome();
    return openEntry(*id);
}

void MainWindow::promoteTryItem(qint64 kptItemId, const QString &text)
{
    // A Try of this review is something to do next year.
    const int year = m_session->entry().period.end.year() + 1;
    auto id = GoalStore(m_journal).promoteTryItem(kptItemId, year);
    if (!id) {
        QMessageBox::warning(this, tr("Could not add the goal"), id.error().message);
        return;
    }
    m_goals->reload();
    statusBar()->showMessage(tr("“%1” is now a goal for %2.").arg(text).arg(year), 10000);
}

void MainWindow::updateWelcome()
{
    const bool empty = m_session->currentId() == 0 && m_entries->rowCount() == 0 && m_timeline->model()->rowCount() == 0;
    m_centreStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_welcome) : m_centreTabs);
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
    // With the display name (Hoego, 회고) written out: X11's plain WM_NAME, which tools such as
    // xdotool read, does not get the suffix that Qt adds to _NET_WM_NAME.
    setWindowTitle(tr("%1[*] — %2").arg(title, QGuiApplication::applicationDisplayName()));
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
        saveWindowState();
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
