#pragma once

#include <QWidget>

class QPushButton;

namespace hoego
{

// What an empty journal shows instead of an empty editor: an invitation to write the first
// retrospective, or to bring in the ones already written elsewhere.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);

    QPushButton *writeButton() const { return m_write; }
    QPushButton *importButton() const { return m_import; }

Q_SIGNALS:
    void writeRequested();
    void importRequested();

private:
    QPushButton *m_write = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace hoego
