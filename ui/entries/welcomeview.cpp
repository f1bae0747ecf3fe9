#include "welcomeview.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace hoego
{

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcome"));
    auto *title = new QLabel(tr("Welcome to Hoego"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *text = new QLabel(tr("Look back on %1: what went well, what did not, and what you will try next. "
                               "Hoego keeps your Keep / Problem / Try and your goals, and shows them to you again a year later.")
                                .arg(QDate::currentDate().year()),
                            this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setMaximumWidth(520);
    m_write = new QPushButton(tr("Write Your First Retrospective…"), this);
    m_write->setObjectName(QStringLiteral("welcomeWrite"));
    m_write->setDefault(true);
    m_import = new QPushButton(tr("Import Old Posts…"), this);
    m_import->setObjectName(QStringLiteral("welcomeImport"));
    connect(m_write, &QPushButton::clicked, this, &WelcomeView::writeRequested);
    connect(m_import, &QPushButton::clicked, this, &WelcomeView::importRequested);

    // The text in a row of its own, not aligned in the column: a wrapped label given an alignment
    // gets the height of its one-line size hint, and its second and third lines were cut off.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text, 1);
    textRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addLayout(textRow);
    layout->addSpacing(24);
    layout->addWidget(m_write, 0, Qt::AlignHCenter);
    layout->addWidget(m_import, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

} // namespace hoego
