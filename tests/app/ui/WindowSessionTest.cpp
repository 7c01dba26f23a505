#include "ui/WindowSession.h"
#include "DatasetCopy.h"
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "time/TimeController.h"
#include "ui/DatasetController.h"
#include "ui/MapCanvas.h"
#include "ui/SessionController.h"
#include "ui/TimelinePanel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QMenu>

namespace frontier {
namespace {

using test::WindowTest;

TEST_F(WindowTest, TheSessionRoundTrips)
{
    ASSERT_TRUE(window->setCrs(QStringLiteral("EPSG:32638")));
    window->timeController()->setDate(Date::fromYmd(2017, 11, 8));
    MapSettings changed = window->canvas()->settings();
    changed.labels = LabelLanguage::Both;
    changed.layers &= ~static_cast<unsigned>(MapLayerId::Governorates);
    changed.extent = changed.extent.grown(-0.2);
    window->canvas()->setSettings(changed);
    window->close(); // saves
    const MapSettings saved = window->canvas()->settings();

    MapSettings initial;
    initial.crs = Crs::defaultDefinition();
    initial.date = Date::fromYmd(2019, 9, 30);
    MainWindow second(test::bundledTimeline(), initial);
    second.session()->restore(true);
    EXPECT_EQ(second.canvas()->settings().crs, saved.crs);
    EXPECT_EQ(second.canvas()->settings().extent, saved.extent);
    EXPECT_EQ(second.canvas()->settings().labels, LabelLanguage::Both);
    EXPECT_EQ(second.canvas()->settings().layers, saved.layers);
    EXPECT_EQ(second.timeController()->date(), Date::fromYmd(2017, 11, 8));
    EXPECT_EQ(second.canvas()->settings().date, Date::fromYmd(2017, 11, 8));
}

TEST_F(WindowTest, ACorruptSettingsFileIsIgnored)
{
    const QString file = QSettings().fileName();
    window->close();
    {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("\x00\xff[view\nextent=1,2\ncrs=EPSG:999999\ndate=2019-02-30\n[window]\ngeometry=@"
                "ByteArray(garbage)\nstate=\x01\x02\n",
                88);
    }
    MapSettings initial;
    initial.crs = Crs::defaultDefinition();
    initial.date = Date::fromYmd(2019, 9, 30);
    MainWindow second(test::bundledTimeline(), initial);
    const MapSettings before = second.canvas()->settings();
    second.session()->restore(true);
    EXPECT_EQ(second.canvas()->settings(), before);
    EXPECT_EQ(second.timeController()->date(), Date::fromYmd(2019, 9, 30));
}

TEST_F(WindowTest, BadSavedValuesAreSkippedOneByOne)
{
    QSettings s;
    s.setValue(QStringLiteral("view/date"), QStringLiteral("2016-03-04"));
    s.setValue(QStringLiteral("view/crs"), QStringLiteral("EPSG:999999"));
    s.setValue(QStringLiteral("view/extent"), QStringLiteral("1,2,3"));
    s.setValue(QStringLiteral("view/labels"), QStringLiteral("klingon"));
    s.setValue(QStringLiteral("view/layers"), 0xffff);
    QStringList warnings;
    const MapSettings current = window->canvas()->settings();
    const MapSettings view = WindowSession::loadView(s, current, warnings);
    EXPECT_EQ(view.date, Date::fromYmd(2016, 3, 4));
    EXPECT_EQ(view.crs, current.crs);
    EXPECT_EQ(view.labels, current.labels);
    EXPECT_EQ(view.layers, current.layers);
    EXPECT_EQ(warnings.size(), 3);
}

TEST_F(WindowTest, BookmarksKeepTheViewAndTheDate)
{
    window->timeController()->setDate(Date::fromYmd(2014, 6, 25));
    const MapSettings kept = window->canvas()->settings();
    window->bookmarks()->add(QStringLiteral("al-Qaim falls"));
    window->timeController()->setDate(Date::fromYmd(2020, 1, 1));
    window->canvas()->setExtent(kept.extent.grown(0.5));

    MapSettings initial;
    initial.crs = Crs::defaultDefinition();
    initial.date = Date::fromYmd(2019, 9, 30);
    MainWindow second(test::bundledTimeline(), initial);
    ASSERT_EQ(second.bookmarks()->bookmarks().size(), 1u);
    second.bookmarks()->apply(0);
    EXPECT_EQ(second.timeController()->date(), Date::fromYmd(2014, 6, 25));
    EXPECT_EQ(second.canvas()->settings().extent, kept.extent);
}

// Defect: the speed setting was not saved.
TEST_F(WindowTest, ThePlaySpeedIsKept)
{
    QComboBox* speed = window->timelinePanel()->speedBox();
    speed->setCurrentIndex(speed->findData(91));
    ASSERT_EQ(window->timeController()->speed(), 91);
    window->close();
    MapSettings initial;
    initial.crs = Crs::defaultDefinition();
    initial.date = Date::fromYmd(2019, 9, 30);
    MainWindow second(test::bundledTimeline(), initial);
    second.session()->restore(false);
    EXPECT_EQ(second.timeController()->speed(), 91);
    EXPECT_EQ(second.timelinePanel()->speedBox()->currentData().toInt(), 91);
}

// Defect: the dataset was anonymous, and one opened from the window was forgotten.
TEST_F(WindowTest, TheTitleNamesTheDatasetAndADatasetOpenedIsKept)
{
    const Dataset& d = window->timeline().dataset();
    EXPECT_TRUE(window->windowTitle().contains(d.name())) << window->windowTitle().toStdString();
    EXPECT_TRUE(window->windowTitle().contains(QString::fromLatin1(d.contentHash().left(8))));

    const test::DatasetCopy copy;
    ASSERT_TRUE(window->datasets()->open(copy.path()));
    EXPECT_TRUE(window->windowTitle().contains(
        QString::fromLatin1(window->timeline().dataset().contentHash().left(8))));
    ASSERT_EQ(window->session()->save(), QString());
    EXPECT_EQ(QDir(SessionController::savedDatasetPath()), QDir(copy.path()));
    // The default dataset is not written down: the next start follows $FRONTIER_ATLAS_DATA or the
    // bundled one.
    window->session()->setDefaultDatasetPath(QStringLiteral(FRONTIER_MAPS_DIR));
    ASSERT_TRUE(window->datasets()->open(QStringLiteral(FRONTIER_MAPS_DIR)));
    ASSERT_EQ(window->session()->save(), QString());
    EXPECT_TRUE(SessionController::savedDatasetPath().isEmpty());
}

// File → Open recent lists the folders opened, newest first, reopens one, greys a folder that has
// gone, and clears.
TEST_F(WindowTest, OpenRecentReopensADatasetFolder)
{
    const QString maps = QDir(QStringLiteral(FRONTIER_MAPS_DIR)).absolutePath();
    auto copy = std::make_unique<test::DatasetCopy>();
    const QString copied = QDir(copy->path()).absolutePath();
    ASSERT_TRUE(window->datasets()->open(copied));
    ASSERT_TRUE(window->datasets()->open(maps));
    auto* menu = window->findChild<QMenu*>(QStringLiteral("recentDatasets"));
    ASSERT_NE(menu, nullptr);
    const auto shown = [&] {
        menu->popup(window->mapToGlobal(QPoint(40, 40)));
        EXPECT_TRUE(QTest::qWaitForWindowExposed(menu));
        QStringList texts;
        for (QAction* a : menu->actions())
            if (!a->isSeparator())
                texts << a->text();
        return texts;
    };
    QStringList texts = shown();
    ASSERT_GE(texts.size(), 3);
    EXPECT_EQ(texts[0], QDir::toNativeSeparators(maps));
    EXPECT_EQ(texts[1], QDir::toNativeSeparators(copied));
    // Down to the second folder, Enter: it opens.
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Down);
    QTest::keyClick(menu, Qt::Key_Return);
    EXPECT_EQ(QDir(window->model().dataset().origin()), QDir(copied));
    EXPECT_EQ(shown().front(), QDir::toNativeSeparators(copied)); // now the newest
    menu->hide();

    copy.reset(); // the folder goes
    texts = shown();
    EXPECT_EQ(texts.front(), QDir::toNativeSeparators(copied) + QStringLiteral(" (missing)"));
    EXPECT_FALSE(menu->actions().front()->isEnabled());
    menu->actions().back()->trigger(); // Clear the list
    menu->hide();
    EXPECT_TRUE(shown().front().startsWith(QStringLiteral("No datasets")));
    menu->hide();
}

} // namespace
} // namespace frontier
