#pragma once

#include <QWidget>

#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSettings;
class QTimer;
class QTreeView;

namespace hoego
{

class Journal;
class OnThisDayBar;
class TimelineDelegate;
class TimelineModel;

// The front page of the user's history, in the window's left pane: year cards newest first with
// their entries, filters by kind and tag, a search that narrows the cards to entries with hits, and
// the "on this day" bar. Selecting a year or an entry (mouse or keyboard) tells the window, which
// shows the year's entries or opens the entry.
//
// Remembered between launches in QSettings, for the journal they belong to:
//   timeline/journal         the journal file the remembered selection is in
//   timeline/selectedYear    the year selected, or the year of the selected entry
//   timeline/selectedEntry   the entry selected (0: a year was selected)
//   timeline/scrollPosition  the vertical scroll position, in pixels
//   onThisDay/enabled        false after "Don't Show Again" (default true)
class TimelinePane : public QWidget
{
    Q_OBJECT

public:
    // `settings` is for tests; the application's own settings when null.
    explicit TimelinePane(Journal &journal, QWidget *parent = nullptr, QSettings *settings = nullptr);
    ~TimelinePane() override;

    // Reads the timeline again, keeping the selection and the scroll position.
    void reload();
    std::optional<int> selectedYear() const;
    std::optional<qint64> selectedEntry() const;
    // Selects a year (and says so through yearSelected).
    void selectYear(int year);
    // Selects an entry's row, when the filters show it; false when they do not.
    bool selectEntry(qint64 id);
    // Selects what was selected when this journal was last shown (or the newest year) and scrolls
    // where it was; returns the remembered entry when it is still there, for the window to open.
    std::optional<qint64> restoreSelection();

    TimelineModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QLineEdit *searchBox() const { return m_search; }
    QComboBox *kindFilter() const { return m_kind; }
    QComboBox *tagFilter() const { return m_tag; }
    OnThisDayBar *onThisDayBar() const { return m_onThisDay; }

Q_SIGNALS:
    void yearSelected(std::optional<int> year);
    void entryOpened(qint64 id);

private:
    void createFilters();
    void fillTags();
    void applyFilter();
    void onCurrentChanged();
    void onActivated(const QModelIndex &index);
    void remember();
    void setCurrentQuietly(const QModelIndex &index);

    Journal &m_journal;
    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings = nullptr;
    TimelineModel *m_model = nullptr;
    TimelineDelegate *m_delegate = nullptr;
    OnThisDayBar *m_onThisDay = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_tag = nullptr;
    QLineEdit *m_search = nullptr;
    QLabel *m_message = nullptr;
    QTreeView *m_view = nullptr;
    QTimer *m_searchDelay = nullptr;
    std::optional<int> m_announcedYear;
    bool m_quiet = false; // selection changes made by the pane itself open nothing
};

} // namespace hoego
