#include "ui/MapContextMenu.h"
#include "UiTest.h"

#include <QClipboard>

namespace frontier {
namespace {

const GeoPoint kQaimCrossing{40.97239, 34.40461};

/// Opens the menu and clicks one of its actions with the mouse.
void clickAction(MapContextMenu& menu, QAction* action)
{
    menu.popup(QPoint(40, 40));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&menu));
    QTest::mouseClick(&menu, Qt::LeftButton, {}, menu.actionGeometry(action).center());
    ASSERT_TRUE(test::waitFor([&] { return !menu.isVisible(); }));
}

TEST(MapContextMenuTest, CopiesThePointInEachFormat)
{
    test::uiApp();
    MapContextMenu menu;
    menu.setPoint(kQaimCrossing);
    const std::vector<std::pair<QAction*, QString>> cases{
        {menu.copyDecimalAction(), QStringLiteral("34.40461° N, 40.97239° E")},
        {menu.copyDmsAction(), QStringLiteral("34°24′16.6″ N, 40°58′20.6″ E")},
        {menu.copyMgrsAction(), QStringLiteral("37SFU 81290 08783")}};
    for (const auto& [action, expected] : cases) {
        QGuiApplication::clipboard()->clear();
        clickAction(menu, action);
        EXPECT_EQ(QGuiApplication::clipboard()->text(), expected) << action->text().toStdString();
    }
}

TEST(MapContextMenuTest, CentreHereSignalsThePoint)
{
    test::uiApp();
    MapContextMenu menu;
    menu.setPoint(kQaimCrossing);
    std::vector<GeoPoint> centred;
    QObject::connect(&menu, &MapContextMenu::centreRequested,
                     [&](GeoPoint p) { centred.push_back(p); });
    clickAction(menu, menu.centreAction());
    ASSERT_EQ(centred.size(), 1u);
    EXPECT_EQ(centred[0], kQaimCrossing);
}

} // namespace
} // namespace frontier
