#pragma once

#include "common/result.h"

#include <QLockFile>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace hoego
{

// One journal file: an SQLite database that holds everything a user wrote. Opening checks that the
// file is a Hoego journal this version understands, that it is healthy and that no other Hoego
// process has it; a refused file is left exactly as it was.
class Journal
{
public:
    enum class OpenMode {
        ExistingOnly,    // readers: a missing file is an error
        CreateIfMissing, // writers: a missing file (and its folder) is created
    };

    [[nodiscard]] static Result<std::unique_ptr<Journal>> open(const QString &path, OpenMode mode);
    // The journal's lock (path + ".lock"), as open() takes it: refused, naming the holder, while
    // another Hoego has the journal. For restore, which replaces a journal nobody has open.
    [[nodiscard]] static Result<std::unique_ptr<QLockFile>> lock(const QString &path);
    // Reads the header without SQLite: a Hoego journal of a format this Hoego reads.
    [[nodiscard]] static Status checkHeader(const QString &path);
    ~Journal();

    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    QString path() const { return m_path; }
    int schemaVersion() const;

    // For core's stores only: SQL lives there and nowhere else.
    QSqlDatabase database() const;

private:
    Journal(QString path, QString connectionName, std::unique_ptr<QLockFile> lock);

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace hoego
