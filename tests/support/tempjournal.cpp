#include "support/tempjournal.h"

#include <QFile>

namespace hoego::test
{

TempJournal::TempJournal() = default;

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace hoego::test
