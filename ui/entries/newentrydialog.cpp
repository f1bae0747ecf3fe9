#include "newentrydialog.h"

#include "editor/markdowneditor.h"
#include "entrylistmodel.h"
#include "templates/templatecatalog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

constexpr int templateIdRole = Qt::UserRole + 1;
constexpr int templateKindRole = Qt::UserRole + 2;

QString yearText(int year)
{
    return QString::number(year);
}

// The quarter ending this month, or else the one that ended last: a review looks back.
QString quarterToReview(QDate today)
{
    int year = today.year();
    int quarter = (today.month() - 1) / 3 + 1;
    if (today.month() % 3 != 0 && --quarter == 0) {
        quarter = 4;
        --year;
    }
    return u"%1-Q%2"_s.arg(year).arg(quarter);
}

QString halfToReview(QDate today)
{
    if (today.month() <= 5)
        return u"%1-H2"_s.arg(today.year() - 1);
    return u"%1-H%2"_s.arg(today.year()).arg(today.month() == 12 ? 2 : 1);
}

} // namespace

QString NewEntryDialog::defaultPeriod(EntryKind kind, QDate today)
{
    // January and February still belong to the year that just ended: that is when most
    // year reviews get written, and when this year's plan is still being made.
    const bool earlyInYear = today.month() <= 2;
    switch (kind) {
    case EntryKind::Year:
        return yearText(earlyInYear ? today.year() - 1 : today.year());
    case EntryKind::Plan:
        return yearText(earlyInYear ? today.year() : today.year() + 1);
    case EntryKind::Half:
        return halfToReview(today);
    case EntryKind::Quarter:
        return quarterToReview(today);
    case EntryKind::Month:
        return today.toString(u"yyyy-MM"_s);
    case EntryKind::Week: {
        int weekYear = 0;
        const int week = today.weekNumber(&weekYear);
        return u"%1-W%2"_s.arg(weekYear).arg(week, 2, 10, QLatin1Char('0'));
    }
    case EntryKind::Note:
        break;
    }
    const QString day = today.toString(Qt::ISODate);
    return day + u".."_s + day;
}

NewEntryDialog::NewEntryDialog(const TemplateCatalog &catalog, QWidget *parent, QDate today)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_today(today)
{
    setWindowTitle(tr("New Entry"));
    m_kind = new QComboBox(this);
    for (const QString &name : entryKindNames()) {
        const EntryKind kind = *entryKindFromName(name);
        m_kind->addItem(entryKindLabel(kind), int(kind));
    }
    m_period = new QLineEdit(this);
    m_period->setAccessibleName(tr("Period"));
    m_periodError = new QLabel(this);
    m_periodError->setWordWrap(true);
    m_periodError->setStyleSheet(u"color: #c0392b;"_s);
    m_periodError->hide();
    m_title = new QLineEdit(this);
    m_title->setAccessibleName(tr("Title"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(QString(), m_periodError);
    form->addRow(tr("&Title:"), m_title);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(createTemplatePicker(), 1);
    layout->addWidget(buttons);
    resize(820, 560);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &NewEntryDialog::onKindChanged);
    connect(m_period, &QLineEdit::textChanged, this, &NewEntryDialog::onPeriodChanged);
    connect(m_title, &QLineEdit::textEdited, this, &NewEntryDialog::onTitleEdited);
    connect(m_templates, &QListWidget::currentRowChanged, this, &NewEntryDialog::onTemplateChanged);
    connect(m_templates, &QListWidget::itemActivated, this, [this] {
        if (m_ok->isEnabled())
            accept();
    });
    onKindChanged();
}

QWidget *NewEntryDialog::createTemplatePicker()
{
    auto *picker = new QWidget(this);
    m_templates = new QListWidget(picker);
    m_templates->setAccessibleName(tr("Templates"));
    m_templateDescription = new QLabel(picker);
    m_templateDescription->setWordWrap(true);
    m_preview = new QPlainTextEdit(picker);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Template preview"));
    m_preview->setFont(preferredKoreanFont(font().pointSize()));
    fillTemplateList();

    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Start from:"), picker));
    left->addWidget(m_templates, 1);
    left->addWidget(m_templateDescription);
    auto *layout = new QHBoxLayout(picker);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 2);
    layout->addWidget(m_preview, 3);
    return picker;
}

void NewEntryDialog::fillTemplateList()
{
    auto *blank = new QListWidgetItem(tr("Blank"), m_templates);
    blank->setData(templateIdRole, QString());
    blank->setData(Qt::ToolTipRole, tr("An empty entry"));
    for (const EntryTemplate &entryTemplate : m_catalog.list()) {
        const QString label = entryTemplate.builtIn ? entryTemplate.name : tr("%1 (mine)").arg(entryTemplate.name);
        auto *item = new QListWidgetItem(label, m_templates);
        item->setData(templateIdRole, entryTemplate.id);
        item->setData(templateKindRole, int(entryTemplate.kind));
        item->setData(Qt::ToolTipRole, entryTemplate.description);
    }
}

EntryKind NewEntryDialog::kind() const
{
    return EntryKind(m_kind->currentData().toInt());
}

void NewEntryDialog::setKind(EntryKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

bool NewEntryDialog::selectTemplate(const QString &id)
{
    for (int row = 0; row < m_templates->count(); ++row) {
        if (m_templates->item(row)->data(templateIdRole).toString() == id) {
            m_templates->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString NewEntryDialog::selectedTemplateId() const
{
    const QListWidgetItem *item = m_templates->currentItem();
    return item ? item->data(templateIdRole).toString() : QString();
}

// A new kind brings its own default period and, unless the user chose one, the first template
// written for that kind.
void NewEntryDialog::onKindChanged()
{
    m_period->setText(defaultPeriod(kind(), m_today));
    if (m_templatePicked)
        return;
    int row = 0;
    for (int candidate = 1; candidate < m_templates->count(); ++candidate) {
        if (m_templates->item(candidate)->data(templateKindRole).toInt() == int(kind())) {
            row = candidate;
            break;
        }
    }
    const QSignalBlocker automatic(m_templates); // a choice made for the user is not "picked"
    m_templates->setCurrentRow(row);
    onTemplateChanged();
    m_templatePicked = false;
}

void NewEntryDialog::onPeriodChanged()
{
    const bool valid = period().has_value();
    if (!valid) {
        m_periodError->setText(tr("“%1” is not a period. Write for example %2 (or a range like 2026-03-01..2026-05-31).")
                                   .arg(m_period->text().trimmed(), defaultPeriod(kind(), m_today)));
    }
    m_periodError->setVisible(!valid);
    m_ok->setEnabled(valid);
    updateTitle();
    updatePreview();
}

void NewEntryDialog::onTitleEdited(const QString &text)
{
    // An emptied title takes suggestions again from the next change of kind or period (not at once:
    // the user may be clearing it to type their own).
    m_titleTyped = !text.trimmed().isEmpty();
}

void NewEntryDialog::onTemplateChanged()
{
    m_templatePicked = true;
    const QListWidgetItem *item = m_templates->currentItem();
    m_templateDescription->setText(item ? item->data(Qt::ToolTipRole).toString() : QString());
    updatePreview();
}

void NewEntryDialog::updateTitle()
{
    if (m_titleTyped)
        return;
    const std::optional<Period> current = period();
    if (current)
        m_title->setText(m_catalog.suggestedTitle(kind(), *current, m_today));
}

// Until the period is valid the template is shown with its placeholders, not as a blank page.
void NewEntryDialog::updatePreview()
{
    const std::optional<EntryTemplate> chosen = m_catalog.find(selectedTemplateId());
    m_preview->setPlainText(!chosen ? QString() : period() ? filledBody() : chosen->body);
    m_preview->setPlaceholderText(tr("A blank page."));
}

std::optional<Period> NewEntryDialog::period() const
{
    auto parsed = Period::parse(m_period->text());
    if (!parsed.ok())
        return std::nullopt;
    return *parsed;
}

QString NewEntryDialog::filledBody() const
{
    const std::optional<Period> current = period();
    const std::optional<EntryTemplate> chosen = m_catalog.find(selectedTemplateId());
    if (!chosen || !current)
        return {};
    return m_catalog.fill(chosen->body, *current, m_today);
}

Entry NewEntryDialog::draft() const
{
    Entry entry;
    entry.kind = kind();
    entry.period = period().value_or(Period{});
    entry.title = m_title->text().trimmed();
    if (entry.title.isEmpty())
        entry.title = m_catalog.suggestedTitle(entry.kind, entry.period, m_today);
    entry.body = filledBody();
    entry.written = m_today;
    return entry;
}

std::optional<EntryTemplate> NewEntryDialog::saveTextAsTemplate(QWidget *parent, TemplateCatalog &catalog,
                                                                const QString &body, EntryKind kind,
                                                                const QString &suggestedName)
{
    bool ok = false;
    const QString name = QInputDialog::getText(parent, tr("Save as Template"),
                                               tr("Name of the template (new entries can start from it):"),
                                               QLineEdit::Normal, suggestedName, &ok);
    if (!ok || name.trimmed().isEmpty())
        return std::nullopt;
    auto saved = catalog.saveUserTemplate(name, body, kind);
    if (!saved.ok()) {
        QMessageBox::warning(parent, tr("Template not saved"), saved.error().message);
        return std::nullopt;
    }
    return *saved;
}

} // namespace hoego
