#include "ui/BookmarksController.h"
#include "UiTest.h"
#include "ui/MapCanvas.h"

#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace frontier {
namespace {

using test::WindowTest;

// Answers the next modal message box with `button`, as a user would click it.
void answerNextBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("removeAllBookmarks"));
        QTest::mouseClick(box->button(button), Qt::LeftButton);
    });
}

TEST_F(WindowTest, ASingleBookmarkCanBeDeleted)
{
    BookmarksController* b = window->bookmarks();
    window->model().setDate(Date::fromYmd(2014, 6, 21));
    b->add(QStringLiteral("first"));
    window->model().setDate(Date::fromYmd(2017, 11, 8));
    b->add(QStringLiteral("second"));
    window->model().setDate(Date::fromYmd(2019, 9, 30));
    b->add(QStringLiteral("third"));
    QMenu* menu = window->findChild<QMenu*>(QStringLiteral("deleteBookmarkMenu"));
    ASSERT_NE(menu, nullptr);
    ASSERT_EQ(menu->actions().size(), 3);
    menu->actions()[1]->trigger(); // "second"
    ASSERT_EQ(b->bookmarks().size(), 2u);
    EXPECT_EQ(b->bookmarks()[0].name, QStringLiteral("first"));
    EXPECT_EQ(b->bookmarks()[1].name, QStringLiteral("third"));
    // Kept: a new window reads the same two.
    QSettings settings;
    EXPECT_EQ(Bookmark::load(settings).size(), 2u);
}

TEST_F(WindowTest, RemoveAllAsksFirst)
{
    BookmarksController* b = window->bookmarks();
    b->add(QStringLiteral("kept"));
    answerNextBox(QMessageBox::Cancel);
    EXPECT_FALSE(b->removeAll());
    EXPECT_EQ(b->bookmarks().size(), 1u);
    answerNextBox(QMessageBox::Yes);
    EXPECT_TRUE(b->removeAll());
    EXPECT_TRUE(b->bookmarks().empty());
    QMenu* menu = window->findChild<QMenu*>(QStringLiteral("deleteBookmarkMenu"));
    ASSERT_NE(menu, nullptr);
    EXPECT_FALSE(menu->isEnabled());
}

TEST_F(WindowTest, ABookmarkRestoresItsViewAndDate)
{
    BookmarksController* b = window->bookmarks();
    window->model().setDate(Date::fromYmd(2015, 5, 21));
    const MapRect extent = window->canvas()->settings().extent;
    b->add(QStringLiteral("Tanf 2015"));
    window->canvas()->showHome();
    window->canvas()->setExtent({extent.xmin + 1000, extent.ymin, extent.xmax + 1000, extent.ymax});
    window->model().setDate(Date::fromYmd(2020, 1, 1));
    b->apply(0);
    EXPECT_EQ(window->model().date(), Date::fromYmd(2015, 5, 21));
    EXPECT_EQ(window->canvas()->settings().extent, extent);
}

} // namespace
} // namespace frontier
