#pragma once

#include "journal/entry.h"

#include <QString>
#include <QTemporaryDir>

namespace hoego
{
class Journal;
}

namespace hoego::test
{

// A fresh folder per test, with the path a journal would have inside it.
class TempJournal
{
public:
    TempJournal();
    QString folder() const { return m_dir.path(); }
    QString path() const { return m_dir.filePath(QStringLiteral("journal/hoego.sqlite")); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Adds an entry through EntryStore and returns its id (0, with a test failure, when it could not).
qint64 addEntry(Journal &journal, EntryKind kind, const QString &period, const QString &title, const QString &body = {},
                const QStringList &tags = {});

// The bytes of a file, to prove that a refused operation left it untouched.
QByteArray fileBytes(const QString &path);

} // namespace hoego::test
