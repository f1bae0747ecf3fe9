#include "goalspane.h"

#include "goaldelegate.h"
#include "goals/goalparser.h"
#include "goals/goalstore.h"
#include "goalsmodel.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hoego
{

GoalsPane::GoalsPane(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_store(std::make_unique<GoalStore>(journal))
    , m_year(QDate::currentDate().year())
{
    setObjectName(u"goalsPane"_s);
    m_model = new GoalsModel(*m_store, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(createHeader());
    layout->addWidget(createReviewBar());

    m_addEdit = new QLineEdit(this);
    m_addEdit->setObjectName(u"addGoal"_s);
    m_addEdit->setPlaceholderText(tr("Add a goal…"));
    m_addEdit->setAccessibleName(tr("Add a goal"));
    m_addEdit->setToolTip(tr("Write a goal as you would say it, like “책 15권 읽기” or “주 3회 조깅”, and press Enter."));
    m_parseHint = new QLabel(this);
    m_parseHint->setObjectName(u"parseHint"_s);
    QFont small = m_parseHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_parseHint->setFont(small);
    m_parseHint->setForegroundRole(QPalette::PlaceholderText);
    m_parseHint->setWordWrap(true);
    m_parseHint->hide();
    layout->addWidget(m_addEdit);
    layout->addWidget(m_parseHint);

    m_view = new QListView(this);
    m_view->setObjectName(u"goalList"_s);
    m_view->setAccessibleName(tr("Goals of the year"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new GoalDelegate(m_view));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->installEventFilter(this);
    m_empty = new QLabel(tr("No goals for this year yet. Write one above, like “책 15권 읽고 7권 서평”."), this);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    createActions();
    layout->addWidget(createButtons());
    layout->addWidget(createMessageBar());

    connect(m_addEdit, &QLineEdit::textChanged, this, &GoalsPane::updateParseHint);
    connect(m_addEdit, &QLineEdit::returnPressed, this, &GoalsPane::addGoalFromEdit);
    connect(m_view, &QListView::doubleClicked, this, &GoalsPane::checkInSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &GoalsPane::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GoalsPane::updateButtons);
    showYear(m_year);
}

GoalsPane::~GoalsPane() = default;

QWidget *GoalsPane::createHeader()
{
    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(0, 0, 0, 0);
    auto *previous = new QToolButton(header);
    previous->setText(u"‹"_s);
    previous->setToolTip(tr("Goals of the year before"));
    previous->setAutoRaise(true);
    auto *next = new QToolButton(header);
    next->setText(u"›"_s);
    next->setToolTip(tr("Goals of the year after"));
    next->setAutoRaise(true);
    m_heading = new QLabel(header);
    m_heading->setObjectName(u"goalsHeading"_s);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    row->addWidget(m_heading, 1);
    row->addWidget(previous);
    row->addWidget(next);
    connect(previous, &QToolButton::clicked, this, [this] { showYear(m_year - 1); });
    connect(next, &QToolButton::clicked, this, [this] { showYear(m_year + 1); });
    return header;
}

QWidget *GoalsPane::createReviewBar()
{
    m_reviewBar = new QFrame(this);
    m_reviewBar->setObjectName(u"reviewBar"_s);
    static_cast<QFrame *>(m_reviewBar)->setFrameShape(QFrame::StyledPanel);
    auto *row = new QVBoxLayout(m_reviewBar);
    m_reviewText = new QLabel(m_reviewBar);
    m_reviewText->setWordWrap(true);
    auto *review = new QPushButton(tr("Review the Year…"), m_reviewBar);
    review->setObjectName(u"reviewButton"_s);
    row->addWidget(m_reviewText);
    row->addWidget(review, 0, Qt::AlignLeft);
    connect(review, &QPushButton::clicked, this, &GoalsPane::reviewYear);
    m_reviewBar->hide();
    return m_reviewBar;
}

QWidget *GoalsPane::createMessageBar()
{
    m_messageBar = new QWidget(this);
    auto *row = new QHBoxLayout(m_messageBar);
    row->setContentsMargins(0, 0, 0, 0);
    m_message = new QLabel(m_messageBar);
    m_message->setObjectName(u"goalsMessage"_s);
    m_message->setWordWrap(true);
    m_undo = new QPushButton(tr("&Undo"), m_messageBar);
    m_undo->setObjectName(u"goalsUndo"_s);
    auto *dismiss = new QToolButton(m_messageBar);
    dismiss->setText(u"×"_s);
    dismiss->setToolTip(tr("Hide this message"));
    dismiss->setAutoRaise(true);
    row->addWidget(m_message, 1);
    row->addWidget(m_undo, 0, Qt::AlignTop);
    row->addWidget(dismiss, 0, Qt::AlignTop);
    connect(dismiss, &QToolButton::clicked, this, [this] { showMessage({}); });
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (auto step = std::exchange(m_undoStep, {}))
            step();
    });
    m_messageBar->hide();
    return m_messageBar;
}

QWidget *GoalsPane::createButtons()
{
    auto *buttons = new QWidget(this);
    auto *row = new QHBoxLayout(buttons);
    row->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_checkInAction, m_editAction, m_dropAction, m_deleteAction, m_historyAction}) {
        auto *button = new QToolButton(buttons);
        button->setDefaultAction(action);
        row->addWidget(button);
    }
    row->addStretch(1);
    return buttons;
}

void GoalsPane::createActions()
{
    m_checkInAction = new QAction(tr("Check &In…"), this);
    m_checkInAction->setToolTip(tr("Record progress on the selected goal (Space, Ctrl+Shift+C)"));
    m_editAction = new QAction(tr("&Edit…"), this);
    m_dropAction = new QAction(tr("&Drop"), this);
    m_dropAction->setToolTip(tr("Give up the selected goal; it stays in the year with the status “dropped”"));
    m_deleteAction = new QAction(tr("De&lete…"), this);
    m_historyAction = new QAction(tr("&History…"), this);
    connect(m_checkInAction, &QAction::triggered, this, &GoalsPane::checkInSelected);
    connect(m_editAction, &QAction::triggered, this, &GoalsPane::editSelected);
    connect(m_dropAction, &QAction::triggered, this, &GoalsPane::dropSelected);
    connect(m_deleteAction, &QAction::triggered, this, &GoalsPane::deleteSelected);
    connect(m_historyAction, &QAction::triggered, this, &GoalsPane::showHistoryOfSelected);
    m_view->addActions({m_checkInAction, m_editAction, m_dropAction, m_deleteAction, m_historyAction});
}

void GoalsPane::setClock(std::function<QDate()> today)
{
    m_today = std::move(today);
    m_model->setClock(m_today);
    updateReviewBar();
}

void GoalsPane::showYear(int year)
{
    const qint64 selected = year == m_year ? selectedGoalId() : 0;
    m_year = year;
    m_heading->setText(tr("Goals %1").arg(year));
    m_model->setYear(year);
    afterReload(selected);
}

void GoalsPane::reload()
{
    const qint64 selected = selectedGoalId();
    m_model->reload();
    afterReload(selected);
}

void GoalsPane::afterReload(qint64 selectId)
{
    if (!m_model->lastError().isEmpty())
        showMessage(m_model->lastError());
    m_empty->setVisible(m_model->rowCount() == 0);
    if (!selectGoal(selectId) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0));
    updateReviewBar();
    updateButtons();
}

void GoalsPane::setReviewOffered(bool offered)
{
    m_reviewOffered = offered;
    updateReviewBar();
}

void GoalsPane::updateReviewBar()
{
    const int open = m_model->openCount();
    m_reviewBar->setVisible(m_reviewOffered && open > 0);
    m_reviewText->setText(tr("Goals of %1 still open: %2. Review how the year went?").arg(m_year).arg(open));
}

void GoalsPane::updateButtons()
{
    const bool selected = selectedGoalId() != 0;
    for (QAction *action : {m_checkInAction, m_editAction, m_dropAction, m_deleteAction, m_historyAction})
        action->setEnabled(selected);
}

qint64 GoalsPane::selectedGoalId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool GoalsPane::selectGoal(qint64 goalId)
{
    const int row = m_model->rowOf(goalId);
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row));
    return true;
}

void GoalsPane::focusAddEdit()
{
    m_addEdit->setFocus(Qt::ShortcutFocusReason);
    m_addEdit->selectAll();
}

namespace
{

QString measureText(const ParsedGoal &parsed)
{
    switch (parsed.measure) {
    case GoalMeasure::Count:
        return GoalsPane::tr("count");
    case GoalMeasure::Duration:
        return GoalsPane::tr("duration");
    case GoalMeasure::Frequency:
        return GoalsPane::tr("frequency");
    case GoalMeasure::Done:
        break;
    }
    return GoalsPane::tr("done or not");
}

QString cadenceText(GoalCadence cadence)
{
    switch (cadence) {
    case GoalCadence::Day:
        return GoalsPane::tr("every day");
    case GoalCadence::Week:
        return GoalsPane::tr("every week");
    case GoalCadence::Month:
        return GoalsPane::tr("every month");
    case GoalCadence::None:
        break;
    }
    return {};
}

} // namespace

void GoalsPane::updateParseHint()
{
    const QString text = m_addEdit->text().trimmed();
    m_parseHint->setVisible(!text.isEmpty());
    if (text.isEmpty())
        return;
    const ParsedGoal parsed = parseGoal(text);
    QStringList parts = {measureText(parsed)};
    if (parsed.target)
        parts << QStringList{GoalsModel::numberText(*parsed.target), parsed.unit}.join(u' ').trimmed();
    if (parsed.per != GoalCadence::None)
        parts << cadenceText(parsed.per);
    m_parseHint->setText(tr("Understood: %1 — Enter adds it to %2").arg(parts.join(u" · "_s)).arg(m_year));
}

void GoalsPane::addGoalFromEdit()
{
    const QString text = m_addEdit->text().trimmed();
    if (text.isEmpty())
        return;
    auto id = m_store->add(Goal::fromParsed(parseGoal(text), m_year));
    if (!id) {
        showMessage(tr("The goal was not added: %1").arg(id.error().message));
        return;
    }
    m_addEdit->clear();
    m_model->reload();
    afterReload(*id);
    Q_EMIT goalsChanged();
}

void GoalsPane::showMessage(const QString &text, std::function<void()> undo)
{
    m_message->setText(text);
    m_undoStep = std::move(undo);
    m_undo->setVisible(bool(m_undoStep));
    m_messageBar->setVisible(!text.isEmpty());
}

bool GoalsPane::eventFilter(QObject *watched, QEvent *event)
{
    // Space on the selected goal checks in, like a click on a checkbox.
    if (watched == m_view && event->type() == QEvent::KeyPress && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Space
        && static_cast<QKeyEvent *>(event)->modifiers() == Qt::NoModifier) {
        checkInSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace hoego
