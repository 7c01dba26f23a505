// The analyst's layers' legend (OverlayLegend), top right: read the way the map's language
// reads, as the crossings' legend is.
#include "render/decorations/OverlayLegend.h"
#include "RenderTest.h"
#include "render/decorations/DecorationLayout.h"

namespace frontier {
namespace {

const QColor kFill(200, 0, 0);
constexpr double kLegendWidth = 220;

// One point of one layer, "events", drawn in kFill.
MapSettings withOneLayer(MapSettings s, LabelLanguage labels)
{
    auto overlay = std::make_shared<Overlay>();
    overlay->name = QStringLiteral("events");
    overlay->partStarts = {0, 1};
    overlay->vertices.push_back({40.99, 34.40});
    OverlayFeature f;
    f.partCount = 1;
    overlay->features.push_back(f);
    OverlayStyle style;
    style.fill = kFill;
    style.size = 10;
    s.layers = 0;
    s.decorations = static_cast<unsigned>(Decoration::Legend);
    s.labels = labels;
    s.overlays.push_back({std::move(overlay), style});
    return s;
}

// Where the layer's row (its symbol and its name) is drawn, within the legend's box.
struct Row {
    double symbolLeft = 1e9, symbolRight = -1;
    double textLeft = 1e9, textRight = -1;
};

Row rowIn(const QImage& image)
{
    const double right = image.width() - DecorationLayout::kMargin;
    const double top = DecorationLayout::kMargin;
    Row row;
    for (int y = int(top) + 8; y < int(top) + 24; ++y)
        for (int x = int(right - kLegendWidth) + 3; x < int(right) - 3; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c == kFill) {
                row.symbolLeft = std::min<double>(row.symbolLeft, x);
                row.symbolRight = std::max<double>(row.symbolRight, x);
            } else if (c.lightness() < 110) { // the text, #222 antialiased
                row.textLeft = std::min<double>(row.textLeft, x);
                row.textRight = std::max<double>(row.textRight, x);
            }
        }
    return row;
}

class OverlayLegendTest : public test::RenderTest {};

TEST_F(OverlayLegendTest, InEnglishTheSymbolIsLeftAndTheNameFollowsIt)
{
    const QImage image = renderer.renderImage(
        withOneLayer(settings(Date::fromYmd(2019, 9, 30)), LabelLanguage::English));
    const Row row = rowIn(image);
    const double left = image.width() - DecorationLayout::kMargin - kLegendWidth;
    ASSERT_GE(row.symbolRight, 0);
    ASSERT_GE(row.textRight, 0);
    EXPECT_LT(row.symbolLeft - left, 12);
    EXPECT_GT(row.textLeft, row.symbolRight);
    EXPECT_LT(row.textLeft - row.symbolRight, 12);
}

// Defect: in Arabic the crossings' legend was mirrored, the layers' was not.
TEST_F(OverlayLegendTest, InArabicTheSymbolIsRightAndTheNameRightAlignedBeforeIt)
{
    const QImage image = renderer.renderImage(
        withOneLayer(settings(Date::fromYmd(2019, 9, 30)), LabelLanguage::Arabic));
    const Row row = rowIn(image);
    const double right = image.width() - DecorationLayout::kMargin;
    ASSERT_GE(row.symbolRight, 0);
    ASSERT_GE(row.textRight, 0);
    EXPECT_LT(right - row.symbolRight, 12);
    EXPECT_LT(row.textRight, row.symbolLeft);
    EXPECT_LT(row.symbolLeft - row.textRight, 12);
    // Right-aligned: the short name is far from the box's left edge.
    EXPECT_GT(row.textLeft - (right - kLegendWidth), kLegendWidth / 2);
}

} // namespace
} // namespace frontier
