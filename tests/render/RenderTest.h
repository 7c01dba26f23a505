#pragma once

#include "GuiApp.h"
#include "TestData.h"
#include "geo/Crs.h"
#include "render/MapRenderer.h"

#include <QGuiApplication>
#include <QImage>

#include <gtest/gtest.h>

namespace frontier::test {

/// \brief A renderer of the bundled data and the default view of it.
class RenderTest : public ::testing::Test, protected GuiAppFirst {
protected:
    void SetUp() override { ASSERT_NE(bundled(), nullptr); }
    MapSettings settings(Date date, QSize size = {960, 600})
    {
        MapSettings s;
        s.size = size;
        s.crs = Crs::defaultDefinition();
        s.extent = renderer.homeExtent(s.crs);
        s.date = date;
        return s;
    }
    MapRenderer renderer{bundledTimeline()};
};

/// An 800×600 px view of `unitsPerPixel` map units per pixel centred on `centre`.
inline Viewport viewAround(MapPoint centre, double unitsPerPixel)
{
    const QSizeF size(800, 600);
    const double hw = size.width() / 2 * unitsPerPixel, hh = size.height() / 2 * unitsPerPixel;
    return Viewport(MapRect{centre.x - hw, centre.y - hh, centre.x + hw, centre.y + hh}, size);
}

/// The pixel at a logical position of an image with `dpr` device pixels per logical pixel.
inline QColor pixelAt(const QImage& image, QPointF logical, double dpr = 1)
{
    return image.pixelColor(QPoint(int(logical.x() * dpr), int(logical.y() * dpr)));
}

} // namespace frontier::test
