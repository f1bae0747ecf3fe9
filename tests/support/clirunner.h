#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace hoego::test
{

// One run of the real hoego executable.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const;
};

// Runs hoego with `arguments` (and `input` on stdin) without a display, in a clean environment whose
// XDG_DATA_HOME and XDG_CONFIG_HOME are a temporary folder of the test process (unless `extra` says).
CliRun runHoego(const QStringList &arguments, const QByteArray &input = {},
                const QProcessEnvironment &extra = QProcessEnvironment());

} // namespace hoego::test
