#include "ui/ShortcutsDialog.h"
#include "UiTest.h"

#include <QMainWindow>
#include <QMenuBar>
#include <QTableWidget>

namespace frontier {
namespace {

using Rows = QList<QPair<QString, QString>>;
using test::WindowTest;

Rows tableRows(const ShortcutsDialog& d)
{
    Rows rows;
    for (int r = 0; r < d.table()->rowCount(); ++r)
        rows.append({d.table()->item(r, 0)->text(), d.table()->item(r, 1)->text()});
    return rows;
}

TEST(ShortcutsDialogTest, ListsEveryActionWithAShortcutAndNothingElse)
{
    test::uiApp();
    QMainWindow window;
    QMenu* file = window.menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Open dataset…"))
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+O")));
    file->addAction(QStringLiteral("Export without a key"));
    file->addSeparator();
    auto* back = new QAction(QStringLiteral("Go &back"), &window);
    back->setShortcuts(
        {QKeySequence(QStringLiteral("Alt+Left")), QKeySequence(QStringLiteral("Backspace"))});
    window.addAction(back);
    ShortcutsDialog dialog(&window);
    EXPECT_EQ(tableRows(dialog),
              (Rows{{QStringLiteral("Go back"), QStringLiteral("Alt+Left, Backspace")},
                    {QStringLiteral("Open dataset"), QStringLiteral("Ctrl+O")}}));

    // Generated from the actions: a new shortcut shows in the next dialog.
    file->addAction(QStringLiteral("Copy map"))
        ->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+C")));
    EXPECT_EQ(ShortcutsDialog(&window).table()->rowCount(), 3);
    EXPECT_TRUE(ShortcutsDialog::shortcuts(&window).contains(
        qMakePair(QStringLiteral("Copy map"), QStringLiteral("Ctrl+Shift+C"))));
}

TEST_F(WindowTest, TheShortcutsOfTheRealWindowIncludeHome)
{
    const auto rows = ShortcutsDialog::shortcuts(window.get());
    EXPECT_TRUE(std::any_of(rows.begin(), rows.end(), [](const auto& r) {
        return r.second.contains(QStringLiteral("Ctrl+H"));
    }));
}

} // namespace
} // namespace frontier
