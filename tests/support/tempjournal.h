#pragma once

#include <QString>
#include <QTemporaryDir>

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

// The bytes of a file, to prove that a refused operation left it untouched.
QByteArray fileBytes(const QString &path);

} // namespace hoego::test
