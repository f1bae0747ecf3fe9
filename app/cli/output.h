#pragma once

#include "common/result.h"

#include <QJsonDocument>
#include <QString>

namespace hoego::cli
{

// Exit codes of the contract in shared/CLI.md.
enum ExitCode {
    ExitOk = 0,
    ExitFound = 1,
    ExitUsage = 2,
    ExitJournal = 3,
    ExitInput = 4,
    ExitOutput = 5,
};

void printOut(const QString &text); // stdout, UTF-8
void printErr(const QString &text); // stderr, UTF-8
void printJson(const QJsonDocument &document);

// Prints `error` to stderr as "hoego: …" and returns the exit code for its kind.
int fail(const Error &error);
int usageError(const QString &message, const QString &helpHint = QStringLiteral("hoego --help"));

} // namespace hoego::cli
