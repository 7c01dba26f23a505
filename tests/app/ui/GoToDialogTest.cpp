#include "ui/GoToDialog.h"
#include "UiTest.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace frontier {
namespace {

QPushButton* okButton(const GoToDialog& d)
{
    return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

TEST(GoToDialogTest, ShowsWhyATextIsNotACoordinateAndRefusesIt)
{
    test::uiApp();
    GoToDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.input(), QStringLiteral("95, 40"));
    EXPECT_TRUE(dialog.message()->text().contains(QStringLiteral("latitude 95")))
        << dialog.message()->text().toStdString();
    EXPECT_TRUE(dialog.message()->isVisible());
    EXPECT_FALSE(okButton(dialog)->isEnabled());
    QTest::keyClick(dialog.input(), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(dialog.point());
}

TEST(GoToDialogTest, AcceptsEachFormTypedOnAKeyboard)
{
    test::uiApp();
    for (const QString& text :
         {QStringLiteral("34.40461, 40.97239"), QStringLiteral("34 24'16.6\"N 40 58'20.6\"E"),
          QStringLiteral("37SFU 81290 08783")}) {
        GoToDialog dialog;
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.input(), text);
        EXPECT_TRUE(okButton(dialog)->isEnabled())
            << text.toStdString() << ": " << dialog.message()->text().toStdString();
        QTest::keyClick(dialog.input(), Qt::Key_Return);
        EXPECT_EQ(dialog.result(), QDialog::Accepted) << text.toStdString();
        ASSERT_TRUE(dialog.point());
        EXPECT_NEAR(dialog.point()->lat, 34.40461, 2e-5) << text.toStdString();
        EXPECT_NEAR(dialog.point()->lon, 40.97239, 2e-5) << text.toStdString();
    }
}

} // namespace
} // namespace frontier
