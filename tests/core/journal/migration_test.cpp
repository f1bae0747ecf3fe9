#include "journal/entrystore.h"
#include "journal/journal.h"
#include "journal/schema.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

// One fixture per released journal format, tests/data/journals/vN.sqlite, each holding the entries
// described in tests/data/journals/README.md. Every one must open in this Hoego with nothing lost.
class MigrationFromFixture : public ::testing::TestWithParam<QString>
{
};

TEST_P(MigrationFromFixture, OpensAtTheCurrentVersionWithItsEntriesIntact)
{
    test::TempJournal temp;
    const QString copy = temp.file(GetParam());
    ASSERT_TRUE(QFile::copy(QStringLiteral(HOEGO_TEST_DATA "/journals/") + GetParam(), copy));
    QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    auto journal = Journal::open(copy, Journal::OpenMode::ExistingOnly);
    ASSERT_TRUE(journal.ok()) << journal.error().message.toStdString();
    EXPECT_EQ((*journal)->schemaVersion(), Schema::currentVersion());

    EntryStore store(**journal);
    auto entries = store.list();
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 2);
    const Entry review = *store.get(entries->at(0).id);
    EXPECT_EQ(review.title, u"2025년 회고"_s);
    EXPECT_EQ(review.kind, EntryKind::Year);
    EXPECT_TRUE(review.body.contains(u"Apache Beam"_s));
    EXPECT_EQ(store.revisions(review.id)->size(), 1);
    EXPECT_EQ(store.get(entries->at(1).id)->title, u"2024년 회고"_s);
}

QStringList fixtures()
{
    return QDir(QStringLiteral(HOEGO_TEST_DATA "/journals")).entryList({u"v*.sqlite"_s}, QDir::Files, QDir::Name);
}

INSTANTIATE_TEST_SUITE_P(ReleasedFormats, MigrationFromFixture, ::testing::ValuesIn(fixtures()),
                         [](const auto &info) { return QString(info.param).remove(u".sqlite"_s).toStdString(); });

TEST(Migration, ThereIsAFixtureForEveryReleasedVersion)
{
    for (int version = 1; version <= Schema::currentVersion(); ++version)
        EXPECT_TRUE(fixtures().contains(u"v%1.sqlite"_s.arg(version))) << "add tests/data/journals/v" << version << ".sqlite";
}

} // namespace
