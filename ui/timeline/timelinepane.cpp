#include "timelinepane.h"

#include "entries/entrylistmodel.h"
#include "journal/journal.h"
#include "onthisdaybar.h"
#include "timelinedelegate.h"
#include "timelinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

const QString journalKey = u"timeline/journal"_s;
const QString yearKey = u"timeline/selectedYear"_s;
const QString entryKey = u"timeline/selectedEntry"_s;
const QString scrollKey = u"timeline/scrollPosition"_s;
// Typing a word should not re-read the timeline at every syllable.
constexpr int searchDelayMs = 200;

} // namespace

TimelinePane::TimelinePane(Journal &journal, QWidget *parent, QSettings *settings)
    : QWidget(parent)
    , m_journal(journal)
    , m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{
    setObjectName(u"timelinePane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_onThisDay = new OnThisDayBar(*m_settings, this);
    connect(m_onThisDay, &OnThisDayBar::entryOpened, this, &TimelinePane::entryOpened);
    layout->addWidget(m_onThisDay);
    createFilters();
    layout->addWidget(m_search);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_tag, 1);
    layout->addLayout(filters);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_model = new TimelineModel(journal, this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"timelineView"_s);
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setHeaderHidden(true);
    m_view->setRootIsDecorated(false);
    m_view->setIndentation(0);
    m_view->setUniformRowHeights(false);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setExpandsOnDoubleClick(false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setModel(m_model);
    m_delegate = new TimelineDelegate(*m_model, m_view);
    m_view->setItemDelegate(m_delegate);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_view);

    // Years start unfolded; a reset (new filter, new entry) unfolds them again, an update in place keeps them.
    connect(m_model, &QAbstractItemModel::modelReset, m_view, &QTreeView::expandAll);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TimelinePane::onCurrentChanged);
    connect(m_view, &QTreeView::activated, this, &TimelinePane::onActivated);
    connect(m_view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_quiet)
            m_settings->setValue(scrollKey, value);
    });
    reload();
    if (OnThisDayBar::isEnabled(*m_settings)) {
        if (auto found = TimelineStore(journal).onThisDay(QDate::currentDate()); found)
            m_onThisDay->showEntries(*found);
    }
}

TimelinePane::~TimelinePane() = default;

void TimelinePane::createFilters()
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"timelineSearch"_s);
    m_search->setPlaceholderText(tr("Search the timeline"));
    m_search->setAccessibleName(tr("Search the timeline"));
    m_search->setClearButtonEnabled(true);
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind of entry"));
    m_kind->addItem(tr("All kinds"));
    for (const QString &name : entryKindNames()) {
        const EntryKind kind = *entryKindFromName(name);
        m_kind->addItem(entryKindLabel(kind), int(kind));
    }
    m_tag = new QComboBox(this);
    m_tag->setAccessibleName(tr("Tag"));
    fillTags();
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(searchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &TimelinePane::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TimelinePane::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimelinePane::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &TimelinePane::applyFilter);
}

void TimelinePane::fillTags()
{
    const QString current = m_tag->currentData().toString();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"));
    if (auto tags = TimelineStore(m_journal).tags(); tags) {
        for (const QString &tag : std::as_const(*tags))
            m_tag->addItem(u"#"_s + tag, tag);
    }
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
}

void TimelinePane::applyFilter()
{
    m_searchDelay->stop();
    TimelineFilter filter;
    if (m_kind->currentData().isValid())
        filter.kind = EntryKind(m_kind->currentData().toInt());
    filter.tag = m_tag->currentData().toString();
    filter.query = m_search->text().trimmed();
    if (filter.query == m_model->filter().query && filter.kind == m_model->filter().kind && filter.tag == m_model->filter().tag)
        return;
    const std::optional<int> year = selectedYear();
    const std::optional<qint64> entry = selectedEntry();
    m_quiet = true;
    const Status applied = m_model->setFilter(filter);
    const QModelIndex keep = entry ? m_model->indexOfEntry(*entry) : QModelIndex();
    setCurrentQuietly(keep.isValid() ? keep : year ? m_model->indexOfYear(*year) : QModelIndex());
    m_quiet = false;
    if (!applied)
        m_message->setText(applied.error().message);
    else if (m_model->rowCount() == 0)
        m_message->setText(filter.isEmpty() ? tr("No entries yet.") : tr("Nothing matches these filters."));
    m_message->setVisible(!applied || m_model->rowCount() == 0);
}

void TimelinePane::reload()
{
    const std::optional<int> year = selectedYear();
    const std::optional<qint64> entry = selectedEntry();
    const int scroll = m_view->verticalScrollBar()->value();
    m_quiet = true;
    fillTags();
    (void)m_model->reload();
    const QModelIndex keep = entry ? m_model->indexOfEntry(*entry) : QModelIndex();
    if (keep != m_view->currentIndex())
        setCurrentQuietly(keep.isValid() ? keep : year ? m_model->indexOfYear(*year) : QModelIndex());
    if (m_view->verticalScrollBar()->value() != scroll) {
        m_view->doItemsLayout();
        m_view->verticalScrollBar()->setValue(scroll);
    }
    m_quiet = false;
}

void TimelinePane::setCurrentQuietly(const QModelIndex &index)
{
    const QSignalBlocker blocker(m_view->selectionModel());
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    else
        m_view->selectionModel()->clear();
    m_view->viewport()->update();
}

std::optional<int> TimelinePane::selectedYear() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? std::optional<int>(current.data(TimelineModel::YearRole).toInt()) : std::nullopt;
}

std::optional<qint64> TimelinePane::selectedEntry() const
{
    const qint64 id = m_view->currentIndex().data(TimelineModel::EntryIdRole).toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void TimelinePane::selectYear(int year)
{
    const QModelIndex index = m_model->indexOfYear(year);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
}

bool TimelinePane::selectEntry(qint64 id)
{
    const QModelIndex index = m_model->indexOfEntry(id);
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    // Before the window is shown the view has no height yet: scrolling then would hide the top.
    if (m_view->isVisible())
        m_view->scrollTo(index);
    return true;
}

std::optional<qint64> TimelinePane::restoreSelection()
{
    std::optional<qint64> entry;
    QModelIndex target;
    if (m_settings->value(journalKey).toString() == m_journal.path()) {
        const qint64 id = m_settings->value(entryKey).toLongLong();
        target = id > 0 ? m_model->indexOfEntry(id) : QModelIndex();
        if (target.isValid())
            entry = id;
        else
            target = m_model->indexOfYear(m_settings->value(yearKey).toInt());
    }
    if (!target.isValid())
        target = m_model->index(0, 0);
    if (!target.isValid()) {
        Q_EMIT yearSelected(std::nullopt);
        return std::nullopt;
    }
    // The window opens the remembered entry itself, once it is ready to.
    m_quiet = true;
    m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect);
    m_quiet = false;
    m_view->doItemsLayout();
    if (m_settings->value(journalKey).toString() == m_journal.path())
        m_view->verticalScrollBar()->setValue(m_settings->value(scrollKey).toInt());
    m_announcedYear = selectedYear();
    Q_EMIT yearSelected(m_announcedYear);
    remember();
    return entry;
}

void TimelinePane::onCurrentChanged()
{
    if (!m_view->currentIndex().isValid())
        return;
    remember();
    const std::optional<int> year = selectedYear();
    if (year != m_announcedYear && !m_quiet) {
        m_announcedYear = year;
        Q_EMIT yearSelected(year);
    }
    if (const std::optional<qint64> entry = selectedEntry(); entry && !m_quiet)
        Q_EMIT entryOpened(*entry);
}

void TimelinePane::onActivated(const QModelIndex &index)
{
    if (m_model->yearAt(index))
        m_view->setExpanded(index, !m_view->isExpanded(index));
    else if (const qint64 id = index.data(TimelineModel::EntryIdRole).toLongLong(); id > 0)
        Q_EMIT entryOpened(id);
}

void TimelinePane::remember()
{
    m_settings->setValue(journalKey, m_journal.path());
    m_settings->setValue(yearKey, selectedYear().value_or(0));
    m_settings->setValue(entryKey, selectedEntry().value_or(0));
}

} // namespace hoego
