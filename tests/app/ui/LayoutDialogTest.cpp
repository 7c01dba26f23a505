#include "ui/LayoutDialog.h"
#include "UiTest.h"
#include "render/export/LayoutExport.h"
#include "ui/MapCanvas.h"

#include <QFile>
#include <QLineEdit>
#include <QTimer>

namespace frontier {
namespace {

using test::WindowTest;

QImage region(const QImage& image, const QRectF& pageRect)
{
    const double scale = LayoutDialog::kPreviewDpi / PrintLayout::kUnitsPerInch;
    return image.copy(QRectF(pageRect.topLeft() * scale, pageRect.size() * scale).toRect());
}

// Typing a title (real key events) redraws the preview: its header changes, its map does not.
TEST_F(WindowTest, TypingATitleChangesTheLayoutPreview)
{
    LayoutDialog dialog(window->canvas()->renderer(), window->canvas()->settings(), {},
                        window.get());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    const QImage before = dialog.preview();
    ASSERT_FALSE(before.isNull());
    const PrintLayout layout = dialog.layout();
    const QRectF header(0, 0, layout.pageSize().width(), layout.panelRect(0).top() - 20);
    QTest::keyClicks(dialog.titleEdit(), QStringLiteral("Rabia in 2019"));
    ASSERT_TRUE(test::waitFor([&] { return dialog.preview() != before; }));
    EXPECT_EQ(dialog.options().text.title, QStringLiteral("Rabia in 2019"));
    EXPECT_NE(region(dialog.preview(), header), region(before, header));
    EXPECT_EQ(region(dialog.preview(), layout.panelRect(0)), region(before, layout.panelRect(0)));
    // The preview is the layout's first page, drawn by the export's own code.
    EXPECT_EQ(dialog.preview(),
              LayoutExport::renderPage(dialog.layout(), 0, LayoutDialog::kPreviewDpi));
}

TEST_F(WindowTest, TheLayoutDialogExportsAPdfAndAPngOfItsPage)
{
    QTemporaryDir dir;
    LayoutDialog dialog(window->canvas()->renderer(), window->canvas()->settings(),
                        {{QStringLiteral("Exported"), {}, {}},
                         *PageFormat::fromCode(QStringLiteral("letter-portrait")),
                         72},
                        window.get());
    const QString pdf = dir.filePath(QStringLiteral("page.pdf"));
    ASSERT_EQ(dialog.exportTo(pdf), QString());
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");
    const QString png = dir.filePath(QStringLiteral("page.png"));
    ASSERT_EQ(dialog.exportTo(png), QString());
    EXPECT_EQ(QImage(png).size(), QSize(612, 792)); // letter at 72 dpi
    EXPECT_NE(dialog.exportTo(dir.filePath(QStringLiteral("page.jpg"))), QString());
}

// File → Print layout… (Ctrl+P) opens the dialog on the window's map and date.
TEST_F(WindowTest, CtrlPOpensTheLayoutDialogOnTheCurrentMap)
{
    QString opened;
    QTimer::singleShot(0, window.get(), [&] {
        if (auto* d = qobject_cast<LayoutDialog*>(QApplication::activeModalWidget())) {
            opened = d->layout().panels()[0].date.toString();
            d->reject();
        }
    });
    QTest::keySequence(window->canvas(), QKeySequence(Qt::CTRL | Qt::Key_P));
    EXPECT_EQ(opened, QStringLiteral("2019-09-30"));
}

} // namespace
} // namespace frontier
