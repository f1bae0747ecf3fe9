#include "templates/templatecatalog.h"

#include <gtest/gtest.h>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

const QStringList builtInIds = {u"kpt-year"_s,   u"good-regret-goals"_s, u"start-stop-continue"_s,
                                u"four-l"_s,     u"year-plan"_s,         u"monthly-review"_s};
const QDate today(2026, 11, 24);

Period period(const QString &text)
{
    auto parsed = Period::parse(text);
    EXPECT_TRUE(parsed.ok()) << text.toStdString();
    return *parsed;
}

QStringList headings(const QString &markdown)
{
    QStringList found;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.startsWith(u'#'))
            found << line;
    }
    return found;
}

class TemplateCatalogTest : public ::testing::Test
{
protected:
    QString userFolder() const { return m_dir.filePath(u"data/templates"_s); }
    TemplateCatalog catalog(const QString &language) const { return TemplateCatalog(language, userFolder()); }

    QTemporaryDir m_dir;
};

TEST_F(TemplateCatalogTest, EveryBuiltInTemplateExistsInKoreanAndEnglishWithTheSameKind)
{
    for (const QString &id : builtInIds) {
        const auto korean = catalog(u"ko"_s).find(id);
        const auto english = catalog(u"en"_s).find(id);
        ASSERT_TRUE(korean && english) << id.toStdString();
        EXPECT_EQ(korean->kind, english->kind) << id.toStdString();
        EXPECT_TRUE(korean->builtIn);
        EXPECT_FALSE(korean->description.isEmpty()) << id.toStdString();
        if (id != u"start-stop-continue"_s) { // the same words in both languages
            EXPECT_NE(korean->name, english->name) << id.toStdString();
        }
        EXPECT_NE(korean->body, english->body) << id.toStdString();
    }
    EXPECT_EQ(catalog(u"ko"_s).list().size(), builtInIds.size()) << "no user template yet";
}

TEST_F(TemplateCatalogTest, TemplatesHaveTheSectionsTheirNamesPromise)
{
    for (const QString &language : {u"ko"_s, u"en"_s}) {
        const TemplateCatalog templates = catalog(language);
        const QString kpt = headings(templates.find(u"kpt-year"_s)->body).join(u'\n');
        for (const QString &section : {u"## Keep"_s, u"## Problem"_s, u"## Try"_s})
            EXPECT_TRUE(kpt.contains(section)) << language.toStdString() << " " << section.toStdString();
        const QString ssc = headings(templates.find(u"start-stop-continue"_s)->body).join(u'\n');
        for (const QString &section : {u"## Start"_s, u"## Stop"_s, u"## Continue"_s})
            EXPECT_TRUE(ssc.contains(section)) << language.toStdString();
        const QString fourL = headings(templates.find(u"four-l"_s)->body).join(u'\n');
        for (const QString &section : {u"## Liked"_s, u"## Learned"_s, u"## Lacked"_s, u"## Longed for"_s})
            EXPECT_TRUE(fourL.contains(section)) << language.toStdString();
    }
    const QString korean = headings(catalog(u"ko"_s).find(u"good-regret-goals"_s)->body).join(u'\n');
    for (const QString &section : {u"## 잘한 점"_s, u"## 아쉬운 점"_s, u"## {{next_year}}년 목표"_s})
        EXPECT_TRUE(korean.contains(section)) << section.toStdString();
}

TEST_F(TemplateCatalogTest, FillsPlaceholdersForThePeriod)
{
    const TemplateCatalog korean = catalog(u"ko"_s);
    const QString review = korean.fill(korean.find(u"kpt-year"_s)->body, period(u"2026"_s), today);
    EXPECT_TRUE(review.startsWith(u"# 2026년 회고\n"_s));
    EXPECT_TRUE(review.contains(u"## 2027년 목표"_s));
    EXPECT_TRUE(review.contains(u"2026-11-24에 씀"_s));

    const QString month = korean.fill(korean.find(u"monthly-review"_s)->body, period(u"2026-11"_s), today);
    EXPECT_TRUE(month.startsWith(u"# 2026년 11월 회고"_s));
    const TemplateCatalog english = catalog(u"en"_s);
    EXPECT_TRUE(english.fill(english.find(u"monthly-review"_s)->body, period(u"2026-11"_s), today)
                    .startsWith(u"# November 2026 review"_s));
    const QString half = english.fill(english.find(u"start-stop-continue"_s)->body, period(u"2026-H2"_s), today);
    EXPECT_TRUE(half.contains(u"Period: 2026-07-01 to 2026-12-31"_s));
}

TEST_F(TemplateCatalogTest, LeavesNoPlaceholderUnfilledInAnyBuiltInTemplate)
{
    for (const QString &language : {u"ko"_s, u"en"_s}) {
        const TemplateCatalog templates = catalog(language);
        for (const EntryTemplate &entryTemplate : templates.list()) {
            const QString filled = templates.fill(entryTemplate.body, period(u"2026-Q4"_s), today);
            EXPECT_FALSE(filled.contains(u"{{"_s)) << language.toStdString() << " " << entryTemplate.id.toStdString();
        }
    }
}

TEST_F(TemplateCatalogTest, KeepsUnknownPlaceholdersAndFillsSpacedOnes)
{
    EXPECT_EQ(catalog(u"ko"_s).fill(u"{{ year }}년 {{팀}} {{unknown}}"_s, period(u"2025"_s), today),
              u"2025년 {{팀}} {{unknown}}"_s);
}

TEST_F(TemplateCatalogTest, AWeekBelongsToItsIsoYear)
{
    // 2026-W01 starts on Monday 2025-12-29.
    EXPECT_EQ(catalog(u"ko"_s).suggestedTitle(EntryKind::Week, period(u"2026-W01"_s), today), u"2026년 1주차 회고"_s);
}

TEST_F(TemplateCatalogTest, SuggestsTitlesInTheTemplatesLanguage)
{
    const TemplateCatalog korean = catalog(u"ko"_s);
    EXPECT_EQ(korean.suggestedTitle(EntryKind::Year, period(u"2026"_s), today), u"2026년 회고"_s);
    EXPECT_EQ(korean.suggestedTitle(EntryKind::Plan, period(u"2027"_s), today), u"2027년 계획"_s);
    EXPECT_EQ(korean.suggestedTitle(EntryKind::Half, period(u"2026-H1"_s), today), u"2026년 상반기 회고"_s);
    EXPECT_EQ(korean.suggestedTitle(EntryKind::Quarter, period(u"2026-Q3"_s), today), u"2026년 3분기 회고"_s);
    EXPECT_EQ(korean.suggestedTitle(EntryKind::Month, period(u"2026-11"_s), today), u"2026년 11월 회고"_s);
    const TemplateCatalog english = catalog(u"en"_s);
    EXPECT_EQ(english.suggestedTitle(EntryKind::Year, period(u"2026"_s), today), u"2026 in review"_s);
    EXPECT_EQ(english.suggestedTitle(EntryKind::Half, period(u"2026-H2"_s), today), u"H2 2026 review"_s);
}

TEST_F(TemplateCatalogTest, FallsBackToEnglishForOtherLanguages)
{
    EXPECT_EQ(TemplateCatalog(u"fr"_s).language(), u"en"_s);
    EXPECT_EQ(TemplateCatalog::languageFor(QLocale(QLocale::Korean, QLocale::SouthKorea)), u"ko"_s);
    EXPECT_EQ(TemplateCatalog::languageFor(QLocale(QLocale::German)), u"en"_s);
}

TEST_F(TemplateCatalogTest, SavesListsAndDeletesAUserTemplate)
{
    TemplateCatalog templates = catalog(u"ko"_s);
    const QString body = u"# {{year}}년 팀 회고\n\n## 우리 팀이 잘한 것\n\n- 배포 자동화로 릴리스 주기 2주 → 3일\n"_s;
    auto saved = templates.saveUserTemplate(u"우리 팀\n회고"_s, body, EntryKind::Year, u"팀 위키에 올리는 형식"_s);
    ASSERT_TRUE(saved.ok()) << saved.error().message.toStdString();
    EXPECT_TRUE(saved->id.startsWith(u"user-"_s));
    EXPECT_EQ(saved->name, u"우리 팀 회고"_s) << "a name is one line";

    const QList<EntryTemplate> listed = catalog(u"en"_s).list(); // user templates show in any language
    ASSERT_EQ(listed.size(), builtInIds.size() + 1);
    const EntryTemplate &mine = listed.last();
    EXPECT_EQ(mine.id, saved->id);
    EXPECT_FALSE(mine.builtIn);
    EXPECT_EQ(mine.body, body);
    EXPECT_EQ(mine.kind, EntryKind::Year);
    EXPECT_EQ(mine.description, u"팀 위키에 올리는 형식"_s);
    EXPECT_EQ(templates.fill(mine.body, period(u"2026"_s), today).section(u'\n', 0, 0), u"# 2026년 팀 회고"_s);

    ASSERT_TRUE(templates.removeUserTemplate(saved->id).ok());
    EXPECT_FALSE(templates.find(saved->id));
    EXPECT_FALSE(QFile::exists(saved->path));
}

TEST_F(TemplateCatalogTest, KeepsUserTemplatesPrivate)
{
    TemplateCatalog templates = catalog(u"ko"_s);
    auto saved = templates.saveUserTemplate(u"개인 회고"_s, u"연봉 협상 메모\n"_s, EntryKind::Note);
    ASSERT_TRUE(saved.ok());
    const auto others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    const QFileDevice::Permissions folder = QFile::permissions(userFolder());
    EXPECT_TRUE(folder.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    EXPECT_FALSE(folder & others) << "the folder is 0700";
    const QFileDevice::Permissions file = QFile::permissions(saved->path);
    EXPECT_TRUE(file.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    EXPECT_FALSE(file & others) << "the file is 0600";
}

TEST_F(TemplateCatalogTest, RefusesNamelessTemplatesAndDeletingBuiltInOnes)
{
    TemplateCatalog templates = catalog(u"ko"_s);
    EXPECT_EQ(templates.saveUserTemplate(u"  \n "_s, u"본문"_s, EntryKind::Year).error().kind, Error::Kind::Usage);
    EXPECT_FALSE(QDir(userFolder()).exists()) << "nothing written";
    EXPECT_EQ(templates.removeUserTemplate(u"kpt-year"_s).error().kind, Error::Kind::Usage);
    EXPECT_TRUE(templates.find(u"kpt-year"_s));
    EXPECT_EQ(templates.removeUserTemplate(u"user-missing"_s).error().kind, Error::Kind::NotFound);
}

TEST_F(TemplateCatalogTest, SkipsAnUnreadableUserTemplate)
{
    TemplateCatalog templates = catalog(u"ko"_s);
    ASSERT_TRUE(templates.saveUserTemplate(u"월간 독서 기록"_s, u"- 읽은 책:\n"_s, EntryKind::Month).ok());
    QFile broken(QDir(userFolder()).filePath(u"broken.md"_s));
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("just some notes, no front matter\n");
    broken.close();
    const QList<EntryTemplate> listed = templates.list();
    ASSERT_EQ(listed.size(), builtInIds.size() + 1);
    EXPECT_EQ(listed.last().name, u"월간 독서 기록"_s);
}

} // namespace
