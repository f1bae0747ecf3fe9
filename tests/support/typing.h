#pragma once

// Typing into real widgets the way people do: key events that carry text (QTest::keyClicks only
// knows ASCII), and Hangul composed by an input method (preedit, then commit).

#include <QApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QStringList>
#include <QWidget>

namespace hoego::test
{

inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        const int key = ch == u'\n' ? Qt::Key_Return : Qt::Key_unknown;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(ch));
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

inline void sendPreedit(QWidget *widget, const QString &preedit)
{
    const QList<QInputMethodEvent::Attribute> attributes{{QInputMethodEvent::Cursor, int(preedit.size()), 1, QVariant()}};
    QInputMethodEvent event(preedit, attributes);
    QApplication::sendEvent(widget, &event);
}

inline void sendCommit(QWidget *widget, const QString &text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
}

// One syllable the way fcitx5/IBus type it: a growing preedit, then the commit of the last step.
inline void composeSyllable(QWidget *widget, const QStringList &steps)
{
    for (const QString &step : steps)
        sendPreedit(widget, step);
    sendCommit(widget, steps.constLast());
}

} // namespace hoego::test
