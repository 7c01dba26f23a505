#include "ui/CrsDialog.h"
#include "UiTest.h"

#include <QAbstractItemModel>
#include <QLineEdit>
#include <QTableView>

namespace frontier {
namespace {

QStringList shownIds(const CrsDialog& d)
{
    QStringList ids;
    const QAbstractItemModel* m = d.view()->model();
    for (int row = 0; row < m->rowCount(); ++row)
        ids << m->index(row, 0).data().toString();
    return ids;
}

TEST(CrsDialogTest, FilteringByNameFindsTheUtmZone)
{
    test::uiApp();
    CrsDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const int all = dialog.visibleCount();
    QTest::keyClicks(dialog.filter(), QStringLiteral("utm zone 38n"));
    EXPECT_LT(dialog.visibleCount(), all);
    EXPECT_TRUE(shownIds(dialog).contains(QStringLiteral("EPSG:32638")));
    EXPECT_FALSE(shownIds(dialog).contains(QStringLiteral("EPSG:32637")));
}

TEST(CrsDialogTest, ReturnsTheCodeChosenWithTheKeyboard)
{
    test::uiApp();
    CrsDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.filter(), QStringLiteral("UTM zone 38N"));
    const int target = static_cast<int>(shownIds(dialog).indexOf(QStringLiteral("EPSG:32638")));
    ASSERT_GE(target, 0);
    for (int i = 0; i < target; ++i)
        QTest::keyClick(dialog.filter(), Qt::Key_Down);
    EXPECT_EQ(dialog.selectedId(), QStringLiteral("EPSG:32638"));
    QTest::keyClick(dialog.filter(), Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(dialog.selectedId(), QStringLiteral("EPSG:32638"));
}

TEST(CrsDialogTest, StartsOnTheCurrentCrsAndAFilterOfNothingChoosesNothing)
{
    test::uiApp();
    CrsDialog dialog(QStringLiteral("EPSG:4326"));
    EXPECT_EQ(dialog.selectedId(), QStringLiteral("EPSG:4326"));
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.filter(), QStringLiteral("no such projection"));
    EXPECT_EQ(dialog.visibleCount(), 0);
    EXPECT_EQ(dialog.selectedId(), QString());
    QTest::keyClick(dialog.filter(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
}

} // namespace
} // namespace frontier
