#include "importdialog.h"

#include "entries/entrylistmodel.h"
#include "exchange/importer.h"
#include "importpreviewmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

namespace hoego
{
namespace
{

// Kinds are chosen from a list, not typed.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (const QString &name : entryKindNames())
            combo->addItem(entryKindLabel(*entryKindFromName(name)), name);
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }
};

} // namespace

ImportDialog::ImportDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_model(new ImportPreviewModel(this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(tr("Choose Markdown or text files (.md, .markdown, .txt), or a folder of them."), this))
    , m_progress(new QProgressBar(this))
    , m_addFiles(new QPushButton(tr("Add &Files…"), this))
    , m_addFolder(new QPushButton(tr("Add F&older…"), this))
{
    setWindowTitle(tr("Import Posts"));
    resize(1000, 520);
    m_table->setModel(m_model);
    m_table->setItemDelegateForColumn(ImportPreviewModel::KindColumn, new KindDelegate(m_table));
    // Counts and names sized to their contents, the title a fixed share, the notes (the reasons a
    // file cannot be imported) the rest, so that they are seen without scrolling.
    setColumnsFollowContents(true);
    m_table->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::TitleColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::NoteColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(ImportPreviewModel::TitleColumn, 300);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_status->setWordWrap(true);
    m_progress->hide();

    auto *buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_cancel = buttons->addButton(QDialogButtonBox::Close);
    m_import->setEnabled(false);
    // No default button: Return in a title being edited must commit the edit, not start the import
    // (the item delegate commits after the key has gone on to the dialog).
    for (QPushButton *button : {m_import, m_cancel, m_addFiles, m_addFolder})
        button->setAutoDefault(false);

    auto *choose = new QHBoxLayout;
    choose->addWidget(m_addFiles);
    choose->addWidget(m_addFolder);
    choose->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(choose);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);

    connect(m_addFiles, &QPushButton::clicked, this, &ImportDialog::chooseFiles);
    connect(m_addFolder, &QPushButton::clicked, this, &ImportDialog::chooseFolder);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_busy)
            cancelWork();
        else
            reject();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImportDialog::updateImportButton);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImportDialog::updateImportButton);
}

ImportDialog::~ImportDialog()
{
    *m_cancelled = true;
    if (m_reader)
        m_reader->wait();
}

void ImportDialog::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Posts"), QString(),
                                                            tr("Markdown and text (*.md *.markdown *.txt);;All files (*)"));
    if (!files.isEmpty())
        addPaths(files);
}

void ImportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import a Folder of Posts"));
    if (!folder.isEmpty())
        addPaths({folder});
}

void ImportDialog::addPaths(const QStringList &paths)
{
    if (m_busy)
        return;
    setBusy(true);
    *m_cancelled = false;
    m_status->setText(tr("Reading the files…"));
    const auto cancelled = m_cancelled;
    m_reader = QThread::create([this, paths, cancelled] {
        const QStringList files = Importer::collectFiles(paths);
        QList<ImportFileResult> prepared;
        for (const QString &path : files) {
            if (*cancelled)
                break;
            prepared << Importer::prepare(path);
            QMetaObject::invokeMethod(this, [this, done = int(prepared.size()), total = int(files.size())] {
                m_progress->setRange(0, total);
                m_progress->setValue(done);
            }, Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, [this, prepared] { showPrepared(prepared); }, Qt::QueuedConnection);
    });
    m_reader->start();
}

void ImportDialog::showPrepared(const QList<ImportFileResult> &files)
{
    m_reader->wait();
    m_reader->deleteLater();
    m_reader = nullptr;
    QList<ImportFileResult> all;
    for (int row = 0; row < m_model->rowCount(); ++row)
        all << m_model->file(row);
    m_model->setFiles(all + files);
    setBusy(false);
    const int usable = int(std::count_if(files.begin(), files.end(), [](const ImportFileResult &f) { return !f.failed(); }));
    m_status->setText(tr("%n file(s) ready to import.", nullptr, usable)
                      + (usable < files.size() ? u' ' + tr("%n file(s) cannot be imported; the notes say why.", nullptr, int(files.size()) - usable)
                                               : QString()));
    Q_EMIT previewReady();
}

void ImportDialog::startImport()
{
    if (m_busy)
        return;
    m_pending = m_model->checkedRows();
    m_total = int(m_pending.size());
    m_imported = 0;
    m_failed = 0;
    *m_cancelled = false;
    if (m_pending.isEmpty())
        return;
    setBusy(true);
    // Columns sized to their contents would measure every row again after each stored file: four
    // fifths of an import's time. They keep their width until the import is done.
    setColumnsFollowContents(false);
    m_progress->setRange(0, m_total);
    m_progress->setValue(0);
    QTimer::singleShot(0, this, &ImportDialog::storeNext);
}

void ImportDialog::storeNext()
{
    if (*m_cancelled || m_pending.isEmpty()) {
        finishImport();
        return;
    }
    // A few files per turn of the event loop, in one transaction: the window stays responsive, and
    // the import is as fast as `hoego import`.
    constexpr qsizetype filesPerTurn = 8;
    const QList<int> rows = m_pending.mid(0, filesPerTurn);
    m_pending.remove(0, rows.size());
    QList<ImportFileResult *> files;
    for (const int row : rows)
        files << &m_model->editableFile(row);
    Importer(m_journal).storeTogether(files);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        ImportFileResult &file = *files[i];
        if (file.failed()) {
            ++m_failed;
            m_model->setOutcome(rows[i], file.problem, true);
            file.problem.clear(); // the row may be tried again after the user corrects it
        } else {
            ++m_imported;
            m_model->setOutcome(rows[i], tr("Imported as entry %1").arg(file.entryId), false);
        }
    }
    m_progress->setValue(m_total - int(m_pending.size()));
    m_status->setText(tr("Importing %1 of %2…").arg(m_total - m_pending.size()).arg(m_total));
    QTimer::singleShot(0, this, &ImportDialog::storeNext);
}

void ImportDialog::finishImport()
{
    const bool cancelled = *m_cancelled && !m_pending.isEmpty();
    m_pending.clear();
    setBusy(false);
    setColumnsFollowContents(true);
    QString text = tr("Imported %n entries.", nullptr, m_imported);
    if (m_failed)
        text += u' ' + tr("%n file(s) could not be imported; the notes say why.", nullptr, m_failed);
    if (cancelled)
        text += u' ' + tr("Cancelled: the remaining files were not imported.");
    m_status->setText(text);
    Q_EMIT importFinished(m_imported, m_failed);
}

void ImportDialog::setColumnsFollowContents(bool follow)
{
    // Every column but the title (a fixed share) and the notes (the rest of the width).
    for (int column = 0; column < ImportPreviewModel::ColumnCount; ++column) {
        if (column != ImportPreviewModel::TitleColumn && column != ImportPreviewModel::NoteColumn)
            m_table->horizontalHeader()->setSectionResizeMode(column, follow ? QHeaderView::ResizeToContents : QHeaderView::Interactive);
    }
}

void ImportDialog::cancelWork()
{
    *m_cancelled = true;
}

void ImportDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_progress->setRange(0, 0);
    m_addFiles->setEnabled(!busy);
    m_addFolder->setEnabled(!busy);
    m_table->setEnabled(!busy);
    m_cancel->setText(busy ? tr("Cancel") : tr("Close"));
    updateImportButton();
}

void ImportDialog::updateImportButton()
{
    m_import->setEnabled(!m_busy && !m_model->checkedRows().isEmpty());
}

} // namespace hoego
