#include "UiTest.h"
#include "ui/MapCanvas.h"
#include "ui/StatusLine.h"
#include "ui/UiLanguage.h"

#include <QAbstractButton>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>

namespace frontier {
namespace {

bool hasArabic(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06ff; });
}

/// \brief The window in Arabic (as `--lang ar` opens it) on a laptop's screen, 1366x768.
class ArabicWindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::uiApp();
        QSettings().clear();
        UiLanguage::apply(UiLanguage::Language::Arabic);
        MapSettings initial;
        initial.crs = Crs::defaultDefinition();
        initial.date = Date::fromYmd(2019, 9, 30);
        initial.labels = UiLanguage::labels(UiLanguage::Language::Arabic);
        window = std::make_unique<MainWindow>(test::bundledTimeline(), initial);
        window->resize(1366, 728); // less a title bar and a panel
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override
    {
        window.reset();
        UiLanguage::apply(UiLanguage::Language::English);
    }

    std::unique_ptr<MainWindow> window;
};

TEST(UiLanguageTest, ArabicFromTheOptionOrElseTheSystemLocale)
{
    using Language = UiLanguage::Language;
    EXPECT_EQ(UiLanguage::fromCode(QStringLiteral("ar")), Language::Arabic);
    EXPECT_EQ(UiLanguage::fromCode(QStringLiteral("en")), Language::English);
    for (const char* bad : {"fr", "AR", ""})
        EXPECT_EQ(UiLanguage::fromCode(QString::fromLatin1(bad)), std::nullopt) << bad;
    EXPECT_EQ(UiLanguage::fromLocale(QLocale(QStringLiteral("ar_IQ"))), Language::Arabic);
    EXPECT_EQ(UiLanguage::fromLocale(QLocale(QStringLiteral("ar_SY"))), Language::Arabic);
    EXPECT_EQ(UiLanguage::fromLocale(QLocale(QStringLiteral("en_GB"))), Language::English);
    EXPECT_EQ(UiLanguage::fromLocale(QLocale::c()), Language::English);
    EXPECT_EQ(UiLanguage::labels(Language::Arabic), LabelLanguage::Arabic);
    EXPECT_EQ(UiLanguage::labels(Language::English), LabelLanguage::English);
}

TEST_F(ArabicWindowTest, TheWindowIsMirroredAndItsMenusAndPanelsAreArabic)
{
    EXPECT_EQ(window->layoutDirection(), Qt::RightToLeft);
    // The menus: the first on the right.
    const QList<QAction*> menus = window->menuBar()->actions();
    ASSERT_GE(menus.size(), 5);
    EXPECT_GT(window->menuBar()->actionGeometry(menus.front()).x(),
              window->menuBar()->actionGeometry(menus.back()).x());
    for (QAction* menu : menus) {
        EXPECT_TRUE(hasArabic(menu->text())) << menu->text().toStdString();
        for (QAction* item : menu->menu()->actions())
            EXPECT_TRUE(item->isSeparator() || hasArabic(item->text()))
                << item->text().toStdString();
    }
    for (const QDockWidget* dock : window->findChildren<QDockWidget*>())
        EXPECT_TRUE(hasArabic(dock->windowTitle())) << dock->windowTitle().toStdString();
    // Qt's own words too.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    EXPECT_TRUE(hasArabic(buttons.button(QDialogButtonBox::Cancel)->text()));
    // The map's labels are Arabic, and so what the window draws on the map.
    EXPECT_EQ(window->canvas()->settings().labels, LabelLanguage::Arabic);
}

// What a key press selects is said in Arabic, the data's names aside.
TEST_F(ArabicWindowTest, TheSelectedCrossingsStateReadsInArabic)
{
    window->canvas()->setFocus();
    QTest::keyClick(window->canvas(), Qt::Key_BracketRight);
    ASSERT_EQ(window->model().selectedFeature(), 0);
    const QString status = window->statusLine()->selection()->text();
    EXPECT_TRUE(status.contains(QStringLiteral("الجانب العراقي"))) << status.toStdString();
    EXPECT_TRUE(status.contains(QStringLiteral("الجانب السوري"))) << status.toStdString();
    EXPECT_FALSE(status.contains(QStringLiteral("IQ side"))) << status.toStdString();
    const QString description = window->canvas()->accessibleDescription();
    EXPECT_TRUE(description.startsWith(QStringLiteral("المحدد: "))) << description.toStdString();
}

// Every label, button and group title shown is Arabic (or a name, number or code, which are the
// same in both languages) and whole: its text fits the room the layout gives it.
TEST_F(ArabicWindowTest, NoTextShownIsEnglishOrCutOff)
{
    QTest::qWait(50);
    // Latin words that are data, codes or the names of languages, not English to translate.
    static const QRegularExpression notEnglish(
        QStringLiteral("^(English|Kurdî|EPSG.*|PNG.*|P&NG.*|&PDF.*|Lambert.*|[^A-Za-z]*)$"));
    QStringList english, cut;
    int checked = 0;
    const auto check = [&](QWidget* w, const QString& text) {
        const QString plain = QString(text).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
        if (!w->isVisible() || plain.trimmed().isEmpty())
            return;
        ++checked;
        if (!hasArabic(plain) && !notEnglish.match(plain).hasMatch())
            english << QStringLiteral("%1 \"%2\"").arg(w->metaObject()->className(), plain);
        if (w->sizeHint().width() > w->width() + 1 || w->sizeHint().height() > w->height() + 1)
            cut << QStringLiteral("%1 \"%2\": %3x%4 in %5x%6")
                       .arg(w->metaObject()->className(), plain.left(40))
                       .arg(w->sizeHint().width())
                       .arg(w->sizeHint().height())
                       .arg(w->width())
                       .arg(w->height());
    };
    for (QLabel* label : window->findChildren<QLabel*>())
        if (!label->wordWrap() && label->pixmap().isNull())
            check(label, label->text());
    for (QAbstractButton* button : window->findChildren<QAbstractButton*>())
        if (!button->text().isEmpty())
            check(button, button->text());
    for (QGroupBox* box : window->findChildren<QGroupBox*>())
        if (box->isVisible() && !hasArabic(box->title()))
            english << box->title();
    EXPECT_GT(checked, 30);
    EXPECT_TRUE(english.isEmpty()) << english.join(u'\n').toStdString();
    EXPECT_TRUE(cut.isEmpty()) << cut.join(u'\n').toStdString();
}

} // namespace
} // namespace frontier
