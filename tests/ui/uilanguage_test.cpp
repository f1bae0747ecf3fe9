#include "journal/journal.h"
#include "settings/uilanguage.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QTranslator>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

class UiLanguageTest : public ::testing::Test
{
protected:
    void TearDown() override { removeUiLanguage(); }

    static void removeUiLanguage()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }
};

TEST_F(UiLanguageTest, KoreanTranslatesHoegosMenusAndQtsButtons)
{
    ASSERT_EQ(installUiLanguage(*qApp, u"ko"_s), u"ko"_s);
    EXPECT_EQ(QCoreApplication::translate("hoego::MainWindow", "&File"), u"파일(&F)"_s);
    EXPECT_EQ(QCoreApplication::translate("hoego::MainWindow", "Saved %n min ago", nullptr, 3), u"3분 전에 저장됨"_s);
    QDialogButtonBox buttons(QDialogButtonBox::Close);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Close)->text(), u"닫기"_s) << "Qt's own strings come from qtbase_ko";
}

// The dialog that says a journal cannot be opened shows core's message as it is: in Korean when the
// UI is, in English again once the translator is gone (as in the CLI, which installs none).
TEST_F(UiLanguageTest, KoreanShowsCoreErrorsInKorean)
{
    // A retrospective in Markdown, chosen by mistake as the journal: refused before anything is written.
    const QString notAJournal
        = QFileInfo(QStringLiteral(HOEGO_TEST_DATA "/samples/2025-year-review.md")).absoluteFilePath();

    ASSERT_EQ(installUiLanguage(*qApp, u"ko"_s), u"ko"_s);
    const auto korean = Journal::open(notAJournal, Journal::OpenMode::ExistingOnly);
    ASSERT_FALSE(korean);
    EXPECT_EQ(korean.error().message,
        u"%1은(는) 회고 일지가 아닙니다(SQLite 데이터베이스가 아닙니다). 파일은 그대로 두었습니다. 다른 파일을 고르세요."_s
            .arg(notAJournal));

    removeUiLanguage();
    const auto english = Journal::open(notAJournal, Journal::OpenMode::ExistingOnly);
    ASSERT_FALSE(english);
    EXPECT_EQ(english.error().message,
        u"%1 is not a Hoego journal (it is not an SQLite database). It was left as it is; choose another file."_s.arg(
            notAJournal));
}

TEST_F(UiLanguageTest, EnglishGetsItsPluralForms)
{
    ASSERT_EQ(installUiLanguage(*qApp, u"en"_s), u"en"_s);
    EXPECT_EQ(QCoreApplication::translate("hoego::HistoryDialog", "%n days ago", nullptr, 1), u"1 day ago"_s);
    EXPECT_EQ(QCoreApplication::translate("hoego::HistoryDialog", "%n days ago", nullptr, 4), u"4 days ago"_s);
}

TEST_F(UiLanguageTest, ALanguageWithoutTranslationFallsBackToEnglish)
{
    EXPECT_EQ(installUiLanguage(*qApp, u"sw"_s), u"en"_s);
    EXPECT_EQ(QCoreApplication::translate("hoego::MainWindow", "&File"), u"&File"_s);
}

} // namespace
