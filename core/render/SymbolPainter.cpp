#include "SymbolPainter.h"

#include "OffsetLine.h"

#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

namespace frontier {
namespace {

constexpr double kRingGap = 2;     // between the disc and the ring's centre line
constexpr double kPipStepDeg = 32; // between two co-holders' pips on one side

// The point halfway along `line` by length.
QPointF midpoint(const QPolygonF& line)
{
    double total = 0;
    for (qsizetype i = 0; i + 1 < line.size(); ++i)
        total += QLineF(line[i], line[i + 1]).length();
    double left = total / 2;
    for (qsizetype i = 0; i + 1 < line.size(); ++i) {
        const QLineF segment(line[i], line[i + 1]);
        if (left <= segment.length())
            return segment.pointAt(segment.length() > 0 ? left / segment.length() : 0);
        left -= segment.length();
    }
    return line.back();
}

QPointF onCircle(QPointF centre, double radius, double degrees)
{
    const double a = degrees * std::numbers::pi / 180;
    return {centre.x() + radius * std::cos(a), centre.y() - radius * std::sin(a)};
}

} // namespace

QPen SymbolPainter::ringPen(CrossingStatus status) const
{
    // Flat caps: square or round caps would grow each dash by a pen width and close the gaps.
    QPen pen(m_style.statusColor(status), m_style.ringWidth, Qt::SolidLine, Qt::FlatCap);
    if (status == CrossingStatus::Restricted)
        pen.setDashPattern(m_style.restrictedDash);
    if (status == CrossingStatus::Unknown)
        pen.setDashPattern(m_style.unknownDash);
    return pen;
}

double SymbolPainter::extent() const
{
    const double r = m_style.crossingRadius;
    return r + kRingGap + m_style.ringHaloWidth / 2;
}

void SymbolPainter::drawCrossing(QPainter& painter, QPointF p, const CrossingLook& look,
                                 double scale) const
{
    painter.save();
    painter.translate(p);
    painter.scale(scale, scale);
    const double r = m_style.crossingRadius;
    const QRectF box(-r, -r, 2 * r, 2 * r);
    const auto half = [&](double startDeg, const SideLook& side) {
        QPainterPath path(QPointF(0, 0));
        path.arcTo(box, startDeg, 180);
        path.closeSubpath();
        painter.fillPath(path, side.color);
        if (side.unknown)
            painter.fillPath(path, QBrush(m_style.hatch, m_style.unknownHatch));
    };
    half(90, look.sy);  // west half: Syria
    half(270, look.iq); // east half: Iraq
    painter.setPen(QPen(m_style.symbolLine, m_style.dividerWidth));
    painter.drawLine(QPointF(0, -r), QPointF(0, r));

    const QRectF ring = box.adjusted(-kRingGap, -kRingGap, kRingGap, kRingGap);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(m_style.symbolLine, m_style.ringHaloWidth));
    painter.drawEllipse(ring);
    painter.setPen(ringPen(look.status));
    painter.drawEllipse(ring);
    if (look.status == CrossingStatus::Closed) {
        // A bar across the disc, as on a "no entry" sign.
        const QLineF bar(-r * 0.8, 0, r * 0.8, 0);
        painter.setPen(
            QPen(m_style.symbolLine, m_style.closedBarHaloWidth, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(bar);
        painter.setPen(QPen(m_style.closed, m_style.closedBarWidth, Qt::SolidLine, Qt::FlatCap));
        painter.drawLine(bar);
    }
    // Co-holders: pips on the ring at the side's outer edge, spread along it.
    const auto pips = [&](double baseDeg, const std::vector<QColor>& with) {
        const double first = baseDeg - (static_cast<double>(with.size()) - 1) / 2 * kPipStepDeg;
        for (std::size_t i = 0; i < with.size(); ++i)
            drawCoHolder(painter,
                         onCircle({}, r + kRingGap, first + static_cast<double>(i) * kPipStepDeg),
                         with[i]);
    };
    pips(180, look.sy.with);
    pips(0, look.iq.with);
    if (look.approximate)
        drawMark(painter, {-r - 3, -r - 3}, Mark::Approximate);
    if (look.disputed)
        drawMark(painter, {r + 3, -r - 3}, Mark::Disputed);
    painter.restore();
}

void SymbolPainter::drawBand(QPainter& painter, const QPolygonF& line, bool right,
                             const BandLook& look, double scale) const
{
    const double sign = right ? scale : -scale;
    // The strip `from` to `from + width` px from the line, filled: cheaper than stroking a wide
    // pen along the line, and the mitred offsets keep its edges parallel through the bends.
    const auto strip = [&](double from, double width) {
        QPolygonF polygon = OffsetLine::offset(line, sign * from);
        const QPolygonF outer = OffsetLine::offset(line, sign * (from + width));
        for (auto it = outer.crbegin(); it != outer.crend(); ++it)
            polygon.append(*it);
        return polygon;
    };
    painter.save();
    painter.setPen(Qt::NoPen);
    const auto fill = [&](const QPolygonF& polygon, const QBrush& brush) {
        painter.setBrush(brush);
        painter.drawPolygon(polygon, Qt::WindingFill);
    };
    const Style& st = m_style;
    // Opaque: Qt 6.4's raster engine hands each batch of a translucent fill's spans to its thread
    // pool and waits (QT_THREAD_PARALLEL_FILLS), which made a thin band's fill about 8 times slower
    // than an opaque one here, and the bands are most of a pan's frame.
    const QPolygonF band = strip(st.ribbonGap, st.ribbonWidth);
    fill(band, look.side.color);
    if (look.side.unknown)
        fill(band, QBrush(st.hatch, st.unknownHatch));
    if (look.approximate)
        fill(band, QBrush(st.approximateHatch, st.approximatePattern));
    // Co-holders: stripes from the inner edge outwards, over at most half the band.
    const auto stripes = static_cast<std::size_t>(st.ribbonWidth / 2 / st.ribbonCoHolderWidth);
    for (std::size_t i = 0; i < look.side.with.size() && i < stripes; ++i)
        fill(strip(st.ribbonGap + static_cast<double>(i) * st.ribbonCoHolderWidth,
                   st.ribbonCoHolderWidth),
             look.side.with[i]);
    painter.restore();
    if (look.disputed) {
        const double r = st.markRadius * st.ribbonMarkScale;
        drawMark(painter, midpoint(OffsetLine::offset(line, sign * (bandReach() + r + 1))),
                 Mark::Disputed, st.ribbonMarkScale * scale);
    }
}

double SymbolPainter::bandExtent() const
{
    // The mark's centre sits its radius and a pixel beyond the band; one more pixel for its
    // outline and antialiasing.
    return bandReach() + 2 * m_style.markRadius * m_style.ribbonMarkScale + 2 +
           m_style.dividerWidth * m_style.ribbonMarkScale;
}

QPen SymbolPainter::areaPen(bool approximate) const
{
    QPen pen(m_style.datedAreaLine, m_style.datedAreaLineWidth, Qt::SolidLine, Qt::FlatCap,
             Qt::RoundJoin);
    if (approximate)
        pen.setDashPattern(m_style.approximateDash);
    return pen;
}

void SymbolPainter::drawArea(QPainter& painter, const QPainterPath& path, bool approximate) const
{
    painter.save();
    painter.setPen(areaPen(approximate));
    painter.setBrush(m_style.datedAreaFill);
    painter.drawPath(path);
    painter.restore();
}

void SymbolPainter::drawAreaMarker(QPainter& painter, QPointF centre, bool approximate) const
{
    const double r = m_style.datedAreaMarkerRadius;
    painter.save();
    if (approximate) {
        painter.setPen(areaPen(true));
        painter.setBrush(m_style.datedAreaFill);
    } else {
        painter.setPen(QPen(m_style.placeOutline, m_style.placeOutlineWidth));
        painter.setBrush(m_style.datedAreaLine);
    }
    painter.drawRect(QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r));
    painter.restore();
}

void SymbolPainter::drawMark(QPainter& painter, QPointF centre, Mark mark, double scale) const
{
    const double r = m_style.markRadius * scale;
    painter.save();
    painter.setPen(QPen(m_style.symbolLine, m_style.dividerWidth * scale));
    painter.setBrush(mark == Mark::Approximate ? m_style.approximateMark : m_style.disputedMark);
    painter.drawEllipse(centre, r, r);
    QFont f = painter.font();
    f.setPixelSize(std::max(1, static_cast<int>(std::lround(m_style.markPixelSize * scale))));
    f.setBold(true);
    painter.setFont(f);
    painter.setPen(m_style.symbolLine);
    painter.drawText(QRectF(centre.x() - r, centre.y() - r - 0.5 * scale, 2 * r, 2 * r),
                     Qt::AlignCenter,
                     mark == Mark::Approximate ? QStringLiteral("~") : QStringLiteral("?"));
    painter.restore();
}

void SymbolPainter::drawCoHolder(QPainter& painter, QPointF centre, const QColor& color,
                                 double scale) const
{
    const double r = m_style.coHolderRadius * scale;
    painter.save();
    painter.setPen(QPen(m_style.symbolLine, m_style.dividerWidth * scale));
    painter.setBrush(color);
    painter.drawEllipse(centre, r, r);
    painter.restore();
}

void SymbolPainter::fillControl(QPainter& painter, const QRectF& rect, const QColor& color,
                                bool unknown) const
{
    painter.fillRect(rect, color);
    if (unknown)
        painter.fillRect(rect, QBrush(m_style.hatch, m_style.unknownHatch));
}

void SymbolPainter::overlayQualifiers(QPainter& painter, const QRectF& rect, bool approximate,
                                      bool disputed) const
{
    if (approximate)
        painter.fillRect(rect, QBrush(m_style.approximateHatch, m_style.approximatePattern));
    if (disputed) {
        painter.save();
        painter.setPen(QPen(m_style.disputedMark, m_style.disputedEdgeWidth, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        const double inset = m_style.disputedEdgeWidth / 2;
        painter.drawRect(rect.adjusted(inset, inset, -inset, -inset));
        painter.restore();
    }
}

void SymbolPainter::fillControlPeriod(QPainter& painter, const QRectF& rect, const QColor& color,
                                      bool unknown, const QColor& with, bool approximate,
                                      bool disputed) const
{
    painter.fillRect(rect, color);
    if (with.isValid())
        painter.fillRect(
            QRectF(rect.left(), rect.bottom() - rect.height() / 3, rect.width(), rect.height() / 3),
            with);
    if (unknown)
        painter.fillRect(rect, QBrush(m_style.hatch, m_style.unknownHatch));
    overlayQualifiers(painter, rect, approximate, disputed);
}

void SymbolPainter::fillStatusPeriod(QPainter& painter, const QRectF& rect, CrossingStatus status,
                                     bool approximate, bool disputed) const
{
    const QPen ring = ringPen(status);
    painter.fillRect(rect, ring.color());
    if (status == CrossingStatus::Unknown)
        painter.fillRect(rect, QBrush(m_style.hatch, m_style.unknownHatch));
    if (status == CrossingStatus::Restricted) {
        // The ring's dashes laid along the band: gaps in the halo's colour.
        const QList<qreal> dash = ring.dashPattern();
        const double on = dash.value(0) * ring.widthF(), off = dash.value(1) * ring.widthF();
        for (double x = rect.left() + on; on > 0 && off > 0 && x < rect.right(); x += on + off)
            painter.fillRect(QRectF(x, rect.top(), std::min(off, rect.right() - x), rect.height()),
                             m_style.symbolLine);
    }
    overlayQualifiers(painter, rect, approximate, disputed);
}

} // namespace frontier
