#pragma once

// A journal with a goal store and a fixed "today", shared by the goals UI tests.

#include "goals/goalparser.h"
#include "goals/goalstore.h"
#include "journal/journal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

#include <memory>

namespace hoego::test
{

class GoalsFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
        m_store = std::make_unique<GoalStore>(*m_journal);
    }

    // A goal of `year` as the parser reads `sentence`.
    qint64 addGoal(const QString &sentence, int year = 2025)
    {
        auto id = m_store->add(Goal::fromParsed(parseGoal(sentence), year));
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
        return id ? *id : 0;
    }

    void checkIn(qint64 goalId, const QDate &date, double amount = 1, const QString &note = {})
    {
        auto id = m_store->checkIn({0, goalId, date, amount, note});
        EXPECT_TRUE(id.ok()) << id.error().message.toStdString();
    }

    Goal goal(qint64 id) const
    {
        auto found = m_store->get(id);
        EXPECT_TRUE(found.ok());
        return found ? *found : Goal{};
    }

    static QDate today() { return {2025, 11, 26}; }

    TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<GoalStore> m_store;
};

} // namespace hoego::test
