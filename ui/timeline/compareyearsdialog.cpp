#include "compareyearsdialog.h"

#include "timeline/timelinestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

// Warm enough to be seen on a light or a dark background, with the text colour of the palette.
const QString recurringStyle = u"background-color: rgba(245, 166, 35, 0.35);"_s;

QString goalOutcome(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Open:
        return CompareYearsDialog::tr("open");
    case GoalStatus::Achieved:
        return CompareYearsDialog::tr("achieved");
    case GoalStatus::Partly:
        return CompareYearsDialog::tr("partly");
    case GoalStatus::Missed:
        return CompareYearsDialog::tr("missed");
    case GoalStatus::Dropped:
        return CompareYearsDialog::tr("dropped");
    }
    return {};
}

QString outcomeMark(GoalStatus status)
{
    switch (status) {
    case GoalStatus::Achieved:
        return u"✔"_s;
    case GoalStatus::Partly:
        return u"◐"_s;
    case GoalStatus::Missed:
        return u"✘"_s;
    case GoalStatus::Dropped:
        return u"–"_s;
    case GoalStatus::Open:
        break;
    }
    return u"○"_s;
}

} // namespace

CompareYearsDialog::CompareYearsDialog(Journal &journal, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
{
    setObjectName(u"compareYearsDialog"_s);
    setWindowTitle(tr("Compare Years"));
    auto *layout = new QVBoxLayout(this);
    auto *pickers = new QHBoxLayout;
    m_first = new QComboBox(this);
    m_first->setAccessibleName(tr("Earlier year"));
    m_second = new QComboBox(this);
    m_second->setAccessibleName(tr("Later year"));
    auto *firstLabel = new QLabel(tr("&Compare"), this);
    firstLabel->setBuddy(m_first);
    auto *secondLabel = new QLabel(tr("&with"), this);
    secondLabel->setBuddy(m_second);
    pickers->addWidget(firstLabel);
    pickers->addWidget(m_first);
    pickers->addWidget(secondLabel);
    pickers->addWidget(m_second);
    pickers->addStretch();
    layout->addLayout(pickers);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *columns = new QHBoxLayout;
    for (QTextBrowser *&column : m_columns) {
        column = new QTextBrowser(this);
        column->setOpenLinks(false);
        columns->addWidget(column);
    }
    m_columns[0]->setAccessibleName(tr("Earlier year"));
    m_columns[1]->setAccessibleName(tr("Later year"));
    layout->addLayout(columns, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    QList<int> years;
    QList<int> reviewed; // years with KPT items: the ones a comparison has something to say about
    if (auto timeline = TimelineStore(journal).years(); timeline) {
        for (const TimelineYear &year : std::as_const(*timeline)) {
            years << year.year;
            if (year.keep + year.problem + year.tries > 0)
                reviewed << year.year;
        }
    }
    for (QComboBox *picker : {m_first, m_second}) {
        for (const int year : std::as_const(years))
            picker->addItem(QString::number(year), year);
    }
    // The two newest reviewed years (in November this year has no KPT yet), else the two newest.
    const QList<int> &pair = reviewed.size() > 1 ? reviewed : years;
    if (pair.size() > 1) {
        m_first->setCurrentIndex(m_first->findData(pair.at(1)));
        m_second->setCurrentIndex(m_second->findData(pair.at(0)));
    }
    connect(m_first, &QComboBox::currentIndexChanged, this, &CompareYearsDialog::compare);
    connect(m_second, &QComboBox::currentIndexChanged, this, &CompareYearsDialog::compare);
    resize(1000, 680);
    compare();
}

void CompareYearsDialog::setYears(int first, int second)
{
    const QSignalBlocker blockFirst(m_first);
    const QSignalBlocker blockSecond(m_second);
    m_first->setCurrentIndex(m_first->findData(first));
    m_second->setCurrentIndex(m_second->findData(second));
    compare();
}

void CompareYearsDialog::compare()
{
    m_comparison.reset();
    for (QTextBrowser *column : m_columns)
        column->clear();
    if (m_first->count() < 2) {
        m_summary->setText(tr("A comparison needs two years in the journal."));
        return;
    }
    const int first = m_first->currentData().toInt();
    const int second = m_second->currentData().toInt();
    auto compared = compareYears(m_journal, first, second);
    if (!compared) {
        m_summary->setText(compared.error().message);
        return;
    }
    m_comparison = std::move(*compared);
    const YearComparison &c = *m_comparison;
    m_columns[0]->setHtml(sideHtml(c.earlier, c));
    m_columns[1]->setHtml(sideHtml(c.later, c));
    QStringList parts;
    if (!c.recurring.isEmpty())
        parts << tr("%1 problem(s) of %2 came back in %3").arg(c.recurring.size()).arg(c.earlier.year).arg(c.later.year);
    if (!c.carriedGoalIds.isEmpty())
        parts << tr("%1 goal(s) carried over").arg(c.carriedGoalIds.size() / 2);
    if (parts.isEmpty())
        m_summary->setText(tr("No problem of %1 came back in %2, and no goal was carried over.").arg(c.earlier.year).arg(c.later.year));
    else
        m_summary->setText(tr("<span style=\"%1\">Highlighted</span>: %2.").arg(recurringStyle, parts.join(tr(", and "))));
}

QString CompareYearsDialog::sideHtml(const YearSide &side, const YearComparison &comparison) const
{
    const QLocale locale;
    // Spelled out for one: %n plurals need a translation file even in English.
    const QString entries = side.entries == 1 ? tr("1 entry") : tr("%1 entries").arg(locale.toString(side.entries));
    QString html = u"<h2>%1</h2><p>%2</p>"_s.arg(QString::number(side.year),
                                                tr("%1 · %2 characters · goals met %3 of %4")
                                                    .arg(entries, locale.toString(side.chars), locale.toString(side.goalsMet),
                                                         locale.toString(side.goalsSet)));
    html += goalsHtml(side, comparison);
    html += kptHtml(tr("Keep"), side.keep, comparison);
    html += kptHtml(tr("Problem"), side.problem, comparison);
    html += kptHtml(tr("Try"), side.tries, comparison);
    return html;
}

QString CompareYearsDialog::kptHtml(const QString &heading, const QList<KptItem> &items, const YearComparison &comparison) const
{
    QString html = u"<h3>%1 (%2)</h3>"_s.arg(heading.toHtmlEscaped()).arg(items.size());
    if (items.isEmpty())
        return html + u"<p><i>%1</i></p>"_s.arg(tr("none"));
    html += u"<ul>"_s;
    for (const KptItem &item : items) {
        const QString text = item.text.toHtmlEscaped();
        html += comparison.recurs(item.id) ? u"<li><span style=\"%1\">↻ %2</span></li>"_s.arg(recurringStyle, text) : u"<li>%1</li>"_s.arg(text);
    }
    return html + u"</ul>"_s;
}

QString CompareYearsDialog::goalsHtml(const YearSide &side, const YearComparison &comparison) const
{
    QString html = u"<h3>%1 (%2/%3)</h3>"_s.arg(tr("Goals")).arg(side.goalsMet).arg(side.goalsSet);
    if (side.goals.isEmpty())
        return html + u"<p><i>%1</i></p>"_s.arg(tr("none"));
    html += u"<ul>"_s;
    for (const Goal &goal : side.goals) {
        QString line = u"%1 %2 — %3"_s.arg(outcomeMark(goal.status), goal.title.toHtmlEscaped(), goalOutcome(goal.status));
        if (!goal.outcomeNote.isEmpty())
            line += u" <i>(%1)</i>"_s.arg(goal.outcomeNote.toHtmlEscaped());
        if (comparison.carriedGoalIds.contains(goal.id))
            line = u"<span style=\"%1\">%2</span>"_s.arg(recurringStyle, line);
        html += u"<li>%1</li>"_s.arg(line);
    }
    return html + u"</ul>"_s;
}

} // namespace hoego
