#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace hoego::cli
{

// What the arguments ask of the window: which journal, which entry to open.
struct WindowRequest {
    QString journalPath; // empty: the default journal (known only once the application exists)
    std::optional<qint64> openEntry;
};

// The window when the arguments are only window options (none, --journal, --open); otherwise
// nothing, and the arguments are for run(). `arguments` excludes the program name.
std::optional<WindowRequest> windowRequest(const QStringList &arguments);

// The headless command line (shared/CLI.md); returns the exit code. Needs only a QCoreApplication.
int run(const QStringList &arguments);

} // namespace hoego::cli
