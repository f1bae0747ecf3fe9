#include "editor/markdowneditor.h"
#include "editor/previewpane.h"
#include "entries/entrysession.h"
#include "entries/welcomeview.h"
#include "journal/journal.h"
#include "mainwindow.h"
#include "settings/settingsdialog.h"
#include "support/tempjournal.h"
#include "templates/templatecatalog.h"

#include <gtest/gtest.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>

using namespace hoego;
using namespace Qt::StringLiterals;

namespace
{

TEST(AppSettings, RoundTripsThroughQSettings)
{
    AppSettings chosen;
    chosen.editorFontSize = 15;
    chosen.theme = ThemeChoice::Dark;
    chosen.uiLanguage = u"ko"_s;
    chosen.spellcheck = false;
    chosen.autosaveDelayMs = 2500;
    chosen.defaultTemplate = u"kpt-year"_s;
    chosen.backupKeepDaily = 14;
    chosen.onThisDay = false;
    {
        QSettings settings;
        chosen.save(settings);
    }
    EXPECT_EQ(AppSettings::load(QSettings()), chosen);
}

// Preferences in ~/.config/hoego.org/hoego.conf, not in a folder called "Unknown Organization"; the
// journal, templates and backups in ~/.local/share/hoego.
TEST(AppSettings, LiveInFoldersNamedAfterHoego)
{
    const QSettings settings;
    EXPECT_EQ(settings.status(), QSettings::NoError);
    EXPECT_TRUE(settings.fileName().endsWith(u"/hoego.org/hoego.conf"_s)) << settings.fileName().toStdString();
    EXPECT_TRUE(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).endsWith(u"/share/hoego"_s));
}

TEST(AppSettings, AHandEditedFileCannotBreakTheEditor)
{
    QSettings settings;
    settings.setValue(u"editor/fontSize"_s, 900);
    settings.setValue(u"autosave/delayMs"_s, 0);
    settings.setValue(u"editor/theme"_s, u"purple"_s);
    const AppSettings loaded = AppSettings::load(settings);
    EXPECT_EQ(loaded.editorFontSize, 72);
    EXPECT_EQ(loaded.autosaveDelayMs, 300);
    EXPECT_EQ(loaded.theme, ThemeChoice::System);
}

class SettingsWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto opened = Journal::open(m_temp.path(), Journal::OpenMode::CreateIfMissing);
        ASSERT_TRUE(opened.ok()) << opened.error().message.toStdString();
        m_journal = std::move(*opened);
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>(*m_journal);
        window->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        return window;
    }

    test::TempJournal m_temp;
    std::unique_ptr<Journal> m_journal;
};

TEST_F(SettingsWindowTest, DialogChangesApplyAtOnceAndStick)
{
    auto window = openWindow();
    TemplateCatalog templates(u"ko"_s);
    SettingsDialog dialog(window->settings(), templates, m_journal->path());
    QObject::connect(&dialog, &SettingsDialog::settingsChanged, window.get(), &MainWindow::changeSettings);
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);

    dialog.findChild<QSpinBox *>(u"fontSize"_s)->setValue(16);
    dialog.findChild<QDoubleSpinBox *>(u"autosaveDelay"_s)->setValue(3.0);
    auto *theme = dialog.findChild<QComboBox *>(u"theme"_s);
    theme->setCurrentIndex(theme->findData(int(ThemeChoice::Dark)));

    EXPECT_EQ(changed.count(), 3);
    EXPECT_EQ(window->editor()->font().pointSize(), 16);
    EXPECT_EQ(window->editor()->themeChoice(), ThemeChoice::Dark);
    EXPECT_EQ(window->session()->autosaveDelay(), 3000);
    const AppSettings stored = AppSettings::load(QSettings());
    EXPECT_EQ(stored.editorFontSize, 16);
    EXPECT_EQ(stored.autosaveDelayMs, 3000);
    EXPECT_EQ(stored.theme, ThemeChoice::Dark);

    // A new window starts with them.
    window.reset();
    auto next = openWindow();
    EXPECT_EQ(next->editor()->font().pointSize(), 16);
    EXPECT_EQ(next->editor()->themeChoice(), ThemeChoice::Dark);
}

TEST_F(SettingsWindowTest, RestoreDefaultsUndoesEveryChoice)
{
    AppSettings custom;
    custom.editorFontSize = 20;
    custom.autosaveDelayMs = 9000;
    TemplateCatalog templates(u"ko"_s);
    SettingsDialog dialog(custom, templates, m_journal->path());
    QSignalSpy changed(&dialog, &SettingsDialog::settingsChanged);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::RestoreDefaults)->click();
    ASSERT_EQ(changed.count(), 1);
    EXPECT_EQ(dialog.settings(), AppSettings());
    EXPECT_EQ(dialog.findChild<QSpinBox *>(u"fontSize"_s)->value(), AppSettings().editorFontSize);
}

TEST_F(SettingsWindowTest, ALaunchReopensTheLastEntryAndTheWindowLayout)
{
    const qint64 older = test::addEntry(*m_journal, EntryKind::Year, u"2024"_s, u"2024년 회고"_s, u"작년 이야기"_s);
    test::addEntry(*m_journal, EntryKind::Year, u"2025"_s, u"2025년 회고"_s, u"올해 이야기"_s);
    auto window = openWindow();
    ASSERT_TRUE(window->openEntry(older));
    window->resize(760, 560); // within the offscreen screen, which restoreGeometry keeps windows inside
    const QSize size = window->size(); // the panes' minimum widths may widen it
    window->splitter()->setSizes({200, 400, 150});
    const QList<int> sizes = window->splitter()->sizes();
    ASSERT_TRUE(window->close());
    window.reset();

    auto next = openWindow();
    EXPECT_EQ(next->session()->currentId(), older);
    ASSERT_NE(size, QSize(1280, 800)) << "the size a window without a saved layout gets";
    EXPECT_EQ(next->size(), size);
    EXPECT_EQ(next->splitter()->sizes(), sizes);
}

TEST_F(SettingsWindowTest, AnEmptyJournalGreetsInsteadOfAnEmptyEditor)
{
    auto window = openWindow();
    EXPECT_TRUE(window->welcome()->isVisible());
    EXPECT_FALSE(window->editor()->isVisible());

    Entry draft;
    draft.kind = EntryKind::Year;
    draft.period = *Period::parse(u"2026"_s);
    draft.title = u"2026년 회고"_s;
    ASSERT_TRUE(window->createEntry(draft));
    EXPECT_FALSE(window->welcome()->isVisible());
    EXPECT_TRUE(window->editor()->isVisible());
}

// The welcome text wraps to three lines in Korean; all of them must be seen, not cut to one line's
// height.
TEST_F(SettingsWindowTest, TheWelcomeTextIsNeverCutOff)
{
    auto window = openWindow();
    auto *text = window->welcome()->findChild<QLabel *>(u"welcomeText"_s);
    ASSERT_NE(text, nullptr);
    text->setText(u"2026년을 돌아보세요. 잘한 점, 아쉬운 점, 그리고 다음에 시도할 것. 회고는 Keep / Problem / Try와 "
                  u"목표를 기록해 두었다가 1년 뒤에 다시 보여 줍니다."_s);
    QTest::qWait(50); // the layout settles on the next turn
    ASSERT_GT(text->width(), 0);
    EXPECT_GE(text->height(), text->heightForWidth(text->width()));
    EXPECT_GT(text->heightForWidth(text->width()), 2 * text->fontMetrics().height()) << "the text should wrap at this width";
}

} // namespace
