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

// Runs hoego with `arguments` (and `input` on stdin) without a display, in a clean environment.
CliRun runHoego(const QStringList &arguments, const QByteArray &input = {},
                const QProcessEnvironment &extra = QProcessEnvironment());

} // namespace hoego::test
