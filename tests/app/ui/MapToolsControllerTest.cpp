#include "ui/MapToolsController.h"
#include "UiTest.h"
#include "ui/MapCanvas.h"
#include "ui/MapContextMenu.h"

#include <QAction>
#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

namespace frontier {
namespace {

using test::WindowTest;

TEST_F(WindowTest, BackAndForwardGoThroughViewsAndDates)
{
    MapToolsController* tools = window->tools();
    MapCanvas* canvas = window->canvas();
    const MapRect first = canvas->settings().extent;
    const Date firstDate = window->model().date();
    tools->recordNow();
    window->model().setDate(Date::fromYmd(2014, 6, 21));
    canvas->setExtent(first.grown(-0.3));
    tools->recordNow();
    const MapRect second = canvas->settings().extent;
    ASSERT_TRUE(tools->backAction()->isEnabled());
    tools->backAction()->trigger();
    EXPECT_EQ(canvas->settings().extent, first);
    EXPECT_EQ(window->model().date(), firstDate);
    ASSERT_TRUE(tools->forwardAction()->isEnabled());
    tools->forwardAction()->trigger();
    EXPECT_EQ(canvas->settings().extent, second);
    EXPECT_EQ(window->model().date(), Date::fromYmd(2014, 6, 21));
    EXPECT_FALSE(tools->forwardAction()->isEnabled());
}

TEST_F(WindowTest, AViewIsRecordedOnceItHasHeld)
{
    MapToolsController* tools = window->tools();
    const MapRect first = window->canvas()->settings().extent;
    for (int i = 1; i <= 5; ++i)
        window->canvas()->setExtent(first.grown(-0.05 * i)); // one drag
    EXPECT_TRUE(test::waitFor([&] { return tools->backAction()->isEnabled(); }));
    QTest::qWait(800);
    tools->backAction()->trigger();
    EXPECT_EQ(window->canvas()->settings().extent, first); // the whole drag is one step
}

TEST_F(WindowTest, TheRightClickMenuCopiesTheCoordinateAndCentresTheMap)
{
    MapCanvas* canvas = window->canvas();
    const int qaim = window->timeline().dataset().featureIndex(QStringLiteral("qaim-albukamal"));
    const QPointF at = canvas->crossingPosition(qaim);
    const std::optional<GeoPoint> p = canvas->toGeo(at);
    ASSERT_TRUE(p);
    MapContextMenu* menu = window->tools()->contextMenu();
    menu->setPoint(*p);
    menu->copyDecimalAction()->trigger();
    EXPECT_TRUE(QGuiApplication::clipboard()->text().startsWith(QStringLiteral("34.4")))
        << QGuiApplication::clipboard()->text().toStdString();
    menu->centreAction()->trigger();
    const QPointF centre(canvas->width() / 2.0, canvas->height() / 2.0);
    EXPECT_LT(QLineF(canvas->crossingPosition(qaim), centre).length(), 2.0);
}

TEST_F(WindowTest, TheMapAndTheTablesCanBeCopiedAndExported)
{
    window->tools()->copyMap();
    const QImage copied = QGuiApplication::clipboard()->image();
    EXPECT_EQ(copied.size(), window->canvas()->effectiveSettings().size);
    QTemporaryDir dir;
    const QString state = dir.filePath(QStringLiteral("state.csv")),
                  events = dir.filePath(QStringLiteral("events.csv"));
    ASSERT_EQ(window->exports()->exportStateCsv(state), QString());
    ASSERT_EQ(window->exports()->exportEventsCsv(events), QString());
    QFile s(state), e(events);
    ASSERT_TRUE(s.open(QIODevice::ReadOnly));
    ASSERT_TRUE(e.open(QIODevice::ReadOnly));
    const QStringList stateRows =
        QString::fromUtf8(s.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(stateRows.size(),
              1 + static_cast<int>(window->timeline().dataset().crossings().size()));
    EXPECT_TRUE(stateRows.join(QLatin1Char('\n')).contains(QStringLiteral("qaim-albukamal")));
    // A header and a row per event (quoted fields may hold a line feed, never a CR LF).
    EXPECT_EQ(QString::fromUtf8(e.readAll()).count(QStringLiteral("\r\n")),
              1 + static_cast<int>(window->timeline().dataset().events().size()));
}

} // namespace
} // namespace frontier
