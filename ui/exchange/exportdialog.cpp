#include "exportdialog.h"

#include "exchange/markdownexport.h"
#include "exchange/pdfexport.h"
#include "journal/entrystore.h"
#include "journal/journal.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hoego
{

ExportDialog::ExportDialog(Journal &journal, std::optional<qint64> currentEntry, std::optional<int> currentYear, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_currentEntry(currentEntry)
{
    setWindowTitle(tr("Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createWhatBox());
    layout->addWidget(createFormatBox());
    layout->addWidget(createTargetRow());
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::start);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);

    if (currentYear) {
        if (const int index = m_years->findData(*currentYear); index >= 0)
            m_years->setCurrentIndex(index);
    }
    (m_currentEntry ? m_entry : m_years->count() > 0 ? m_year : m_all)->setChecked(true);
    suggestTarget();
    updateControls();
}

ExportDialog::~ExportDialog()
{
    if (m_worker) {
        m_cancel->store(true);
        m_worker->wait();
        delete m_worker;
    }
}

QWidget *ExportDialog::createWhatBox()
{
    auto *box = new QGroupBox(tr("What"), this);
    auto *layout = new QVBoxLayout(box);
    m_entry = new QRadioButton(tr("This &entry"), box);
    m_entry->setEnabled(m_currentEntry.has_value());
    auto *yearRow = new QHBoxLayout;
    m_year = new QRadioButton(tr("A &year:"), box);
    m_years = new QComboBox(box);
    if (auto years = EntryStore(m_journal).yearStats(); years.ok()) {
        for (const YearStats &year : std::as_const(*years)) {
            if (year.entries > 0)
                m_years->addItem((year.entries == 1 ? tr("%1 (1 entry)") : tr("%1 (%2 entries)").arg(u"%1"_s, QString::number(year.entries)))
                                     .arg(year.year),
                                 year.year);
        }
    }
    m_year->setEnabled(m_years->count() > 0);
    yearRow->addWidget(m_year);
    yearRow->addWidget(m_years, 1);
    m_all = new QRadioButton(tr("The whole &journal"), box);
    layout->addWidget(m_entry);
    layout->addLayout(yearRow);
    layout->addWidget(m_all);
    for (QRadioButton *button : {m_entry, m_year, m_all})
        connect(button, &QRadioButton::toggled, this, [this](bool on) {
            if (on) {
                suggestTarget();
                updateControls();
            }
        });
    connect(m_years, &QComboBox::currentIndexChanged, this, [this] {
        suggestTarget();
        updateControls();
    });
    return box;
}

QWidget *ExportDialog::createFormatBox()
{
    auto *box = new QGroupBox(tr("As"), this);
    auto *layout = new QFormLayout(box);
    m_format = new QComboBox(box);
    m_format->addItem(tr("Markdown folder (for a blog or a git repository)"), u"md"_s);
    m_format->addItem(tr("PDF book"), u"pdf"_s);
    m_pageSize = new QComboBox(box);
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));
    layout->addRow(tr("&Format:"), m_format);
    layout->addRow(tr("&Page size:"), m_pageSize);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        suggestTarget();
        updateControls();
    });
    return box;
}

QWidget *ExportDialog::createTargetRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Save to:"), row);
    m_target = new QLineEdit(row);
    label->setBuddy(m_target);
    m_browse = new QPushButton(tr("&Browse…"), row);
    layout->addWidget(label);
    layout->addWidget(m_target, 1);
    layout->addWidget(m_browse);
    connect(m_target, &QLineEdit::textEdited, this, [this] {
        m_targetEdited = true;
        updateControls();
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    return row;
}

void ExportDialog::browse()
{
    const QString chosen = isPdf() ? QFileDialog::getSaveFileName(this, tr("Save the PDF as"), m_target->text(), tr("PDF (*.pdf)"))
                                   : QFileDialog::getSaveFileName(this, tr("Name of the new folder"), m_target->text());
    if (chosen.isEmpty())
        return;
    m_target->setText(QDir::toNativeSeparators(chosen));
    m_targetEdited = true;
    updateControls();
}

// Until the user types a target, it follows the choices: ~/Documents/회고-2025.pdf, ~/Documents/회고-전체…
void ExportDialog::suggestTarget()
{
    if (m_targetEdited || !m_target)
        return;
    QString name = tr("hoego");
    if (m_entry->isChecked() && m_currentEntry)
        name += u'-' + QString::number(*m_currentEntry);
    else if (m_year->isChecked())
        name += u'-' + QString::number(m_years->currentData().toInt());
    else
        name += u'-' + tr("all");
    if (isPdf())
        name += u".pdf"_s;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QDir(folder).exists())
        folder = QDir::homePath(); // a home without ~/Documents
    m_target->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
}

void ExportDialog::updateControls()
{
    const bool running = isRunning();
    for (QWidget *widget : std::initializer_list<QWidget *>{m_year, m_all, m_format, m_target, m_browse})
        widget->setEnabled(!running);
    m_entry->setEnabled(!running && m_currentEntry.has_value());
    m_year->setEnabled(!running && m_years->count() > 0);
    m_years->setEnabled(!running && m_year->isChecked());
    m_pageSize->setEnabled(!running && isPdf());
    m_exportButton->setEnabled(!running && !m_target->text().trimmed().isEmpty() && selection().has_value());
    m_closeButton->setText(running ? tr("Cancel") : tr("Close"));
}

std::optional<ExportSelection> ExportDialog::selection() const
{
    if (m_entry->isChecked() && m_currentEntry)
        return ExportSelection{ExportSelection::Scope::Entry, *m_currentEntry, 0};
    if (m_year->isChecked() && m_years->currentIndex() >= 0)
        return ExportSelection{ExportSelection::Scope::Year, 0, m_years->currentData().toInt()};
    if (m_all->isChecked())
        return ExportSelection{ExportSelection::Scope::All, 0, 0};
    return std::nullopt;
}

bool ExportDialog::isPdf() const
{
    return m_format->currentData().toString() == u"pdf"_s;
}

bool ExportDialog::start()
{
    const auto what = selection();
    if (isRunning() || !what)
        return false;
    auto bundle = collectExport(m_journal, *what, QDate::currentDate());
    if (!bundle) {
        m_status->setText(bundle.error().message);
        return false;
    }
    if (bundle->entries.isEmpty()) {
        m_status->setText(tr("There is nothing to export."));
        return false;
    }
    const QString target = QDir::fromNativeSeparators(m_target->text().trimmed());
    const bool pdf = isPdf();
    PdfExportOptions options;
    options.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto progress = [this, cancel = m_cancel](int done, int total) {
        QMetaObject::invokeMethod(this, [this, done, total] { onProgress(done, total); }, Qt::QueuedConnection);
        return !cancel->load();
    };
    m_worker = QThread::create([this, bundle = std::move(*bundle), target, pdf, options, progress] {
        Result<ExportReport> result = pdf ? PdfExport::write(bundle, target, options, progress) : MarkdownExport::write(bundle, target, progress);
        QMetaObject::invokeMethod(this, [this, result] { onFinished(result); }, Qt::QueuedConnection);
    });
    m_progress->setRange(0, 0); // busy until the first entry is done
    m_status->setText(tr("Exporting…"));
    m_worker->start();
    updateControls();
    return true;
}

void ExportDialog::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_status->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (isRunning()) {
        cancel();
        return;
    }
    QDialog::reject();
}

void ExportDialog::onProgress(int done, int total)
{
    if (!isRunning())
        return;
    m_progress->setRange(0, total);
    m_progress->setValue(done);
}

void ExportDialog::onFinished(const Result<ExportReport> &result)
{
    m_worker->wait();
    m_worker->deleteLater();
    m_worker = nullptr;
    m_progress->setRange(0, 1);
    updateControls();
    if (!result) {
        const bool cancelled = isExportCancelled(result.error());
        m_progress->setValue(0);
        m_status->setText(cancelled ? tr("Export cancelled; nothing was written.") : result.error().message);
        Q_EMIT exportFailed(m_status->text(), cancelled);
        return;
    }
    m_progress->setValue(1);
    m_status->setText(result->entries == 1 ? tr("Exported 1 entry to %1.").arg(m_target->text())
                                           : tr("Exported %1 entries to %2.").arg(result->entries).arg(m_target->text()));
    Q_EMIT exportFinished(result->files);
}

} // namespace hoego
