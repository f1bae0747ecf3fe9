#include "journal/journal.h"
#include "spelling/spellingstore.h"
#include "support/clirunner.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

const QByteArray retrospective = u"# 2025년 회고\n\n올해는 `kubectl`과 Kubernetes를 배웠고,\n배포가 드디어 안정화 됬다. I recieve feedback weekly.\n"_s.toUtf8();

TEST(SpellcheckCommand, PrintsEachFlaggedWordWithPlaceAndSuggestions)
{
    TempJournal temp;
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"spellcheck"_s, u"--json"_s, u"-"_s}, retrospective);
    ASSERT_EQ(run.exitCode, 1) << run.err.toStdString();
    const QJsonArray flagged = run.json().array();
    ASSERT_EQ(flagged.size(), 2) << run.out.toStdString();
    const QJsonObject first = flagged[0].toObject();
    EXPECT_EQ(first.keys(), (QStringList{u"column"_s, u"line"_s, u"suggestions"_s, u"word"_s}));
    EXPECT_EQ(first.value(u"word"_s).toString(), u"됬다"_s);
    EXPECT_EQ(first.value(u"line"_s).toInt(), 4);
    EXPECT_EQ(first.value(u"column"_s).toInt(), 13);
    EXPECT_EQ(first.value(u"suggestions"_s).toArray().first().toString(), u"됐다"_s);
    EXPECT_EQ(flagged[1].toObject().value(u"word"_s).toString(), u"recieve"_s);
    EXPECT_TRUE(flagged[1].toObject().value(u"suggestions"_s).toArray().contains(u"receive"_s));
    EXPECT_FALSE(QFileInfo::exists(temp.path())) << "spellcheck never creates a journal";
}

TEST(SpellcheckCommand, CleanTextExitsZeroWithAnEmptyList)
{
    const CliRun run = runHoego({u"spellcheck"_s, u"--json"_s}, u"머신러닝 리서치를 15권의 책과 함께 했다.\n"_s.toUtf8());
    EXPECT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().array(), QJsonArray());
}

TEST(SpellcheckCommand, ColumnCountsCharactersNotBytes)
{
    const CliRun run = runHoego({u"spellcheck"_s, u"--json"_s}, u"👍🏽 됬다\n"_s.toUtf8());
    ASSERT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.json().array().first().toObject().value(u"column"_s).toInt(), 3);
}

TEST(SpellcheckCommand, UsesThePersonalDictionaryOfTheJournal)
{
    TempJournal temp;
    {
        auto journal = Journal::open(temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(journal.ok());
        ASSERT_TRUE(SpellingStore(**journal).addPersonalWord(u"하노이팀"_s).ok());
    }
    const CliRun run = runHoego({u"--journal"_s, temp.path(), u"spellcheck"_s, u"--json"_s}, u"하노이팀과 회고를 했다.\n"_s.toUtf8());
    EXPECT_EQ(run.exitCode, 0) << run.out.toStdString();
}

TEST(SpellcheckCommand, HumanOutputShowsTheConfusionExplanation)
{
    const CliRun run = runHoego({u"spellcheck"_s}, u"곧 익숙해지게 되요.\n"_s.toUtf8());
    ASSERT_EQ(run.exitCode, 1);
    EXPECT_TRUE(run.out.contains(u"1:9  되요  → 돼요 ("_s)) << run.out.toStdString();
}

TEST(SpellcheckCommand, UnreadableInputExitsFour)
{
    TempJournal temp;
    EXPECT_EQ(runHoego({u"spellcheck"_s, temp.file(u"missing.md"_s)}).exitCode, 4);
    EXPECT_EQ(runHoego({u"spellcheck"_s, u"-"_s}, QByteArray("\xff\xfe broken")).exitCode, 4);
    EXPECT_EQ(runHoego({u"spellcheck"_s, u"a.md"_s, u"b.md"_s}).exitCode, 2);
}

} // namespace
