#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFileInfo>

using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

TEST(CliBasics, VersionPrintsTheVersionWithoutADisplay)
{
    const CliRun run = runHoego({u"--version"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.out, u"hoego 0.1.0\n"_s);
    EXPECT_TRUE(run.err.isEmpty()) << run.err.toStdString();
}

TEST(CliBasics, HelpDescribesUsageAndExitCodes)
{
    const CliRun run = runHoego({u"--help"_s});
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_TRUE(run.out.startsWith(u"Usage: hoego"_s)) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains(u"--journal PATH"_s));
    EXPECT_TRUE(run.out.contains(u"2 bad usage"_s));
}

TEST(CliBasics, UnknownOptionExitsTwoWithAMessageAndCreatesNoJournal)
{
    TempJournal temp;
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"--frobnicate"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.out.isEmpty());
    EXPECT_TRUE(run.err.contains(u"unknown option '--frobnicate'"_s)) << run.err.toStdString();
    EXPECT_TRUE(run.err.contains(u"hoego --help"_s));
    EXPECT_FALSE(QFileInfo::exists(temp.path()));
}

TEST(CliBasics, UnknownCommandExitsTwo)
{
    const CliRun run = runHoego({u"frobnicate"_s});
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"unknown command 'frobnicate'"_s)) << run.err.toStdString();
}

} // namespace
