// The Changes dock driven by real key and mouse events over the bundled data at 2019-09-30.
#include "ui/ChangesPanel.h"
#include "UiTest.h"
#include "ui/DateField.h"
#include "ui/MapCanvas.h"

#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace frontier {
namespace {

class ChangesPanelTest : public test::WindowTest {
protected:
    ChangesPanel* panel() { return window->changesPanel(); }
    void showDock()
    {
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("changesDock"));
        ASSERT_NE(dock, nullptr);
        dock->raise();
        ASSERT_TRUE(test::waitFor([this] { return panel()->isVisible(); }));
    }
    void typeSince(const QString& text)
    {
        DateField* since = panel()->sinceEdit();
        QTest::mouseClick(since, Qt::LeftButton, {}, QPoint(10, since->height() / 2));
        QTest::keyClick(since, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(since, text);
        QTest::keyClick(since, Qt::Key_Return);
    }
    QListWidgetItem* row(const QString& start)
    {
        for (int i = 0; i < panel()->list()->count(); ++i)
            if (panel()->list()->item(i)->text().startsWith(start))
                return panel()->list()->item(i);
        return nullptr;
    }
};

// From 1 January 2017 to 30 September 2019: al-Qaim reopened that day (asharq-2019-09-30-qaim).
TEST_F(ChangesPanelTest, ATypedDateListsWhatChangedAndTheMapMarksIt)
{
    showDock();
    EXPECT_EQ(panel()->list()->count(), 0);
    EXPECT_FALSE(panel()->clearButton()->isEnabled());
    typeSince(QStringLiteral("2017-01-01"));
    EXPECT_EQ(window->model().compareDate(), Date::fromYmd(2017, 1, 1));
    EXPECT_EQ(window->canvas()->settings().compareDate, Date::fromYmd(2017, 1, 1));
    QListWidgetItem* qaim = row(QStringLiteral("al-Qaim / Albu Kamal: closed → open"));
    ASSERT_NE(qaim, nullptr);
    EXPECT_TRUE(
        qaim->text().contains(QStringLiteral("since 2019-09-30 · event qaim-2019-09-30-open")));
    const Dataset& d = window->model().dataset();
    const Source& asharq =
        d.sources()[std::size_t(d.sourceIndex(QStringLiteral("asharq-2019-09-30-qaim")))];
    EXPECT_TRUE(qaim->toolTip().contains(asharq.outlet)) << qaim->toolTip().toStdString();
    EXPECT_TRUE(panel()->summary()->text().startsWith(
        QStringLiteral("%1 change(s) from 2017-01-01 to 2019-09-30")
            .arg(panel()->list()->count())));

    // A click on the row selects the crossing.
    panel()->list()->scrollToItem(qaim);
    QTest::mouseClick(panel()->list()->viewport(), Qt::LeftButton, {},
                      panel()->list()->visualItemRect(qaim).center());
    EXPECT_EQ(window->model().selectedFeature(), d.featureIndex(QStringLiteral("qaim-albukamal")));
}

TEST_F(ChangesPanelTest, TheListFollowsTheDateAndClearStopsComparing)
{
    showDock();
    typeSince(QStringLiteral("2017-01-01"));
    const int before = panel()->list()->count();
    window->model().setDate(Date::fromYmd(2017, 1, 2));
    EXPECT_LT(panel()->list()->count(), before);
    EXPECT_EQ(row(QStringLiteral("al-Qaim / Albu Kamal: closed → open")), nullptr);
    QTest::mouseClick(panel()->clearButton(), Qt::LeftButton);
    EXPECT_FALSE(window->model().compareDate().isValid());
    EXPECT_FALSE(window->canvas()->settings().compareDate.isValid());
    EXPECT_EQ(panel()->list()->count(), 0);
    EXPECT_TRUE(panel()->sinceEdit()->text().isEmpty());
    // A date that is not one is refused and changes nothing.
    typeSince(QStringLiteral("2017-13-01"));
    EXPECT_FALSE(window->model().compareDate().isValid());
    EXPECT_FALSE(panel()->sinceEdit()->error().isEmpty());
}

} // namespace
} // namespace frontier
