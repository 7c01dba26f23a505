// Sectors in the window: picked on the map, shown in the panel and the status line, listed in the
// swimlane, found by search. Real mouse and key events over the bundled data at 2019-09-30.
#include "UiTest.h"
#include "render/MapRenderer.h"
#include "ui/EventText.h"
#include "ui/FeaturePanel.h"
#include "ui/MapCanvas.h"
#include "ui/SearchBox.h"
#include "ui/StatusLine.h"
#include "ui/SwimlaneChart.h"
#include "ui/TimelinePanel.h"

#include <QLabel>
#include <QLineF>
#include <QListWidget>

namespace frontier {
namespace {

using test::WindowTest;
using Group = SwimlaneChart::Group;

// Where a point of the ground is on the canvas.
QPointF screenOf(MapCanvas* canvas, GeoPoint p)
{
    const std::optional<MapPoint> m =
        canvas->renderer().transform(canvas->settings().crs).forward(p);
    return MapRenderer::viewport(canvas->effectiveSettings()).toScreen(*m);
}

// The screen point of the frontier line in the middle of a sector.
QPointF onTheLine(MapCanvas* canvas, const FrontierFeature& sector)
{
    const FrontierLine& line = canvas->model().dataset().frontierLine();
    return screenOf(canvas, line.pointAt((sector.fromKm + sector.toKm) / 2));
}

class FrontierSectorsTest : public WindowTest {
protected:
    int index(const char* id) const
    {
        return window->timeline().dataset().featureIndex(QString::fromLatin1(id));
    }
    const FrontierFeature& feature(int i) const { return window->timeline().dataset().feature(i); }
};

TEST_F(FrontierSectorsTest, ClickOnTheLineSelectsTheSectorAndShowsItsControllers)
{
    const int hawl = index("hawl");
    ASSERT_GE(hawl, window->timeline().dataset().firstSector());
    MapCanvas* canvas = window->canvas();
    const QPoint at = onTheLine(canvas, feature(hawl)).toPoint();
    ASSERT_EQ(canvas->renderer().crossingAt(canvas->effectiveSettings(), at), -1);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, at);
    EXPECT_EQ(window->model().selectedFeature(), hawl);
    EXPECT_EQ(window->featurePanel()->feature(), hawl);

    const Dataset& d = window->timeline().dataset();
    const FeatureState st = window->timeline().featureStateAt(hawl, Date::fromYmd(2019, 9, 30));
    const QString details = window->featurePanel()->details()->text();
    for (Side side : kSides) {
        const SideState& s = st.side(side);
        EXPECT_TRUE(details.contains(
            QStringLiteral("<b>%1 side:</b> %2")
                .arg(sideCode(side), EventText::holders(d, s.controller, s.with).toHtmlEscaped())))
            << details.toStdString();
    }
    EXPECT_TRUE(details.contains(QStringLiteral("km 440–470"))) << details.toStdString();
    EXPECT_TRUE(details.contains(QStringLiteral("أم جريص / الهول")));
    EXPECT_TRUE(details.contains(QStringLiteral("Nineveh")));
    EXPECT_TRUE(details.contains(QStringLiteral("Hasakah")));
    EXPECT_FALSE(details.contains(QStringLiteral("Status:"))); // a sector has no status
    EXPECT_FALSE(details.contains(QStringLiteral("MGRS")));
    EXPECT_EQ(window->featurePanel()->history()->count(),
              static_cast<int>(window->timeline().eventsOf(hawl).size()));
    EXPECT_GT(window->featurePanel()->history()->count(), 0);

    const QString status = window->statusLine()->selection()->text();
    EXPECT_TRUE(status.contains(feature(hawl).displayName())) << status.toStdString();
    EXPECT_TRUE(status.contains(
        QStringLiteral("IQ side: ") +
        EventText::holders(d, st.side(Side::IQ).controller, st.side(Side::IQ).with)));
}

TEST_F(FrontierSectorsTest, AClickAwayFromTheLineSelectsNothing)
{
    MapCanvas* canvas = window->canvas();
    const QPointF line = onTheLine(canvas, feature(index("hawl")));
    const QPoint away = (line + QPointF(20, 0)).toPoint();
    window->model().setSelectedFeature(index("hawl"));
    QTest::mouseClick(canvas, Qt::LeftButton, {}, away);
    EXPECT_EQ(window->model().selectedFeature(), -1);
    // Within reach of the line still picks the sector.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, (line + QPointF(5, 0)).toPoint());
    EXPECT_EQ(window->model().selectedFeature(), index("hawl"));
}

TEST_F(FrontierSectorsTest, ACrossingOnTheLineKeepsPriorityOverItsSector)
{
    const int rabia = index("rabia-yarubiyah");
    MapCanvas* canvas = window->canvas();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->crossingPosition(rabia).toPoint());
    EXPECT_EQ(window->model().selectedFeature(), rabia);
    EXPECT_TRUE(window->featurePanel()->details()->text().contains(QStringLiteral("Status:")));
}

TEST_F(FrontierSectorsTest, CollapsingAGroupHidesItsRowsAndExpandingShowsThem)
{
    SwimlaneChart* chart = window->timelinePanel()->chart();
    const int sector = window->timeline().dataset().firstSector();
    const int heightBefore = chart->minimumHeight();
    ASSERT_FALSE(chart->rowRect(sector, 0).isEmpty());
    ASSERT_FALSE(chart->groupRect(Group::Sectors).isEmpty());

    QTest::mouseClick(chart, Qt::LeftButton, {},
                      chart->groupRect(Group::Sectors).center().toPoint());
    EXPECT_TRUE(chart->isCollapsed(Group::Sectors));
    EXPECT_TRUE(chart->rowRect(sector, 0).isEmpty());
    EXPECT_LT(chart->minimumHeight(), heightBefore);
    EXPECT_EQ(window->model().selectedFeature(), -1); // a header selects nothing

    QTest::mouseClick(chart, Qt::LeftButton, {},
                      chart->groupRect(Group::Sectors).center().toPoint());
    EXPECT_FALSE(chart->isCollapsed(Group::Sectors));
    EXPECT_FALSE(chart->rowRect(sector, 0).isEmpty());
    EXPECT_EQ(chart->minimumHeight(), heightBefore);

    // Collapsing the crossings moves the sectors up under their header.
    const double sectorTop = chart->rowRect(sector, 0).top();
    QTest::mouseClick(chart, Qt::LeftButton, {},
                      chart->groupRect(Group::Crossings).center().toPoint());
    EXPECT_TRUE(chart->rowRect(0, 0).isEmpty());
    EXPECT_LT(chart->rowRect(sector, 0).top(), sectorTop);
}

TEST_F(FrontierSectorsTest, ClickingASectorRowSelectsTheSector)
{
    SwimlaneChart* chart = window->timelinePanel()->chart();
    const int sinjar = index("sinjar-north");
    const QRectF row = chart->rowRect(sinjar, 1);
    ASSERT_FALSE(row.isEmpty());
    QTest::mouseClick(chart, Qt::LeftButton, {},
                      QPoint(20, static_cast<int>(row.center().y()))); // on its name
    EXPECT_EQ(window->model().selectedFeature(), sinjar);
    EXPECT_EQ(window->featurePanel()->feature(), sinjar);
    EXPECT_EQ(chart->featureAtY(row.center().y()), sinjar);
}

TEST_F(FrontierSectorsTest, SearchingASectorSelectsItAndCentresTheMapOnIt)
{
    SearchBox* box = window->searchBox();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("Sinune")); // "Khanasor" finds the town first
    QTest::keyClick(box, Qt::Key_Return);
    const int sinjar = index("sinjar-north");
    EXPECT_EQ(window->model().selectedFeature(), sinjar);
    MapCanvas* canvas = window->canvas();
    const QPointF centre(canvas->width() / 2.0, canvas->height() / 2.0);
    EXPECT_LT(QLineF(screenOf(canvas, feature(sinjar).point), centre).length(), 2.0);
    EXPECT_EQ(window->model().date(), Date::fromYmd(2019, 9, 30)); // the date stays
}

TEST_F(FrontierSectorsTest, SearchingAnAreaCentresOnItAndMovesToItsStartOnlyWhenOutsideIt)
{
    const Dataset& d = window->timeline().dataset();
    const auto rukban = std::find_if(d.areas().begin(), d.areas().end(), [](const DatedArea& a) {
        return a.id == QLatin1String("area-rukban-camp");
    });
    ASSERT_NE(rukban, d.areas().end());
    SearchBox* box = window->searchBox();
    MapCanvas* canvas = window->canvas();
    const QPointF centre(canvas->width() / 2.0, canvas->height() / 2.0);

    // 2019-09-30: the camp is there; the date stays.
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("Rukban camp"));
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_EQ(window->model().date(), Date::fromYmd(2019, 9, 30));
    EXPECT_LT(QLineF(screenOf(canvas, rukban->point), centre).length(), 2.0);

    // 2012: before the camp; the date moves to its first day.
    window->model().setDate(Date::fromYmd(2012, 6, 1));
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("Rukban camp"));
    QTest::keyClick(box, Qt::Key_Return);
    EXPECT_EQ(window->model().date(), rukban->start.firstDay());
    EXPECT_TRUE(rukban->holdsOn(window->model().date()));
}

} // namespace
} // namespace frontier
