#include "RenderTest.h"
#include "report/ChangeList.h"

#include <QtMath>

using namespace frontier;

namespace {

using ChangesLayerTest = test::RenderTest;

// Pixels that differ between two images within `radius` ± 3 px of `centre`.
int ringPixels(const QImage& a, const QImage& b, QPointF centre, double radius)
{
    int count = 0;
    for (int y = int(centre.y() - radius - 4); y <= int(centre.y() + radius + 4); ++y)
        for (int x = int(centre.x() - radius - 4); x <= int(centre.x() + radius + 4); ++x) {
            const double d = std::hypot(x + 0.5 - centre.x(), y + 0.5 - centre.y());
            if (std::abs(d - radius) <= 3 && a.rect().contains(x, y) &&
                a.pixel(x, y) != b.pixel(x, y))
                ++count;
        }
    return count;
}

// Between 1 January 2017 and 30 September 2019 al-Qaim reopened and changed hands on both sides;
// a ring marks exactly the crossings and sectors ChangeList names, and nothing without a compare
// date.
TEST_F(ChangesLayerTest, RingsMarkExactlyWhatChanged)
{
    const Dataset& d = renderer.timeline().dataset();
    const Date from = Date::fromYmd(2017, 1, 1), to = Date::fromYmd(2019, 9, 30);
    std::vector<bool> changed(d.features().size(), false);
    for (const Change& c : ChangeList::between(renderer.timeline(), from, to))
        if (!c.isArea())
            changed[std::size_t(c.feature)] = true;
    ASSERT_TRUE(changed[std::size_t(d.featureIndex(QStringLiteral("qaim-albukamal")))]);

    for (const MapLayerId layer : {MapLayerId::Crossings, MapLayerId::Ribbons}) {
        MapSettings plain = settings(to, {1200, 900});
        plain.layers = static_cast<unsigned>(layer);
        plain.decorations = 0;
        MapSettings compared = plain;
        compared.compareDate = from;
        const QImage without = renderer.renderImage(plain);
        EXPECT_EQ(renderer.renderImage(plain), without); // deterministic
        const QImage with = renderer.renderImage(compared);
        const bool crossings = layer == MapLayerId::Crossings;
        const auto features = crossings ? d.crossings() : d.sectors();
        const int first = crossings ? 0 : d.firstSector();
        for (std::size_t i = 0; i < features.size(); ++i) {
            const int f = first + int(i);
            const QPointF at = crossings
                                   ? renderer.crossingPosition(plain, f)
                                   : MapRenderer::viewport(plain).toScreen(
                                         *renderer.transform(plain.crs).forward(features[i].point));
            const double radius =
                crossings ? renderer.style().crossingRadius + renderer.style().changeMarkGap
                          : renderer.style().sectorChangeRadius;
            const int pixels = ringPixels(with, without, at, radius);
            if (changed[std::size_t(f)]) {
                EXPECT_GT(pixels, 20) << features[i].id.toStdString();
            } else if (crossings) { // a sector's ring may touch its neighbour's
                EXPECT_EQ(pixels, 0) << features[i].id.toStdString();
            }
        }
    }
}

} // namespace
