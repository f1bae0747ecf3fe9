// MainWindow's preferences and remembered state: the settings dialog, and the geometry, splitters
// and last entry that a launch restores.
#include "mainwindow.h"

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
#include <QFileInfo>
#include <QMessageBox>
#include <QProcess>
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
        dialog.accept();
        switchJournal(path);
    });
    dialog.exec();
}

void MainWindow::switchJournal(const QString &path)
{
    // The window lives on one open journal: another one is opened by starting Hoego on it.
    const auto answer = QMessageBox::question(this, tr("Open Another Journal"),
                                              tr("Hoego will save your text, close this journal and open %1.\n\n"
                                                 "It will also be the journal Hoego opens from now on.")
                                                  .arg(QFileInfo(path).absoluteFilePath()));
    if (answer != QMessageBox::Yes)
        return;
    AppSettings changed = m_settings;
    changed.journalPath = QFileInfo(path).absoluteFilePath();
    changeSettings(changed);
    if (!close())
        return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--journal"), changed.journalPath});
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
