#pragma once

// Answering modal dialogs from a test: the code under test calls exec(), so the answer is given by
// a timer that runs inside the dialog's own event loop.

#include <gtest/gtest.h>

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <functional>
#include <memory>

namespace hoego::test
{

// Calls `answer` with the modal dialog of type Dialog (named `name`, unless it is empty) once one is
// shown. Several answers can wait at once, for dialogs shown one after the other. After about 5 s
// without it, the test fails and whatever modal dialog is open is closed, so that nothing hangs.
template<typename Dialog>
void whenModalShown(std::function<void(Dialog *)> answer, const QString &name = {})
{
    auto *poll = new QTimer;
    auto attempts = std::make_shared<int>(0);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, attempts, name, answer = std::move(answer)] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (dialog && dialog->isVisible() && (name.isEmpty() || dialog->objectName() == name)) {
            poll->deleteLater();
            poll->stop();
            answer(dialog);
        } else if (++*attempts > 500) {
            poll->deleteLater();
            poll->stop();
            ADD_FAILURE() << "no modal " << Dialog::staticMetaObject.className() << " named '" << name.toStdString() << "' was shown";
            if (QWidget *open = QApplication::activeModalWidget())
                open->close();
        }
    });
    poll->start(10);
}

// Clicks the button of `role` in the next message box named `name`; `text` receives its text.
inline void answerMessageBox(const QString &name, QMessageBox::ButtonRole role, QString *text = nullptr)
{
    whenModalShown<QMessageBox>(
        [role, text](QMessageBox *box) {
            if (text)
                *text = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == role)
                    return button->click();
            }
        },
        name);
}

} // namespace hoego::test
