#include "kptboard.h"

#include "kpt/recurringproblems.h"
#include "kptmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMetaMethod>
#include <QSet>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hoego
{
namespace
{

QString sectionTitle(KptSection section)
{
    switch (section) {
    case KptSection::Keep:
        return KptBoard::tr("Keep");
    case KptSection::Problem:
        return KptBoard::tr("Problem");
    case KptSection::Try:
        return KptBoard::tr("Try");
    }
    return {};
}

QString addPlaceholder(KptSection section)
{
    switch (section) {
    case KptSection::Keep:
        return KptBoard::tr("Add what to keep…");
    case KptSection::Problem:
        return KptBoard::tr("Add a problem…");
    case KptSection::Try:
        return KptBoard::tr("Add something to try…");
    }
    return {};
}

std::optional<KptSection> neighbour(KptSection section, int direction)
{
    const int column = int(section) + direction;
    if (column < 0 || column > 2)
        return std::nullopt;
    return KptSection(column);
}

} // namespace

KptBoard::KptBoard(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_store(std::make_unique<KptStore>(journal))
    , m_model(new KptModel(*m_store, this))
{
    setObjectName(QStringLiteral("kptBoard"));
    auto *layout = new QHBoxLayout(this);
    for (const KptSection section : allKptSections)
        layout->addWidget(createColumn(section), 1);

    m_undoAction = m_model->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_redoAction = m_model->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    for (QAction *action : {m_undoAction, m_redoAction}) {
        // Only while the board has focus: the text editor has its own undo history.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }

    // A reset (another entry) takes the views back to the model's root: root them at their sections again.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        for (const KptSection section : allKptSections)
            m_columns[size_t(section)].view->setRootIndex(m_model->sectionIndex(section));
    });
    connect(m_model, &KptModel::itemsChanged, this, &KptBoard::updateHeaders);
    connect(m_model, &KptModel::itemsChanged, this, &KptBoard::updateRecurring);
    connect(m_model, &KptModel::itemsChanged, this, &KptBoard::itemsChanged);
    connect(m_model, &KptModel::itemTouched, this, &KptBoard::selectItem);
    connect(m_model, &KptModel::errorOccurred, this, &KptBoard::errorOccurred);
    setEntry(Entry{});
}

KptBoard::~KptBoard()
{
    // The views go before the model they show, the model before the store it writes to.
    qDeleteAll(findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    delete m_model;
}

QUndoStack *KptBoard::undoStack() const
{
    return m_model->undoStack();
}

QWidget *KptBoard::createColumn(KptSection section)
{
    const QString name = kptSectionName(section);
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    Column &parts = m_columns[size_t(section)];

    parts.header = new QLabel(column);
    parts.header->setObjectName(QStringLiteral("kptHeader_") + name);
    QFont bold = parts.header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    parts.header->setFont(bold);

    parts.view = new QListView(column);
    parts.view->setObjectName(QStringLiteral("kptList_") + name);
    parts.view->setAccessibleName(sectionTitle(section));
    parts.view->setModel(m_model);
    parts.view->setRootIndex(m_model->sectionIndex(section));
    parts.view->setWordWrap(true);
    parts.view->setSpacing(2);
    parts.view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    parts.view->setSelectionMode(QAbstractItemView::SingleSelection);
    parts.view->setDragDropMode(QAbstractItemView::DragDrop);
    parts.view->setDefaultDropAction(Qt::MoveAction);
    parts.view->setDragDropOverwriteMode(false);
    parts.view->setDropIndicatorShown(true);
    parts.view->setContextMenuPolicy(Qt::CustomContextMenu);
    parts.view->installEventFilter(this);
    connect(parts.view, &QWidget::customContextMenuRequested, this,
            [this, section](const QPoint &position) { showContextMenu(section, position); });

    auto *addRow = new QHBoxLayout;
    parts.add = new QLineEdit(column);
    parts.add->setObjectName(QStringLiteral("kptAdd_") + name);
    parts.add->setPlaceholderText(addPlaceholder(section));
    parts.add->setClearButtonEnabled(true);
    parts.add->installEventFilter(this);
    auto *plus = new QToolButton(column);
    plus->setText(QStringLiteral("+"));
    plus->setToolTip(tr("Add the item (Enter)"));
    connect(parts.add, &QLineEdit::returnPressed, this, [this, section] { addFromField(section); });
    connect(plus, &QToolButton::clicked, this, [this, section] { addFromField(section); });
    addRow->addWidget(parts.add, 1);
    addRow->addWidget(plus);

    layout->addWidget(parts.header);
    layout->addWidget(parts.view, 1);
    layout->addLayout(addRow);
    if (section == KptSection::Problem) {
        m_recurringTitle = new QLabel(tr("Came back from earlier years"), column);
        m_recurringTitle->setObjectName(QStringLiteral("kptRecurringTitle"));
        m_recurring = new QListWidget(column);
        m_recurring->setObjectName(QStringLiteral("kptRecurring"));
        m_recurring->setAccessibleName(m_recurringTitle->text());
        m_recurring->setWordWrap(true);
        m_recurring->setMaximumHeight(160);
        layout->addWidget(m_recurringTitle);
        layout->addWidget(m_recurring);
    }
    createItemActions(section);
    return column;
}

void KptBoard::createItemActions(KptSection section)
{
    Column &parts = m_columns[size_t(section)];
    QListView *view = parts.view;
    const auto add = [&](const QString &text, const QKeySequence &shortcut, auto slot) {
        auto *action = new QAction(text, view);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetShortcut);
        connect(action, &QAction::triggered, this, slot);
        view->addAction(action);
        parts.actions << action;
        return action;
    };
    add(tr("&Edit"), QKeySequence(Qt::Key_F2), [view] {
        if (view->currentIndex().isValid())
            view->edit(view->currentIndex());
    });
    add(tr("&Delete"), QKeySequence(QKeySequence::Delete), [this, section] { deleteCurrent(section); });
    if (const auto left = neighbour(section, -1))
        add(tr("Move to %1").arg(sectionTitle(*left)), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Left),
            [this, section] { moveCurrentToColumn(section, -1); });
    if (const auto right = neighbour(section, +1))
        add(tr("Move to %1").arg(sectionTitle(*right)), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Right),
            [this, section] { moveCurrentToColumn(section, +1); });
    add(tr("Move &Up"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Up), [this, section] { moveCurrentWithinColumn(section, -1); });
    add(tr("Move Do&wn"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Down), [this, section] { moveCurrentWithinColumn(section, +1); });
    if (section == KptSection::Try) {
        QAction *promote = add(tr("Make It a &Goal for Next Year"), QKeySequence(), [this, view] {
            const KptItem item = m_model->item(view->currentIndex());
            if (item.id > 0)
                Q_EMIT tryItemPromotionRequested(item.id, item.text);
        });
        promote->setObjectName(QStringLiteral("kptPromoteToGoal"));
    }
}

void KptBoard::showContextMenu(KptSection section, const QPoint &position)
{
    QListView *view = m_columns[size_t(section)].view;
    if (const QModelIndex under = view->indexAt(position); under.isValid())
        view->setCurrentIndex(under);
    const bool onItem = view->currentIndex().isValid();
    static const QMetaMethod promotion = QMetaMethod::fromSignal(&KptBoard::tryItemPromotionRequested);
    QMenu menu(this);
    for (QAction *action : std::as_const(m_columns[size_t(section)].actions)) {
        if (action->objectName() == QLatin1String("kptPromoteToGoal") && !isSignalConnected(promotion))
            continue;
        action->setEnabled(onItem);
        menu.addAction(action);
    }
    menu.addSeparator();
    menu.addAction(m_undoAction);
    menu.addAction(m_redoAction);
    menu.exec(view->viewport()->mapToGlobal(position));
    for (QAction *action : std::as_const(m_columns[size_t(section)].actions))
        action->setEnabled(true);
}

void KptBoard::setEntry(const Entry &entry)
{
    m_entry = entry;
    m_earlierProblems.clear();
    if (entry.id > 0 && entry.kind == EntryKind::Year) {
        auto earlier = m_store->sectionItems(KptSection::Problem, {std::nullopt, entry.period.year() - 1, std::nullopt});
        if (earlier)
            m_earlierProblems = *earlier;
    }
    for (const Column &column : m_columns)
        column.add->clear();
    m_model->setEntry(entry.id);
    setEnabled(entry.id > 0);
}

void KptBoard::addFromField(KptSection section)
{
    QLineEdit *field = m_columns[size_t(section)].add;
    if (field->text().trimmed().isEmpty())
        return;
    if (m_model->addItem(section, field->text()))
        field->clear(); // ready for the next item
}

void KptBoard::deleteCurrent(KptSection section)
{
    QListView *view = m_columns[size_t(section)].view;
    const int row = view->currentIndex().row();
    if (!m_model->removeItem(view->currentIndex()))
        return;
    // The next item (or the new last one) is current, so that Del can be pressed again.
    const int rows = m_model->rowCount(view->rootIndex());
    if (rows > 0)
        view->setCurrentIndex(m_model->index(qMin(row, rows - 1), 0, view->rootIndex()));
}

void KptBoard::moveCurrentToColumn(KptSection section, int direction)
{
    const QModelIndex current = m_columns[size_t(section)].view->currentIndex();
    const auto target = neighbour(section, direction);
    if (!current.isValid() || !target)
        return;
    const qint64 id = m_model->item(current).id;
    // Across, not to the end: the item lands beside where it was.
    if (m_model->moveItem(current, *target, current.row())) {
        QListView *view = m_columns[size_t(*target)].view;
        view->setCurrentIndex(m_model->indexOfItem(id));
        view->setFocus(Qt::ShortcutFocusReason);
    }
}

void KptBoard::moveCurrentWithinColumn(KptSection section, int direction)
{
    const QModelIndex current = m_columns[size_t(section)].view->currentIndex();
    if (current.isValid() && current.row() + direction >= 0)
        m_model->moveItem(current, section, current.row() + direction);
}

void KptBoard::selectItem(qint64 id)
{
    const QModelIndex index = m_model->indexOfItem(id);
    if (!index.isValid())
        return;
    QListView *view = m_columns[size_t(m_model->item(index).section)].view;
    view->setCurrentIndex(index);
    view->scrollTo(index);
}

void KptBoard::updateHeaders()
{
    for (const KptSection section : allKptSections) {
        const int count = m_model->rowCount(m_model->sectionIndex(section));
        m_columns[size_t(section)].header->setText(tr("%1 · %2").arg(sectionTitle(section)).arg(count));
    }
}

void KptBoard::updateRecurring()
{
    m_recurring->clear();
    QSet<qint64> shown;
    for (const RecurringProblem &recurring : findRecurringProblems(m_model->items(KptSection::Problem), m_earlierProblems)) {
        for (const DatedKptItem &earlier : recurring.earlier) {
            if (shown.contains(earlier.item.id))
                continue;
            shown.insert(earlier.item.id);
            auto *row = new QListWidgetItem(tr("%1 (%2)").arg(earlier.item.text).arg(earlier.year), m_recurring);
            row->setToolTip(tr("In “%1”; this year: “%2”").arg(earlier.entryTitle, recurring.problem.text));
        }
    }
    const bool any = m_recurring->count() > 0;
    m_recurringTitle->setVisible(any);
    m_recurring->setVisible(any);
}

bool KptBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    for (const Column &column : m_columns) {
        const bool enter = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && key->modifiers() == Qt::NoModifier;
        if (watched == column.view && enter) { // (an open editor takes its own Enter)
            // Enter on a column: write a new item at its foot.
            column.add->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
        if (watched == column.add && key->key() == Qt::Key_Escape) {
            column.add->clear();
            column.view->setFocus(Qt::ShortcutFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hoego
