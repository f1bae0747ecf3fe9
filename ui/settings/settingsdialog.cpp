#include "settingsdialog.h"

#include "backup/backupsettings.h"
#include "editor/markdowneditor.h"
#include "templates/templatecatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace hoego
{

SettingsDialog::SettingsDialog(const AppSettings &settings, const TemplateCatalog &templates, const QString &journalPath, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_templates(templates)
    , m_journalPath(QFileInfo(journalPath).absoluteFilePath())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(createEditorPage(), tr("Editor"));
    tabs->addTab(createWritingPage(), tr("Writing"));
    tabs->addTab(createJournalPage(journalPath), tr("Journal"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, &SettingsDialog::restoreDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    showValues();
}

QWidget *SettingsDialog::createEditorPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_font = new QFontComboBox(page);
    m_font->setObjectName(QStringLiteral("font"));
    m_fontSize = new QSpinBox(page);
    m_fontSize->setObjectName(QStringLiteral("fontSize"));
    m_fontSize->setRange(6, 72);
    m_fontSize->setSuffix(tr(" pt"));
    m_theme = new QComboBox(page);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->addItem(tr("Follow the system"), int(ThemeChoice::System));
    m_theme->addItem(tr("Light"), int(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), int(ThemeChoice::Dark));
    m_spellcheck = new QCheckBox(tr("Underline misspelled words"), page);
    m_spellcheck->setObjectName(QStringLiteral("spellcheck"));
    m_spellKorean = new QCheckBox(tr("Korean"), page);
    m_spellKorean->setObjectName(QStringLiteral("spellKorean"));
    m_spellEnglish = new QCheckBox(tr("English"), page);
    m_spellEnglish->setObjectName(QStringLiteral("spellEnglish"));
    auto *spellLanguages = new QHBoxLayout;
    spellLanguages->addWidget(m_spellKorean);
    spellLanguages->addWidget(m_spellEnglish);
    spellLanguages->addStretch();
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Follow the system"), QString());
    m_language->addItem(QStringLiteral("한국어"), QStringLiteral("ko"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Font:"), m_font);
    form->addRow(tr("Font &size:"), m_fontSize);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("Spelling:"), m_spellcheck);
    form->addRow(tr("Languages to check:"), spellLanguages);
    form->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("A new language shows the next time Hoego starts."), page);
    languageNote->setEnabled(false);
    form->addRow(QString(), languageNote);

    connect(m_font, &QFontComboBox::currentFontChanged, this, [this](const QFont &font) {
        if (m_showing)
            return;
        AppSettings changed = m_settings;
        changed.editorFontFamily = font.family();
        apply(changed);
    });
    connect(m_fontSize, &QSpinBox::valueChanged, this, &SettingsDialog::commit);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::commit);
    connect(m_spellcheck, &QCheckBox::toggled, this, &SettingsDialog::commit);
    connect(m_spellKorean, &QCheckBox::toggled, this, &SettingsDialog::commit);
    connect(m_spellEnglish, &QCheckBox::toggled, this, &SettingsDialog::commit);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::commit);
    return page;
}

QWidget *SettingsDialog::createWritingPage()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_autosave = new QDoubleSpinBox(page);
    m_autosave->setObjectName(QStringLiteral("autosaveDelay"));
    m_autosave->setRange(0.3, 60);
    m_autosave->setSingleStep(0.5);
    m_autosave->setDecimals(1);
    m_autosave->setSuffix(tr(" s"));
    m_autosave->setToolTip(tr("How long a pause in typing before Hoego saves. Hoego also saves every few seconds while you type."));
    m_template = new QComboBox(page);
    m_template->setObjectName(QStringLiteral("defaultTemplate"));
    m_template->addItem(tr("Blank"), QString());
    for (const EntryTemplate &entryTemplate : m_templates.list())
        m_template->addItem(entryTemplate.name, entryTemplate.id);
    m_onThisDay = new QCheckBox(tr("Show entries written on this day in earlier years at startup"), page);
    m_onThisDay->setObjectName(QStringLiteral("onThisDay"));
    form->addRow(tr("&Save after a pause of:"), m_autosave);
    form->addRow(tr("New entries &start from:"), m_template);
    form->addRow(tr("On this day:"), m_onThisDay);

    connect(m_autosave, &QDoubleSpinBox::valueChanged, this, &SettingsDialog::commit);
    connect(m_template, &QComboBox::currentIndexChanged, this, &SettingsDialog::commit);
    connect(m_onThisDay, &QCheckBox::toggled, this, &SettingsDialog::commit);
    return page;
}

QWidget *SettingsDialog::createJournalPage(const QString &journalPath)
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    auto *path = new QLabel(QFileInfo(journalPath).absoluteFilePath(), page);
    path->setObjectName(QStringLiteral("journalPath"));
    path->setTextInteractionFlags(Qt::TextSelectableByMouse);
    path->setWordWrap(true);
    auto *openAnother = new QPushButton(tr("Open Another Journal…"), page);
    connect(openAnother, &QPushButton::clicked, this, &SettingsDialog::chooseJournal);
    auto *move = new QPushButton(tr("Move Journal…"), page);
    move->setObjectName(QStringLiteral("moveJournal"));
    connect(move, &QPushButton::clicked, this, &SettingsDialog::chooseJournalDestination);
    auto *journalButtons = new QHBoxLayout;
    journalButtons->addWidget(openAnother);
    journalButtons->addWidget(move);
    journalButtons->addStretch();
    form->addRow(tr("Journal:"), path);
    form->addRow(QString(), journalButtons);

    auto *folderRow = new QHBoxLayout;
    m_backupFolder = new QLineEdit(page);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    // Empty means the default folder: show which one it is.
    m_backupFolder->setPlaceholderText(QDir::toNativeSeparators(BackupSettings().baseFolder()));
    auto *browse = new QPushButton(tr("Choose…"), page);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseBackupFolder);
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    m_backupKeep = new QSpinBox(page);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(1, 365);
    // A row whose field is a layout gets no buddy from QFormLayout: the label needs its own for Alt+B.
    auto *folderLabel = new QLabel(tr("&Backups in:"), page);
    folderLabel->setBuddy(m_backupFolder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Daily backups to keep:"), m_backupKeep);

    connect(m_backupFolder, &QLineEdit::editingFinished, this, &SettingsDialog::commit);
    connect(m_backupKeep, &QSpinBox::valueChanged, this, &SettingsDialog::commit);
    return page;
}

void SettingsDialog::showValues()
{
    m_showing = true;
    // With no choice stored, the box shows the font the editor picks by itself.
    m_font->setCurrentFont(m_settings.editorFontFamily.isEmpty() ? preferredKoreanFont(m_settings.editorFontSize)
                                                                 : QFont(m_settings.editorFontFamily));
    m_fontSize->setValue(m_settings.editorFontSize);
    m_theme->setCurrentIndex(m_theme->findData(int(m_settings.theme)));
    m_spellcheck->setChecked(m_settings.spellcheck);
    m_spellKorean->setChecked(m_settings.spellLanguages.contains(QStringLiteral("ko")));
    m_spellEnglish->setChecked(m_settings.spellLanguages.contains(QStringLiteral("en")));
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.uiLanguage)));
    m_autosave->setValue(m_settings.autosaveDelayMs / 1000.0);
    m_template->setCurrentIndex(std::max(0, m_template->findData(m_settings.defaultTemplate)));
    m_onThisDay->setChecked(m_settings.onThisDay);
    m_backupFolder->setText(m_settings.backupFolder);
    m_backupKeep->setValue(m_settings.backupKeepDaily);
    m_showing = false;
}

void SettingsDialog::commit()
{
    if (m_showing)
        return;
    AppSettings changed = m_settings;
    changed.editorFontSize = m_fontSize->value();
    changed.theme = ThemeChoice(m_theme->currentData().toInt());
    changed.spellcheck = m_spellcheck->isChecked();
    changed.spellLanguages.clear();
    if (m_spellKorean->isChecked())
        changed.spellLanguages << QStringLiteral("ko");
    if (m_spellEnglish->isChecked())
        changed.spellLanguages << QStringLiteral("en");
    changed.uiLanguage = m_language->currentData().toString();
    changed.autosaveDelayMs = int(m_autosave->value() * 1000);
    changed.defaultTemplate = m_template->currentData().toString();
    changed.onThisDay = m_onThisDay->isChecked();
    changed.backupFolder = m_backupFolder->text().trimmed();
    changed.backupKeepDaily = m_backupKeep->value();
    apply(changed);
}

void SettingsDialog::apply(const AppSettings &changed)
{
    if (changed == m_settings)
        return;
    m_settings = changed;
    Q_EMIT settingsChanged(m_settings);
}

void SettingsDialog::chooseJournal()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Another Journal"), QString(), tr("Hoego journals (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT switchJournalRequested(path);
}

void SettingsDialog::chooseJournalDestination()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Move Journal"), m_journalPath, tr("Hoego journals (*.sqlite)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        Q_EMIT moveJournalRequested(path);
}

void SettingsDialog::chooseBackupFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Backups Folder"), m_backupFolder->text());
    if (folder.isEmpty())
        return;
    m_backupFolder->setText(folder);
    commit();
}

void SettingsDialog::restoreDefaults()
{
    AppSettings defaults;
    defaults.journalPath = m_settings.journalPath; // where the journal lives is not a preference to reset
    m_settings = defaults;
    showValues();
    Q_EMIT settingsChanged(m_settings);
}

} // namespace hoego
