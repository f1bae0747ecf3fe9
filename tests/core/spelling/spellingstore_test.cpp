#include "spelling/spellingstore.h"

#include "journal/entrystore.h"
#include "journal/journal.h"
#include "support/tempjournal.h"

#include <gtest/gtest.h>

using namespace hoego;
using namespace hoego::test;
using namespace Qt::StringLiterals;

namespace
{

class SpellingStoreTest : public testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok());
        m_journal = std::move(*opened);
    }
    TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
};

TEST_F(SpellingStoreTest, PersonalWordsAreAddedOnceAndRemoved)
{
    SpellingStore store(*m_journal);
    ASSERT_TRUE(store.addPersonalWord(u" 하노이팀 "_s).ok());
    ASSERT_TRUE(store.addPersonalWord(u"하노이팀"_s).ok());
    ASSERT_TRUE(store.addPersonalWord(u"Jaehyun"_s).ok());
    EXPECT_EQ(*store.personalWords(), (QStringList{u"Jaehyun"_s, u"하노이팀"_s}));
    ASSERT_TRUE(store.removePersonalWord(u"하노이팀"_s).ok());
    EXPECT_EQ(*store.personalWords(), QStringList{u"Jaehyun"_s});
}

TEST_F(SpellingStoreTest, RefusesWhatIsNotOneWord)
{
    SpellingStore store(*m_journal);
    EXPECT_FALSE(store.addPersonalWord(u"두 단어"_s).ok());
    EXPECT_FALSE(store.addPersonalWord(u"  "_s).ok());
    EXPECT_TRUE(store.personalWords()->isEmpty());
}

TEST_F(SpellingStoreTest, IgnoredWordsBelongToTheirEntryAndGoWithIt)
{
    const qint64 first = addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s);
    const qint64 second = addEntry(*m_journal, EntryKind::Note, u"2025"_s, u"메모"_s);
    SpellingStore store(*m_journal);
    ASSERT_TRUE(store.ignoreWord(first, u"Quantizaton"_s).ok());
    EXPECT_EQ(*store.ignoredWords(first), QStringList{u"Quantizaton"_s});
    EXPECT_TRUE(store.ignoredWords(second)->isEmpty());
    ASSERT_TRUE(EntryStore(*m_journal).remove(first).ok());
    EXPECT_TRUE(store.ignoredWords(first)->isEmpty());
}

TEST_F(SpellingStoreTest, LanguagesDefaultToKoreanAndEnglish)
{
    SpellingStore store(*m_journal);
    EXPECT_EQ(*store.languages(), (QStringList{u"ko"_s, u"en"_s}));
    ASSERT_TRUE(store.setLanguages({u"en"_s}).ok());
    EXPECT_EQ(*store.languages(), QStringList{u"en"_s});
    EXPECT_FALSE(store.setLanguages({u"fr"_s}).ok());
    EXPECT_EQ(*store.languages(), QStringList{u"en"_s});
}

} // namespace
