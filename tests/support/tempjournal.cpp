#include "support/tempjournal.h"

#include "journal/entrystore.h"

#include <gtest/gtest.h>

#include <QFile>

namespace hoego::test
{

TempJournal::TempJournal() = default;

qint64 addEntry(Journal &journal, EntryKind kind, const QString &period, const QString &title, const QString &body,
                const QStringList &tags)
{
    Entry entry;
    entry.kind = kind;
    entry.period = *Period::parse(period);
    entry.title = title;
    entry.body = body;
    entry.tags = tags;
    auto id = EntryStore(journal).create(entry);
    EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    return id.ok() ? *id : 0;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace hoego::test
