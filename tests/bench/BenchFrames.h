#pragma once

#include "geo/Crs.h"
#include "render/MapRenderer.h"
#include "render/RenderCache.h"

#include <QImage>
#include <QPainter>

#include <benchmark/benchmark.h>

namespace frontier::bench {

/// The whole frontier at 1920×1080 on 2019-09-30.
inline MapSettings fullHd(MapRenderer& r)
{
    MapSettings s;
    s.size = {1920, 1080};
    s.crs = Crs::defaultDefinition();
    s.extent = r.homeExtent(s.crs);
    s.date = Date::fromYmd(2019, 9, 30);
    return s;
}

/// The frame before the ones timed: the window has it on screen (its layers projected, which
/// the window does on the worker that loads them) before the slider or the view moves.
inline void warmUp(MapRenderer& renderer, const MapSettings& s, QImage& frame, RenderCache& cache)
{
    QPainter p(&frame);
    renderer.render(p, s, &cache);
}

/// The slider moved: only the date changes, onto a reused frame buffer (as the window paints).
inline void dateChangedFrames(benchmark::State& state, MapRenderer& renderer, MapSettings s)
{
    QImage frame(s.size, QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    warmUp(renderer, s, frame, cache);
    int day = 0;
    for (auto _ : state) {
        s.date = Date::fromYmd(2012, 1, 1).addDays(day++ * 37 % 5000);
        QPainter p(&frame);
        renderer.render(p, s, &cache);
    }
}

/// A pan or zoom: the base image (basemap, labels) is rebuilt for the new view.
inline void pannedOrZoomedFrames(benchmark::State& state, MapRenderer& renderer, MapSettings s)
{
    QImage frame(s.size, QImage::Format_ARGB32_Premultiplied);
    RenderCache cache;
    warmUp(renderer, s, frame, cache);
    const Viewport home = MapRenderer::viewport(s);
    int i = 0;
    for (auto _ : state) {
        ++i;
        s.extent = (i % 2 ? home.panned(i % 7 * 3.0, 2.0)
                          : home.zoomed(1.0 + (i % 5) * 0.1, QPointF(900, 500)))
                       .extent();
        QPainter p(&frame);
        renderer.render(p, s, &cache);
    }
}

} // namespace frontier::bench
