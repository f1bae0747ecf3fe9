#include "output.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace hoego::cli
{

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printJson(const QJsonDocument &document)
{
    printOut(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

int fail(const Error &error)
{
    printErr(u"hoego: %1\n"_s.arg(error.message));
    switch (error.kind) {
    case Error::Kind::Usage:
    case Error::Kind::NotFound:
        return ExitUsage;
    case Error::Kind::JournalUnusable:
        return ExitJournal;
    case Error::Kind::InputUnreadable:
        return ExitInput;
    case Error::Kind::OutputUnwritable:
        return ExitOutput;
    case Error::Kind::Internal:
        break;
    }
    return ExitJournal;
}

int usageError(const QString &message, const QString &helpHint)
{
    printErr(u"hoego: %1\nTry '%2' for more information.\n"_s.arg(message, helpHint));
    return ExitUsage;
}

} // namespace hoego::cli
