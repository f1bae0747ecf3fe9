#include "restoredialog.h"

#include "backup/backupstore.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace hoego
{

RestoreDialog::RestoreDialog(BackupStore &store, Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_journal(journal)
{
    setWindowTitle(tr("Restore from Backup"));
    auto *intro = new QLabel(tr("Backups of this journal, newest first. They are kept in %1.").arg(m_store.folder()), this);
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setHeaderLabels({tr("Made"), tr("Kind"), tr("Size"), tr("Entries")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_backUpNow = buttons->addButton(tr("&Back Up Now"), QDialogButtonBox::ActionRole);
    m_restore = buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_backUpNow, &QPushButton::clicked, this, &RestoreDialog::backUpNow);
    connect(m_restore, &QPushButton::clicked, this, &RestoreDialog::confirmRestore);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] { m_restore->setEnabled(!m_list->selectedItems().isEmpty()); });
    connect(m_list, &QTreeWidget::itemActivated, this, &RestoreDialog::confirmRestore);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(640, 420);
    refresh();
}

QString RestoreDialog::kindLabel(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Quit:
        return tr("On quit");
    case BackupKind::Daily:
        return tr("Daily");
    case BackupKind::Weekly:
        return tr("Weekly");
    case BackupKind::Monthly:
        return tr("Monthly");
    case BackupKind::BeforeMigration:
        return tr("Before a format update");
    case BackupKind::BeforeRestore:
        return tr("Before a restore");
    case BackupKind::BeforeDelete:
        return tr("Before a delete");
    case BackupKind::Manual:
        break;
    }
    return tr("By hand");
}

void RestoreDialog::refresh()
{
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &backup : m_store.list()) {
        const auto entries = BackupStore::entryCount(backup.path);
        auto *item = new QTreeWidgetItem(m_list, {locale.toString(backup.time.toLocalTime(), QLocale::ShortFormat), kindLabel(backup.kind),
                                                  locale.formattedDataSize(backup.size),
                                                  entries ? locale.toString(*entries) : tr("unreadable")});
        item->setData(0, Qt::UserRole, backup.path);
        item->setToolTip(0, backup.path);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (m_list->topLevelItemCount() == 0)
        m_status->setText(tr("No backups yet. Hoego makes one every time you quit; Back Up Now makes one at once."));
}

void RestoreDialog::backUpNow()
{
    auto made = m_store.make(m_journal, BackupKind::Manual);
    if (!made) {
        QMessageBox::warning(this, tr("Could not back up"), made.error().message);
        return;
    }
    refresh();
    m_status->setText(tr("Backed up to %1.").arg(made->path));
}

void RestoreDialog::confirmRestore()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QMessageBox confirm(QMessageBox::Question, tr("Restore this backup?"),
                        tr("The journal will be replaced by the backup made %1 (%2 entries).\n\n"
                           "The current journal is backed up first (\"Before a restore\" in this list), so you can go back "
                           "to it. Hoego closes the journal, restores the backup and opens it again.")
                            .arg(item->text(0), item->text(3)),
                        QMessageBox::Cancel, this);
    confirm.setObjectName(QStringLiteral("confirmRestore"));
    QPushButton *restore = confirm.addButton(tr("Restore"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != restore)
        return;
    m_chosen = item->data(0, Qt::UserRole).toString();
    accept();
}

} // namespace hoego
