#pragma once

#include <QWidget>

class QLabel;

namespace hoego
{

// A bar above the editor that says the journal refused the last save, and offers a way out.
class SaveProblemBar : public QWidget
{
    Q_OBJECT

public:
    explicit SaveProblemBar(QWidget *parent = nullptr);
    // Shows `message`, or hides the bar when it is empty.
    void showProblem(const QString &message);
    QString message() const;

Q_SIGNALS:
    void saveCopyRequested();

private:
    QLabel *m_message = nullptr;
};

} // namespace hoego
