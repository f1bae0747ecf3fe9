#include "settings/uilanguage.h"

#include <gtest/gtest.h>

#include <QApplication>
#include <QDialogButtonBox>
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
    void TearDown() override
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
