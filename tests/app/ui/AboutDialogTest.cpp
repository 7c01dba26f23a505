#include "ui/AboutDialog.h"
#include "UiTest.h"

#include <QLabel>

namespace frontier {
namespace {

TEST(AboutDialogTest, NamesTheVersionTheLicencesAndTheDataset)
{
    test::uiApp();
    const Dataset& dataset = *test::bundled();
    AboutDialog dialog(dataset);
    const QString text = dialog.text()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Frontier Atlas " FRONTIER_VERSION)));
    EXPECT_TRUE(text.contains(QStringLiteral("Natural Earth")) &&
                text.contains(QStringLiteral("public domain")));
    EXPECT_TRUE(text.contains(QStringLiteral("GSHHG")) &&
                text.contains(QStringLiteral("LGPL-3.0-or-later")));
    EXPECT_EQ(AboutDialog::shortHash(dataset).size(), 12);
    EXPECT_TRUE(
        QString::fromLatin1(dataset.contentHash()).startsWith(AboutDialog::shortHash(dataset)));
    EXPECT_TRUE(text.contains(AboutDialog::shortHash(dataset)));
    EXPECT_TRUE(text.contains(QStringLiteral("maps")));
}

} // namespace
} // namespace frontier
