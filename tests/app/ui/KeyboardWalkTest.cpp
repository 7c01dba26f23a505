// The whole window by keyboard: Tab reaches every control, and each one tells a screen reader
// what it is.
#include "UiTest.h"
#include "ui/MapCanvas.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QDockWidget>
#include <QTabBar>

#include <set>

namespace frontier {
namespace {

using KeyboardWalkTest = test::WindowTest;

QString describe(QWidget* w)
{
    return QStringLiteral("%1 \"%2\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QString accessibleText(QWidget* w, QAccessible::Text t)
{
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
    return a ? a->text(t) : QString();
}

TEST_F(KeyboardWalkTest, TabReachesEveryControlAndEachHasAName)
{
    // Every dock shown, so that its controls are in the chain.
    for (QDockWidget* d : window->findChildren<QDockWidget*>())
        d->show();
    QTest::qWait(20);
    window->canvas()->setFocus();
    ASSERT_TRUE(test::waitFor([&] { return QApplication::focusWidget() == window->canvas(); }));
    std::set<QWidget*> reached;
    for (int i = 0; i < 400; ++i) {
        QWidget* w = QApplication::focusWidget();
        ASSERT_NE(w, nullptr);
        if (!reached.insert(w).second && w == window->canvas())
            break;
        QTest::keyClick(w, Qt::Key_Tab);
    }
    for (QWidget* w : reached) {
        EXPECT_FALSE(accessibleText(w, QAccessible::Name).isEmpty())
            << "no name: " << describe(w).toStdString();
        // Qt's tab bar reads out its current tab's name and gives no description of its own.
        if (!qobject_cast<QTabBar*>(w)) {
            EXPECT_FALSE(accessibleText(w, QAccessible::Description).isEmpty())
                << "no description: " << describe(w).toStdString() << " "
                << accessibleText(w, QAccessible::Name).toStdString();
        }
    }
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisibleTo(window.get()) || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        EXPECT_TRUE(reached.count(w)) << "not reached by Tab: " << describe(w).toStdString();
    }
}

// Without a mouse: ] and [ on the map select each crossing and sector in turn; the map tells a
// screen reader the state at the date, and the selected feature's.
TEST_F(KeyboardWalkTest, BracketsSelectEachFeatureAndTheMapSaysItsState)
{
    MapCanvas* map = window->canvas();
    const Dataset& d = window->model().dataset();
    const int count = int(d.features().size());
    map->setFocus();
    EXPECT_EQ(accessibleText(map, QAccessible::Name), QStringLiteral("Map"));
    const QString overview = accessibleText(map, QAccessible::Description);
    EXPECT_TRUE(overview.startsWith(QStringLiteral("2019-09-30"))) << overview.toStdString();
    for (const FrontierFeature& c : d.crossings())
        EXPECT_TRUE(overview.contains(c.displayName())) << c.displayName().toStdString();

    QTest::keyClick(map, Qt::Key_BracketRight);
    EXPECT_EQ(window->model().selectedFeature(), 0);
    const QString first = accessibleText(map, QAccessible::Description);
    EXPECT_TRUE(first.startsWith(QStringLiteral("Selected: ") + d.feature(0).displayName()));
    EXPECT_TRUE(first.contains(QStringLiteral("IQ side: "))) << first.toStdString();
    QTest::keyClick(map, Qt::Key_BracketRight);
    EXPECT_EQ(window->model().selectedFeature(), 1);
    QTest::keyClick(map, Qt::Key_BracketLeft);
    QTest::keyClick(map, Qt::Key_BracketLeft);
    EXPECT_EQ(window->model().selectedFeature(), count - 1); // wraps to the last sector
    EXPECT_FALSE(d.feature(count - 1).isCrossing());
    EXPECT_TRUE(
        accessibleText(map, QAccessible::Description).contains(d.feature(count - 1).displayName()));
    // The date moves: the description follows.
    QTest::keyClick(map, Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(
        accessibleText(map, QAccessible::Description).contains(window->model().date().toString()));
}

} // namespace
} // namespace frontier
