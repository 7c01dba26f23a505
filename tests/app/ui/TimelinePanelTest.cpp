#include "ui/TimelinePanel.h"
#include "UiTest.h"
#include "render/Style.h"
#include "time/TimeController.h"
#include "ui/DateField.h"
#include "ui/EventTickSlider.h"
#include "ui/LayersPanel.h"
#include "ui/MapCanvas.h"
#include "ui/SwimlaneChart.h"
#include "ui/SwimlaneLegend.h"

#include <QDockWidget>
#include <QHelpEvent>
#include <QRadioButton>
#include <QToolButton>
#include <QToolTip>

namespace frontier {
namespace {

using test::WindowTest;

// The colour of the east (Iraqi) half of a crossing's disc in the canvas as shown.
QColor iraqiHalf(MapCanvas* canvas, int crossing)
{
    const QImage image = canvas->grab().toImage();
    const QPointF p = canvas->crossingPosition(crossing) * canvas->devicePixelRatioF();
    return image.pixelColor(QPoint(static_cast<int>(p.x()) + 5, static_cast<int>(p.y()) - 5));
}

QColor expectedIraqiColor(const Timeline& t, int crossing, Date date)
{
    const int actor = t.featureStateAt(crossing, date).side(Side::IQ).controller;
    return Style().actorColors(t.dataset())[static_cast<std::size_t>(actor)];
}

bool near(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <
           24;
}

TEST_F(WindowTest, DraggingTheSliderChangesTheDateAndTheCrossingsColours)
{
    const Timeline& t = window->timeline();
    const int qaim = t.dataset().featureIndex(QStringLiteral("qaim-albukamal"));
    MapCanvas* canvas = window->canvas();
    EXPECT_TRUE(
        near(iraqiHalf(canvas, qaim), expectedIraqiColor(t, qaim, Date::fromYmd(2019, 9, 30))));

    EventTickSlider* slider = window->timelinePanel()->slider();
    const int y = slider->height() / 2;
    const int target =
        Date::fromYmd(2016, 6, 1).julianDay() - AtlasModel::minimumDate().julianDay();
    QTest::mousePress(slider, Qt::LeftButton, {}, QPoint(slider->positionOf(slider->value()), y));
    QTest::mouseMove(slider, QPoint(slider->positionOf(target), y));
    QTest::mouseRelease(slider, Qt::LeftButton, {}, QPoint(slider->positionOf(target), y));

    const Date date = window->timeController()->date();
    EXPECT_LT(std::abs(date.julianDay() - Date::fromYmd(2016, 6, 1).julianDay()), 30);
    EXPECT_EQ(canvas->settings().date, date);
    EXPECT_EQ(window->timelinePanel()->dateEdit()->text(), date.toString());
    const QColor after = iraqiHalf(canvas, qaim);
    EXPECT_TRUE(near(after, expectedIraqiColor(t, qaim, date))) << after.name().toStdString();
    EXPECT_FALSE(near(after, expectedIraqiColor(t, qaim, Date::fromYmd(2019, 9, 30))));
}

TEST_F(WindowTest, ClickingAndDraggingOnTheSwimlaneSetsTheDate)
{
    SwimlaneChart* chart = window->timelinePanel()->chart();
    const QRectF band = chart->rowRect(0, 0);
    const double x = chart->xOf(Date::fromYmd(2014, 6, 15).julianDay()) + 0.5;
    QTest::mouseClick(chart, Qt::LeftButton, {},
                      QPoint(static_cast<int>(x), static_cast<int>(band.center().y())));
    EXPECT_EQ(window->timeController()->date(), chart->dateAt(static_cast<int>(x)));
    EXPECT_LT(std::abs(window->timeController()->date().julianDay() -
                       Date::fromYmd(2014, 6, 15).julianDay()),
              10);
    EXPECT_EQ(chart->date(), window->timeController()->date());

    const int to = static_cast<int>(chart->xOf(Date::fromYmd(2018, 1, 1).julianDay()));
    QTest::mousePress(chart, Qt::LeftButton, {},
                      QPoint(static_cast<int>(x), static_cast<int>(band.center().y())));
    QTest::mouseMove(chart, QPoint(to, static_cast<int>(band.center().y())));
    QTest::mouseRelease(chart, Qt::LeftButton, {}, QPoint(to, static_cast<int>(band.center().y())));
    EXPECT_EQ(window->timeController()->date(), chart->dateAt(to));
}

TEST_F(WindowTest, ThePlayButtonAdvancesTheDate)
{
    auto* play = window->timelinePanel()->findChild<QToolButton*>(QStringLiteral("playButton"));
    ASSERT_NE(play, nullptr);
    const Date start = window->timeController()->date();
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_TRUE(test::waitFor([&] { return window->timeController()->date() > start; }));
    EXPECT_EQ(play->text(), QStringLiteral("Pause"));
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_FALSE(window->timeController()->isPlaying());
}

// The tooltip the swimlane shows at `pos`.
QString tooltipAt(SwimlaneChart* chart, QPointF pos)
{
    QToolTip::hideText();
    QHelpEvent help(QEvent::ToolTip, pos.toPoint(), chart->mapToGlobal(pos.toPoint()));
    QApplication::sendEvent(chart, &help);
    return QToolTip::text();
}

// Defect: the swimlane named the crossings and sectors in English whatever the map's labels.
TEST_F(WindowTest, TheSwimlaneNamesTheDataInTheMapsLabelLanguage)
{
    SwimlaneChart* chart = window->timelinePanel()->chart();
    const Dataset& d = window->model().dataset();
    const int rabia = 2, sector = d.firstSector();
    ASSERT_EQ(d.feature(rabia).id, QStringLiteral("rabia-yarubiyah"));
    ASSERT_FALSE(d.feature(sector).nameAr.isEmpty());
    const auto nameOf = [&](int feature) {
        return tooltipAt(chart, QPointF(20, chart->rowRect(feature, 0).center().y()))
            .section(u'\n', 0, 0);
    };
    const auto hoverBand = [&](int feature) {
        return tooltipAt(chart, QPointF(chart->xOf(Date::fromYmd(2019, 9, 30).julianDay()),
                                        chart->rowRect(feature, 1).center().y()));
    };
    const SwimlaneLegend* legend = window->timelinePanel()->findChild<SwimlaneLegend*>();
    const QString sdf = QStringLiteral("قوات سوريا الديمقراطية");
    EXPECT_EQ(nameOf(rabia), QStringLiteral("Rabia / al-Yarubiyah"));
    EXPECT_EQ(hoverBand(rabia).section(u'\n', 0, 0), QStringLiteral("al-Yarubiyah (SY): SDF"));
    EXPECT_TRUE(legend->accessibleDescription().contains(QStringLiteral("SDF")));
    // The labels chosen in the Layers panel, as the map's.
    window->findChild<QDockWidget*>(QStringLiteral("layersDock"))->raise();
    const auto chooseLabels = [&](const QString& text) {
        for (QRadioButton* b : window->layersPanel()->findChildren<QRadioButton*>())
            if (b->text() == text)
                QTest::mouseClick(b, Qt::LeftButton);
        ASSERT_EQ(window->canvas()->settings().labels == LabelLanguage::English,
                  text == QStringLiteral("English"));
    };
    chooseLabels(QStringLiteral("العربية"));
    EXPECT_EQ(nameOf(rabia), QStringLiteral("ربيعة / اليعربية"));
    EXPECT_EQ(hoverBand(rabia).section(u'\n', 0, 0), QStringLiteral("اليعربية (SY): ") + sdf);
    EXPECT_TRUE(legend->accessibleDescription().contains(sdf));
    EXPECT_EQ(nameOf(sector), d.feature(sector).nameAr);
    chooseLabels(QStringLiteral("Kurdî"));
    EXPECT_EQ(nameOf(rabia), QStringLiteral("Rabia / Til Koçer"));
    EXPECT_TRUE(hoverBand(rabia).startsWith(QStringLiteral("Til Koçer (SY)")));
    EXPECT_EQ(nameOf(sector), d.feature(sector).name); // no Kurmanji name: English
    EXPECT_TRUE(legend->accessibleDescription().contains(QStringLiteral("SDF"))); // as the map's
    // Both languages on one line: English, as the map's legend.
    chooseLabels(QStringLiteral("Both"));
    EXPECT_EQ(nameOf(rabia), QStringLiteral("Rabia / al-Yarubiyah"));
}

} // namespace
} // namespace frontier
