#pragma once

#include "timeline/timelinestore.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QSettings;

namespace hoego
{

// A quiet bar above the timeline at startup: what was written on this day (±3 days) in earlier
// years, each entry a link that opens it. Non-modal; "Don't show again" sets onThisDay/enabled to
// false in the settings, and the bar is not offered while that key is false.
class OnThisDayBar : public QFrame
{
    Q_OBJECT

public:
    explicit OnThisDayBar(QSettings &settings, QWidget *parent = nullptr);

    static bool isEnabled(const QSettings &settings);
    // Shows `entries` (hides the bar when there are none or it is turned off).
    void showEntries(const QList<OnThisDayEntry> &entries);
    QPushButton *dontShowAgainButton() const { return m_dontShowAgain; }
    QLabel *label() const { return m_label; }

Q_SIGNALS:
    void entryOpened(qint64 id);

private:
    void turnOff();

    QSettings &m_settings;
    QLabel *m_label = nullptr;
    QPushButton *m_dontShowAgain = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace hoego
