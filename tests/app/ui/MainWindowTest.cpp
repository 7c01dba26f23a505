#include "UiTest.h"
#include "time/TimeController.h"
#include "ui/CrossingPanel.h"
#include "ui/EventText.h"
#include "ui/MapCanvas.h"
#include "ui/SearchBox.h"

#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QTemporaryDir>

namespace frontier {
namespace {

using test::WindowTest;

TEST_F(WindowTest, ClickOnACrossingSelectsItAndShowsItsControllers)
{
    const Timeline& t = window->timeline();
    const int qaim = t.dataset().crossingIndex(QStringLiteral("qaim-albukamal"));
    MapCanvas* canvas = window->canvas();
    QTest::mouseClick(canvas, Qt::LeftButton, {}, canvas->crossingPosition(qaim).toPoint());
    EXPECT_EQ(canvas->selectedCrossing(), qaim);
    EXPECT_EQ(window->crossingPanel()->crossing(), qaim);
    const CrossingState st = t.crossingStateAt(qaim, Date::fromYmd(2019, 9, 30));
    const QString details = window->crossingPanel()->details()->text();
    EXPECT_TRUE(details.contains(QStringLiteral("<b>IQ side:</b> ") + EventText::actor(t.dataset(), st.side(Side::IQ).controller)));
    EXPECT_TRUE(details.contains(QStringLiteral("<b>SY side:</b> ") + EventText::actor(t.dataset(), st.side(Side::SY).controller)));
    EXPECT_TRUE(details.contains(QStringLiteral("البوكمال")));
    EXPECT_TRUE(details.contains(QStringLiteral("MGRS")));

    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(5, canvas->height() - 5)); // empty map
    EXPECT_EQ(canvas->selectedCrossing(), -1);
}

TEST_F(WindowTest, KeysStepTheDate)
{
    TimeController* time = window->timeController();
    const Date start = time->date();
    QTest::keyClick(window->canvas(), Qt::Key_Right);
    EXPECT_EQ(time->date(), start.addDays(1));
    QTest::keyClick(window->canvas(), Qt::Key_Left);
    QTest::keyClick(window->canvas(), Qt::Key_Left);
    EXPECT_EQ(time->date(), start.addDays(-1));
    QTest::keyClick(window->canvas(), Qt::Key_Right, Qt::ControlModifier);
    EXPECT_EQ(time->date(), Date::fromYmd(2019, 10, 29));
    QTest::keyClick(window->canvas(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(time->date(), Date::fromYmd(2020, 10, 29));
    const Date before = time->date();
    QTest::keyClick(window->canvas(), Qt::Key_PageDown);
    EXPECT_EQ(time->date(), *window->timeline().nextChange(before));
    QTest::keyClick(window->canvas(), Qt::Key_PageUp);
    EXPECT_EQ(time->date(), *window->timeline().previousChange(*window->timeline().nextChange(before)));
    QTest::keyClick(window->canvas(), Qt::Key_End);
    EXPECT_EQ(time->date(), TimeController::maximum());
    QTest::keyClick(window->canvas(), Qt::Key_Home);
    EXPECT_EQ(time->date(), TimeController::minimum());
    EXPECT_EQ(window->canvas()->settings().date, TimeController::minimum());
}

TEST_F(WindowTest, SpacePlaysAndPauses)
{
    TimeController* time = window->timeController();
    const Date start = time->date();
    QTest::keyClick(window->canvas(), Qt::Key_Space);
    EXPECT_TRUE(time->isPlaying());
    EXPECT_TRUE(test::waitFor([&] { return time->date() > start; }));
    QTest::keyClick(window->canvas(), Qt::Key_Space);
    EXPECT_FALSE(time->isPlaying());
    EXPECT_EQ(window->canvas()->settings().date, time->date());
}

TEST_F(WindowTest, HistoryRowMovesTheTimeline)
{
    const int qaim = window->timeline().dataset().crossingIndex(QStringLiteral("qaim-albukamal"));
    window->selectCrossing(qaim);
    QListWidget* history = window->crossingPanel()->history();
    ASSERT_GT(history->count(), 3);
    history->scrollToItem(history->item(2));
    const QRect row = history->visualItemRect(history->item(2));
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, row.center());
    const Event& e = window->timeline().dataset().events()[static_cast<std::size_t>(window->timeline().eventsOf(qaim)[2])];
    EXPECT_EQ(window->timeController()->date(), std::max(e.date.firstDay(), TimeController::minimum()));
}

TEST_F(WindowTest, SearchFindsACrossingByItsArabicName)
{
    QTest::keyClick(window->canvas(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(window->searchBox()->hasFocus());
    for (QChar ch : QStringLiteral("اليعربية")) // typed as an Arabic keyboard sends it
        QTest::sendKeyEvent(QTest::Click, window->searchBox(), Qt::Key_unknown, QString(ch), Qt::NoModifier);
    QTest::keyClick(window->searchBox(), Qt::Key_Return);
    EXPECT_EQ(window->canvas()->selectedCrossing(), window->timeline().dataset().crossingIndex(QStringLiteral("rabia-yarubiyah")));
}

TEST_F(WindowTest, ABadDatasetIsRefusedAndTheCurrentOneStays)
{
    const Dataset* before = &window->timeline().dataset();
    QTemporaryDir empty;
    EXPECT_FALSE(window->openDataset(empty.path()));
    EXPECT_EQ(&window->timeline().dataset(), before);
    auto* box = window->findChild<QMessageBox*>(QStringLiteral("datasetProblems"));
    ASSERT_NE(box, nullptr);
    EXPECT_FALSE(box->detailedText().isEmpty());
    box->close();
    EXPECT_TRUE(window->openDataset(QStringLiteral(FRONTIER_MAPS_DIR)));
    EXPECT_NE(&window->timeline().dataset(), before);
    EXPECT_FALSE(window->canvas()->grab().isNull());
}

} // namespace
} // namespace frontier
