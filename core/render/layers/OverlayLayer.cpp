#include "OverlayLayer.h"

#include "render/OverlaySymbols.h"
#include "render/RenderContext.h"
#include "render/ScreenPath.h"
#include "render/TextPainter.h"

#include "overlay/ProjectedOverlay.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

struct Label {
    QPointF at;
    QString text;
};

// Draws one overlay's features that meet the view and pass its time filter.
class OverlayPainter {
public:
    OverlayPainter(QPainter& painter, const RenderContext& c, const OverlayView& view,
                   const ProjectedOverlay& projected)
        : m_painter(painter), m_c(c), m_overlay(*view.overlay), m_style(view.style),
          m_projected(projected), m_parts(projected.forScale(c.viewport.unitsPerPixel())),
          m_colors(m_style.categoryColors(m_overlay)),
          m_category(m_overlay.column(m_style.categoryField)),
          m_size(m_overlay.column(m_style.sizeField)),
          m_label(m_overlay.column(m_style.labelField)),
          m_symbols(m_style, c.settings.devicePixelRatio)
    {
    }

    void paint()
    {
        const MapRect view = m_c.viewport.extent();
        // Symbols and labels reach past a feature's bounds: look a little beyond the view.
        const double margin =
            (m_style.size * 6 + m_style.strokeWidth) * m_c.viewport.unitsPerPixel();
        m_painter.save();
        m_painter.setOpacity(m_style.opacity);
        const MapRect grown = view.grown(0.05);
        std::vector<Label> labels;
        forEachShown(
            {view.xmin - margin, view.ymin - margin, view.xmax + margin, view.ymax + margin},
            [&](std::uint32_t i) {
                const OverlayFeature& f = m_overlay.features[i];
                const QColor color = colorOf(i);
                if (f.type == GeometryType::Point)
                    paintPoints(f, i, color);
                else
                    paintPath(f, color, grown);
                if (m_label >= 0)
                    labels.push_back({labelPoint(f, i), m_overlay.value(i, m_label)});
            });
        const QFont font = m_c.font(m_style.labelSize);
        for (const Label& l : labels) {
            const QSizeF size = TextPainter::measure(font, l.text);
            TextPainter::draw(m_painter, QRectF(l.at - QPointF(0, size.height() / 2), size), font,
                              l.text, Qt::black, Qt::white, 1.5);
        }
        m_painter.restore();
    }

private:
    // Visits the features meeting `rect` that show on the settings' date, in the overlay's
    // order: a dated overlay's are found by date (its features are in date order) and culled
    // as they come, unless the view holds so few of them that the grid index finds them faster.
    void forEachShown(const MapRect& rect, auto&& visit) const
    {
        std::vector<std::uint32_t> found;
        if (!m_overlay.isDated()) {
            m_projected.query(rect, found);
            std::for_each(found.begin(), found.end(), visit);
            return;
        }
        const std::int32_t firstShown = m_style.time.firstShown(m_c.settings.date);
        const std::int32_t lastShown = m_style.time.lastShown(m_c.settings.date);
        const auto [from, to] = m_overlay.shownBetween(firstShown, lastShown);
        const MapRect& extent = m_projected.extent();
        const MapRect common{std::max(rect.xmin, extent.xmin), std::max(rect.ymin, extent.ymin),
                             std::min(rect.xmax, extent.xmax), std::min(rect.ymax, extent.ymax)};
        const double inView = common.width() > 0 && common.height() > 0
                                  ? common.width() * common.height() /
                                        std::max(extent.width() * extent.height(), 1e-300)
                                  : 0;
        if (static_cast<double>(to - from) > 4 * inView * m_overlay.features.size()) {
            m_projected.query(rect, found);
            for (const std::uint32_t i : found)
                if (const OverlayFeature& f = m_overlay.features[i];
                    f.firstDay <= lastShown && f.lastDay >= firstShown)
                    visit(i);
            return;
        }
        for (std::size_t i = from; i < to; ++i) {
            const OverlayFeature& f = m_overlay.features[i];
            if (f.lastDay < firstShown)
                continue;
            // A point is its own bounds: read where it is, which drawing it needs next.
            bool meets = false;
            if (f.type == GeometryType::Point && f.partCount == 1) {
                const MapPoint& p = m_projected.part(f.firstPart)[0];
                meets =
                    p.x >= rect.xmin && p.x <= rect.xmax && p.y >= rect.ymin && p.y <= rect.ymax;
            } else {
                meets = m_projected.bounds(i).intersects(rect);
            }
            if (meets)
                visit(static_cast<std::uint32_t>(i));
        }
    }

    QColor colorOf(std::size_t feature) const
    {
        if (m_colors.empty())
            return m_style.fill;
        const auto& index = m_overlay.columns[static_cast<std::size_t>(m_category)].index;
        return m_colors[index[feature]];
    }

    double diameterOf(std::size_t feature) const
    {
        if (m_size < 0)
            return m_style.size;
        const double v = m_overlay.value(feature, m_size).toDouble();
        return std::min(m_style.size + 2 * std::sqrt(std::max(0.0, v)), m_style.size * 6);
    }

    void paintPoints(const OverlayFeature& f, std::size_t i, const QColor& color)
    {
        const double diameter = diameterOf(i);
        for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
            for (const MapPoint& m : m_projected.part(p)) {
                const QPointF s = m_c.viewport.toScreen(m);
                if (!firstOnPixel(s, i))
                    continue;
                m_symbols.draw(m_painter, s, color, diameter);
            }
    }

    void paintPath(const OverlayFeature& f, const QColor& color, const MapRect& grown)
    {
        const bool closed = f.type == GeometryType::Polygon;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p)
            ScreenPath::appendPart(path, m_parts.part(p), m_c.viewport, closed, grown);
        if (path.isEmpty())
            return;
        if (closed && color.alpha() > 0)
            m_painter.fillPath(path, color);
        const QColor line = closed || m_colors.empty() ? m_style.stroke : color;
        if (m_style.strokeWidth > 0 && line.alpha() > 0) {
            QPen pen(line, m_style.strokeWidth);
            pen.setJoinStyle(Qt::RoundJoin);
            pen.setCapStyle(Qt::RoundCap);
            m_painter.strokePath(path, pen);
        }
    }

    // Many points on one pixel in one colour (ACLED geocodes to places) are drawn once: false
    // for the second and later. Sized points and off-screen ones are always drawn.
    bool firstOnPixel(QPointF s, std::size_t feature)
    {
        // Rounded by truncating x + 0.5 where it is not negative (a million points a frame).
        const double fx = s.x() + 0.5, fy = s.y() + 0.5;
        const int w = m_pixelsWide, h = m_pixelsHigh;
        if (m_size >= 0 || !(fx >= 0 && fy >= 0 && fx < w && fy < h))
            return true;
        const int x = static_cast<int>(fx), y = static_cast<int>(fy);
        const std::uint32_t value =
            m_colors.empty()
                ? 0
                : m_overlay.columns[static_cast<std::size_t>(m_category)].index[feature];
        if (value >= 16)
            return true;
        if (m_drawn.empty())
            m_drawn.assign(static_cast<std::size_t>(w) * static_cast<std::size_t>(h), 0);
        std::uint16_t& bits = m_drawn[static_cast<std::size_t>(y) * static_cast<std::size_t>(w) +
                                      static_cast<std::size_t>(x)];
        const auto bit = static_cast<std::uint16_t>(1u << value);
        if (bits & bit)
            return false;
        bits |= bit;
        return true;
    }

    QPointF labelPoint(const OverlayFeature& f, std::size_t i) const
    {
        if (f.type == GeometryType::Point) {
            const auto part = m_projected.part(f.firstPart);
            return m_c.viewport.toScreen(part.front()) + QPointF(8, 0);
        }
        return m_c.viewport.toScreen(m_projected.bounds(i).center());
    }

    QPainter& m_painter;
    const RenderContext& m_c;
    const Overlay& m_overlay;
    const OverlayStyle& m_style;
    const ProjectedOverlay& m_projected;
    const ProjectedOverlay::Parts& m_parts; ///< lines and polygons thinned for this scale
    std::vector<QColor> m_colors;
    int m_category, m_size, m_label;
    OverlaySymbols m_symbols;
    std::vector<std::uint16_t> m_drawn; ///< per pixel, the colours drawn there
    int m_pixelsWide = static_cast<int>(m_c.viewport.size().width()) + 1;
    int m_pixelsHigh = static_cast<int>(m_c.viewport.size().height()) + 1;
};

} // namespace

void OverlayLayer::paint(QPainter& painter, const RenderContext& c) const
{
    for (std::size_t i = 0; i < c.settings.overlays.size(); ++i) {
        const OverlayView& view = c.settings.overlays[i];
        const bool dynamic = view.overlay->isDated();
        if (!view.style.visible || dynamic != (m_pass == RenderPass::Dynamic))
            continue;
        OverlayPainter(painter, c, view, *c.overlays[i]).paint();
    }
}

} // namespace frontier
