#include "saveproblembar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace hoego
{

SaveProblemBar::SaveProblemBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("saveProblemBar"));
    setAutoFillBackground(true);
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xea));
    warning.setColor(QPalette::WindowText, QColor(0x8a, 0x1c, 0x12));
    setPalette(warning);
    auto *layout = new QHBoxLayout(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    auto *copy = new QPushButton(tr("Save a Copy As…"), this);
    layout->addWidget(m_message, 1);
    layout->addWidget(copy);
    connect(copy, &QPushButton::clicked, this, &SaveProblemBar::saveCopyRequested);
    hide();
}

void SaveProblemBar::showProblem(const QString &message)
{
    if (message.isEmpty()) {
        hide();
        return;
    }
    m_message->setText(tr("Not saved: %1 Your text is safe in the editor; Hoego keeps trying. Save a copy to be sure.").arg(message));
    show();
}

QString SaveProblemBar::message() const
{
    return isVisible() ? m_message->text() : QString();
}

} // namespace hoego
