#pragma once

#include "appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QDoubleSpinBox;

namespace hoego
{

class TemplateCatalog;

// Preferences, applied as they change: every edit emits settingsChanged with the whole new value,
// which the window applies and stores. The journal's location is the exception: another journal
// is opened by restarting on it (switchJournalRequested), and the journal is moved by copying it to
// the new place first (moveJournalRequested).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const AppSettings &settings, const TemplateCatalog &templates, const QString &journalPath, QWidget *parent = nullptr);

    const AppSettings &settings() const { return m_settings; }

Q_SIGNALS:
    void settingsChanged(const hoego::AppSettings &settings);
    void switchJournalRequested(const QString &path);
    void moveJournalRequested(const QString &path);

private:
    QWidget *createEditorPage();
    QWidget *createWritingPage();
    QWidget *createJournalPage(const QString &journalPath);
    void showValues();
    void commit();
    void apply(const AppSettings &changed);
    void chooseJournal();
    void chooseJournalDestination();
    void chooseBackupFolder();
    void restoreDefaults();

    AppSettings m_settings;
    const TemplateCatalog &m_templates;
    QString m_journalPath;
    bool m_showing = false;
    QFontComboBox *m_font = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QComboBox *m_theme = nullptr;
    QCheckBox *m_spellcheck = nullptr;
    QCheckBox *m_spellKorean = nullptr;
    QCheckBox *m_spellEnglish = nullptr;
    QComboBox *m_language = nullptr;
    QDoubleSpinBox *m_autosave = nullptr;
    QComboBox *m_template = nullptr;
    QCheckBox *m_onThisDay = nullptr;
    QLineEdit *m_backupFolder = nullptr;
    QSpinBox *m_backupKeep = nullptr;
};

} // namespace hoego
