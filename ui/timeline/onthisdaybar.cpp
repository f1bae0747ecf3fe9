#include "onthisdaybar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace hoego
{
namespace
{

const QString enabledKey = u"onThisDay/enabled"_s;
// Links name entries; more than this and the bar would push the timeline away.
constexpr qsizetype shownEntries = 3;

} // namespace

OnThisDayBar::OnThisDayBar(QSettings &settings, QWidget *parent)
    : QFrame(parent)
    , m_settings(settings)
{
    setObjectName(u"onThisDayBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, tinted.color(QPalette::AlternateBase));
    setPalette(tinted);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    m_label->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_label->setAccessibleName(tr("On this day"));
    layout->addWidget(m_label);
    auto *buttons = new QHBoxLayout;
    m_dontShowAgain = new QPushButton(tr("Don't Show Again"), this);
    m_close = new QPushButton(tr("Close"), this);
    buttons->addStretch();
    buttons->addWidget(m_dontShowAgain);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
    connect(m_label, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(u"entry:"_s))
            Q_EMIT entryOpened(link.mid(6).toLongLong());
    });
    connect(m_dontShowAgain, &QPushButton::clicked, this, &OnThisDayBar::turnOff);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

bool OnThisDayBar::isEnabled(const QSettings &settings)
{
    return settings.value(enabledKey, true).toBool();
}

void OnThisDayBar::showEntries(const QList<OnThisDayEntry> &entries)
{
    if (entries.isEmpty() || !isEnabled(m_settings)) {
        hide();
        return;
    }
    QStringList lines;
    for (const OnThisDayEntry &found : entries.first(qMin(entries.size(), shownEntries))) {
        const QString ago = found.yearsAgo == 1 ? tr("1 year ago") : tr("%1 years ago").arg(found.yearsAgo);
        lines << tr("%1 (%2): <a href=\"entry:%3\">%4</a>")
                     .arg(ago, QLocale().toString(found.entry.written, QLocale::ShortFormat), QString::number(found.entry.id),
                          found.entry.title.toHtmlEscaped());
    }
    if (entries.size() > shownEntries)
        lines << tr("and %1 more").arg(entries.size() - shownEntries);
    m_label->setText(u"<b>%1</b><br>%2"_s.arg(tr("On this day"), lines.join(u"<br>"_s)));
    show();
}

void OnThisDayBar::turnOff()
{
    m_settings.setValue(enabledKey, false);
    hide();
}

} // namespace hoego
