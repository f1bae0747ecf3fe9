#pragma once

#include "journal/entry.h"

#include <QDate>
#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace hoego
{

struct EntryTemplate;
class TemplateCatalog;

// Asks what to write: kind, period, title and a template, with sensible defaults for "today".
// The result is a draft Entry (not saved) whose body is the chosen template, filled for the period.
class NewEntryDialog : public QDialog
{
    Q_OBJECT

public:
    // `today` decides the default periods; tests pass a fixed day.
    explicit NewEntryDialog(const TemplateCatalog &catalog, QWidget *parent = nullptr,
                            QDate today = QDate::currentDate());

    // The entry to create, with `written` set to today. Only meaningful when the period is valid
    // (the OK button is disabled otherwise).
    Entry draft() const;

    EntryKind kind() const;
    void setKind(EntryKind kind);
    // Selects a template by id; an empty id selects "Blank". False when there is no such template.
    bool selectTemplate(const QString &id);
    QString selectedTemplateId() const;

    // The period a new entry of `kind` most likely looks back on (or ahead to) on `today`: the year
    // ending or just ended for a year review (in January and February, last year), next year for a
    // plan (this year in January and February), this month, this week...
    static QString defaultPeriod(EntryKind kind, QDate today);

    // Asks for a name and saves `body` as a user template of `kind`. Errors are shown to the user;
    // nullopt when cancelled or failed.
    static std::optional<EntryTemplate> saveTextAsTemplate(QWidget *parent, TemplateCatalog &catalog,
                                                           const QString &body, EntryKind kind,
                                                           const QString &suggestedName = {});

    // For tests and for the window to focus what it needs.
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *periodEdit() const { return m_period; }
    QLabel *periodError() const { return m_periodError; }
    QLineEdit *titleEdit() const { return m_title; }
    QListWidget *templateList() const { return m_templates; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *okButton() const { return m_ok; }

private:
    QWidget *createTemplatePicker();
    void fillTemplateList();
    void onKindChanged();
    void onPeriodChanged();
    void onTitleEdited(const QString &text);
    void onTemplateChanged();
    void updateTitle();
    void updatePreview();
    std::optional<Period> period() const;
    QString filledBody() const;

    const TemplateCatalog &m_catalog;
    QDate m_today;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_period = nullptr;
    QLabel *m_periodError = nullptr;
    QLineEdit *m_title = nullptr;
    QListWidget *m_templates = nullptr;
    QLabel *m_templateDescription = nullptr;
    QPlainTextEdit *m_preview = nullptr;
    QPushButton *m_ok = nullptr;
    bool m_titleTyped = false;    // the user's own title is never overwritten by a suggestion
    bool m_templatePicked = false; // nor is a template they chose, when the kind changes
};

} // namespace hoego
