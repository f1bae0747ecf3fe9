// MainWindow's preferences and remembered state: the settings dialog, and the geometry, splitters
// and last entry that a launch restores.
#include "mainwindow.h"

#include "backup/backupstore.h"
#include "editor/markdowneditor.h"
#include "editor/previewpane.h"
#include "entries/entrysession.h"
#include "journal/journal.h"
#include "settings/settingsdialog.h"
#include "spelling/spellcheckdecorator.h"
#include "spelling/spellingstore.h"
#include "templates/templatecatalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>

namespace hoego
{
namespace
{

// The last entry is remembered per journal: ids of one journal mean nothing in another.
QString lastEntryKey(const QString &journalPath)
{
    const QByteArray path = QFileInfo(journalPath).absoluteFilePath().toUtf8();
    return QStringLiteral("window/lastEntry/") + QString::fromLatin1(QCryptographicHash::hash(path, QCryptographicHash::Sha1).toHex().left(16));
}

} // namespace

void MainWindow::applySettings(const AppSettings &settings)
{
    m_settings = settings;
    const QFont font = settings.editorFontFamily.isEmpty() ? preferredKoreanFont(settings.editorFontSize)
                                                           : QFont(settings.editorFontFamily, settings.editorFontSize);
    m_editor->setFont(font);
    m_editor->setThemeChoice(settings.theme);
    m_session->setAutosaveDelay(settings.autosaveDelayMs);
    // Spellcheck keeps its switch and languages in the journal; the decorator stores them.
    if (m_spelling->isEnabled() != settings.spellcheck)
        m_spelling->setEnabled(settings.spellcheck);
    if (currentSpellLanguages() != settings.spellLanguages)
        m_spelling->setLanguages(settings.spellLanguages);
    Q_EMIT settingsApplied(settings);
}

QStringList MainWindow::currentSpellLanguages() const
{
    auto stored = m_spellingStore->languages();
    return stored ? *stored : AppSettings().spellLanguages;
}

void MainWindow::loadSettings()
{
    AppSettings loaded = AppSettings::load(QSettings());
    loaded.spellcheck = m_spelling->isEnabled();
    loaded.spellLanguages = currentSpellLanguages();
    applySettings(loaded);
    // The editor's own menu switches spellcheck too: the settings follow it.
    connect(m_spelling, &SpellcheckDecorator::enabledChanged, this, [this](bool on) { m_settings.spellcheck = on; });
}

void MainWindow::changeSettings(const AppSettings &settings)
{
    applySettings(settings);
    QSettings stored;
    settings.save(stored);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, *m_templates, m_journal.path(), this);
    connect(&dialog, &SettingsDialog::settingsChanged, this, &MainWindow::changeSettings);
    connect(&dialog, &SettingsDialog::switchJournalRequested, this, [this, &dialog](const QString &path) {
        if (openAnotherJournal(path))
            dialog.accept();
    });
    connect(&dialog, &SettingsDialog::moveJournalRequested, this, [this, &dialog](const QString &path) {
        if (moveJournal(path))
            dialog.accept();
    });
    dialog.exec();
}

bool MainWindow::moveJournal(const QString &path)
{
    const QString from = QFileInfo(m_journal.path()).absoluteFilePath();
    const QString to = QFileInfo(path).absoluteFilePath();
    if (to == from)
        return false;
    if (QFileInfo::exists(to)) {
        showJournalProblem(tr("Move Journal"),
                           tr("%1 already exists. Choose another name: Hoego never writes over a file when it moves a journal.").arg(to));
        return false;
    }
    QMessageBox confirm(QMessageBox::Question, tr("Move Journal"),
                        tr("Hoego will save your text, copy the journal to %1, check the copy and reopen the journal there. "
                           "It will also be the journal Hoego opens from now on.\n\n"
                           "Then %2 is removed, and its backups move with the journal.")
                            .arg(to, from),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmJournalMove"));
    confirm.setDefaultButton(confirm.addButton(tr("Move"), QMessageBox::AcceptRole));
    confirm.exec();
    if (confirm.buttonRole(confirm.clickedButton()) != QMessageBox::AcceptRole)
        return false;
    if (Status saved = m_session->save(); !saved) {
        showJournalProblem(tr("Move Journal"), tr("The journal was not moved, because your text could not be saved first:\n%1").arg(m_session->lastError()));
        return false;
    }
    // A snapshot of the open journal, verified before anything relies on it.
    if (Status copied = BackupStore::writeSnapshot(m_journal.database(), to); !copied) {
        showJournalProblem(tr("Move Journal"), tr("The journal was not moved:\n%1").arg(copied.error().message));
        return false;
    }
    // The remembered entry follows the journal to its new place.
    QSettings settings;
    settings.setValue(lastEntryKey(to), settings.value(lastEntryKey(from)));
    if (!reopenOn(to)) {
        QFile::remove(to); // the window stays on this journal: the copy would only be in the way
        return false;
    }
    m_journalMoved = true;
    return true;
}

bool MainWindow::openAnotherJournal(const QString &path)
{
    const QString chosen = QFileInfo(path).absoluteFilePath();
    if (chosen == QFileInfo(m_journal.path()).absoluteFilePath())
        return false;
    // A file that is not a journal is refused here, before this journal is closed for it.
    if (QFileInfo::exists(chosen)) {
        if (Status header = Journal::checkHeader(chosen); !header) {
            showJournalProblem(tr("Open Another Journal"), header.error().message);
            return false;
        }
    }
    QMessageBox confirm(QMessageBox::Question, tr("Open Another Journal"),
                        tr("Hoego will save your text, close this journal and open %1.\n\n"
                           "It will also be the journal Hoego opens from now on.")
                            .arg(chosen),
                        QMessageBox::Yes | QMessageBox::No, this);
    confirm.setObjectName(QStringLiteral("confirmJournalSwitch"));
    if (confirm.exec() != QMessageBox::Yes)
        return false;
    return reopenOn(chosen);
}

bool MainWindow::reopenOn(const QString &path)
{
    // The window lives on one open journal: main() opens the next one once this window is gone.
    m_nextJournal = QFileInfo(path).absoluteFilePath();
    if (!close()) { // the text could not be saved, and the user chose to stay
        m_nextJournal.clear();
        return false;
    }
    AppSettings changed = m_settings;
    changed.journalPath = m_nextJournal;
    changeSettings(changed);
    return true;
}

void MainWindow::showJournalProblem(const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setObjectName(QStringLiteral("journalProblem"));
    box.exec();
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_editorSplitter->restoreState(settings.value(QStringLiteral("window/editorSplitter")).toByteArray());
    m_previewAction->setChecked(settings.value(QStringLiteral("window/preview"), false).toBool());
}

std::optional<qint64> MainWindow::rememberedEntry() const
{
    const QVariant id = QSettings().value(lastEntryKey(m_journal.path()));
    return id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/editorSplitter"), m_editorSplitter->saveState());
    settings.setValue(QStringLiteral("window/preview"), m_previewAction->isChecked());
    if (m_session->currentId() > 0)
        settings.setValue(lastEntryKey(m_journal.path()), m_session->currentId());
}

} // namespace hoego
