#include "journal/entry.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

struct PeriodCase {
    const char *name;
    const char16_t *text;
    const char *start;
    const char *end;
};

class PeriodParse : public ::testing::TestWithParam<PeriodCase>
{
};

TEST_P(PeriodParse, GivesTheDaysItCovers)
{
    const PeriodCase &c = GetParam();
    auto period = Period::parse(QString::fromUtf16(c.text));
    ASSERT_TRUE(period.ok()) << period.error().message.toStdString();
    EXPECT_EQ(period->start, QDate::fromString(QString::fromLatin1(c.start), Qt::ISODate));
    EXPECT_EQ(period->end, QDate::fromString(QString::fromLatin1(c.end), Qt::ISODate));
    EXPECT_EQ(period->text, QString::fromUtf16(c.text).trimmed());
}

INSTANTIATE_TEST_SUITE_P(Periods, PeriodParse,
                         ::testing::Values(PeriodCase{"Year", u"2025", "2025-01-01", "2025-12-31"},
                                           PeriodCase{"FirstHalf", u"2025-H1", "2025-01-01", "2025-06-30"},
                                           PeriodCase{"SecondHalf", u"2025-H2", "2025-07-01", "2025-12-31"},
                                           PeriodCase{"Quarter3", u"2025-Q3", "2025-07-01", "2025-09-30"},
                                           PeriodCase{"LeapFebruary", u"2024-02", "2024-02-01", "2024-02-29"},
                                           PeriodCase{"December", u"2025-12", "2025-12-01", "2025-12-31"},
                                           // ISO week 1 of 2025 starts on Monday 30 December 2024.
                                           PeriodCase{"WeekOneStartsInTheYearBefore", u"2025-W01", "2024-12-30", "2025-01-05"},
                                           PeriodCase{"Week14", u"2025-W14", "2025-03-31", "2025-04-06"},
                                           PeriodCase{"Week53", u"2020-W53", "2020-12-28", "2021-01-03"},
                                           PeriodCase{"Range", u"2025-01-01..2025-03-31", "2025-01-01", "2025-03-31"},
                                           PeriodCase{"SpacesAround", u" 2025 ", "2025-01-01", "2025-12-31"}),
                         [](const auto &info) { return std::string(info.param.name); });

class PeriodRefuse : public ::testing::TestWithParam<const char16_t *>
{
};

TEST_P(PeriodRefuse, ExplainsTheFormsAPeriodTakes)
{
    auto period = Period::parse(QString::fromUtf16(GetParam()));
    ASSERT_FALSE(period.ok());
    EXPECT_EQ(period.error().kind, Error::Kind::Usage);
    EXPECT_TRUE(period.error().message.contains(u"2025-H1"_s));
}

INSTANTIATE_TEST_SUITE_P(NotPeriods, PeriodRefuse,
                         ::testing::Values(u"", u"작년", u"2025-13", u"2025-H3", u"2025-Q5", u"2025-W53", u"25",
                                           u"2025-03-31..2025-01-01", u"2025-02-30..2025-03-01"));

TEST(EntryKind, NamesRoundTrip)
{
    for (const QString &name : entryKindNames())
        EXPECT_EQ(entryKindName(*entryKindFromName(name)), name);
    EXPECT_FALSE(entryKindFromName(u"diary"_s).has_value());
}

} // namespace
