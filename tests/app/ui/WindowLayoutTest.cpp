#include "UiTest.h"
#include "time/TimeController.h"
#include "ui/EventTickSlider.h"
#include "ui/LayersPanel.h"
#include "ui/MapCanvas.h"
#include "ui/SwimlaneChart.h"
#include "ui/TimelinePanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QStatusBar>
#include <QToolButton>

namespace frontier {
namespace {

using test::WindowTest;

// A widget is usable when it is shown and wholly inside the window.
void expectUsable(QMainWindow* window, QWidget* widget, const char* what)
{
    ASSERT_NE(widget, nullptr) << what;
    EXPECT_TRUE(widget->isVisible()) << what;
    const QRect r(widget->mapTo(window, QPoint(0, 0)), widget->size());
    EXPECT_TRUE(window->rect().contains(r))
        << what << " at " << r.x() << "," << r.y() << " " << r.width() << "x" << r.height();
    EXPECT_GT(r.height(), 0) << what;
}

class WindowLayoutTest : public WindowTest, public ::testing::WithParamInterface<QSize> {};

// Defect: the window could not be shorter than 1016 px, so on 1366x768 the swimlane, the status
// bar and the speed control were off-screen.
TEST_P(WindowLayoutTest, TheWindowFitsALaptopScreenAndEverythingIsReachable)
{
    const QSize screen = GetParam();
    const QSize frame(screen.width(), screen.height() - 40); // less a title bar and a panel
    EXPECT_LE(window->minimumSizeHint().height(), frame.height());
    EXPECT_LE(window->minimumSizeHint().width(), frame.width());
    window->resize(frame);
    QTest::qWait(50);
    ASSERT_EQ(window->size(), frame);
    expectUsable(window.get(), window->statusBar(), "status bar");
    expectUsable(window.get(), window->timelinePanel()->speedBox(), "speed box");
    expectUsable(window.get(),
                 window->timelinePanel()->findChild<QScrollArea*>(QStringLiteral("swimlaneScroll")),
                 "swimlane");
    expectUsable(window.get(), window->timelinePanel()->slider(), "slider");
    expectUsable(window.get(), window->canvas(), "map");

    // Nothing resizes the window on its own: playing, or a refused projection.
    auto* play = window->timelinePanel()->findChild<QToolButton*>(QStringLiteral("playButton"));
    ASSERT_NE(play, nullptr);
    QTest::mouseClick(play, Qt::LeftButton);
    QTest::qWait(250);
    QTest::mouseClick(play, Qt::LeftButton);
    EXPECT_EQ(window->size(), frame);
    QLineEdit* crs = window->layersPanel()->crsEdit();
    crs->setText(QStringLiteral(
        "EPSG:999999 is certainly not a projection that PROJ knows of, however long this gets"));
    QTest::keyClick(crs, Qt::Key_Return);
    QTest::qWait(50);
    EXPECT_FALSE(window->layersPanel()->crsMessage()->text().isEmpty());
    EXPECT_EQ(window->size(), frame);
}

INSTANTIATE_TEST_SUITE_P(Screens, WindowLayoutTest,
                         ::testing::Values(QSize(1366, 768), QSize(1280, 720)));

// Defect: the slider's event ticks and the swimlane used different time scales.
TEST_F(WindowTest, TheSliderAndTheSwimlaneShareOneTimeScale)
{
    for (const QSize size : {QSize(1366, 728), QSize(1920, 1040)}) {
        window->resize(size);
        QTest::qWait(50);
        EventTickSlider* slider = window->timelinePanel()->slider();
        SwimlaneChart* chart = window->timelinePanel()->chart();
        for (const Date d : {AtlasModel::minimumDate(), Date::fromYmd(2014, 6, 21),
                             Date::fromYmd(2019, 9, 30), AtlasModel::maximumDate()}) {
            const int value = d.julianDay() - AtlasModel::minimumDate().julianDay();
            const int sliderX =
                slider->mapTo(window.get(), QPoint(slider->positionOf(value), 0)).x();
            const double chartX =
                chart->mapTo(window.get(), QPoint(0, 0)).x() + chart->xOf(d.julianDay());
            EXPECT_NEAR(sliderX, chartX, 1.5)
                << d.toString().toStdString() << " at width " << size.width();
        }
    }
}

} // namespace
} // namespace frontier
