#include "OverlayLayer.h"

#include "render/OverlayPoints.h"
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
        : m_painter(painter), m_c(c), m_view(view), m_overlay(*view.overlay), m_style(view.style),
          m_projected(projected), m_parts(projected.forScale(c.viewport.unitsPerPixel())),
          m_colors(m_style.categoryColors(m_overlay)),
          m_category(m_overlay.column(m_style.categoryField)),
          m_label(m_overlay.column(m_style.labelField))
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
        const MapRect reach{view.xmin - margin, view.ymin - margin, view.xmax + margin,
                            view.ymax + margin};
        OverlayPoints points(m_c, m_view, m_projected, m_colors);
        // Lines and polygons, then the points over them, then the labels over all.
        std::vector<Label> labels;
        if (m_label >= 0 || !points.allPoints())
            forEachShown(reach, [&](std::uint32_t i) {
                const OverlayFeature& f = m_overlay.features[i];
                if (f.type != GeometryType::Point)
                    paintPath(f, colorOf(i), grown);
                if (m_label >= 0)
                    labels.push_back({labelPoint(f, i), m_overlay.value(i, m_label)});
            });
        points.paint(m_painter, reach);
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
    const OverlayView& m_view;
    const Overlay& m_overlay;
    const OverlayStyle& m_style;
    const ProjectedOverlay& m_projected;
    const ProjectedOverlay::Parts& m_parts; ///< lines and polygons thinned for this scale
    std::vector<QColor> m_colors;
    int m_category, m_label;
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
