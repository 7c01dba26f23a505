#pragma once

#include "Style.h"

#include <QColor>
#include <QPen>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>

#include <vector>

class QPainter;
class QPainterPath;

namespace frontier {

/// \brief Draws a crossing's symbol the same way on the map, in the legend and in the swimlane:
/// two half-discs for the sides (west SY, east IQ) in their controllers' colours, hatched when
/// no source covers them; a pip per co-holder on the rim of its side; a ring whose shape tells
/// the status (solid open, dashed restricted, barred closed, dotted unknown); `~` and `?` marks.
class SymbolPainter {
public:
    /// What one side of a crossing looks like.
    struct SideLook {
        QColor color;
        bool unknown = false;
        std::vector<QColor> with; ///< co-holders' colours
        friend bool operator==(const SideLook&, const SideLook&) = default;
    };
    /// What a crossing's symbol shows.
    struct CrossingLook {
        SideLook sy;
        SideLook iq;
        CrossingStatus status = CrossingStatus::Unknown;
        bool approximate = false;
        bool disputed = false;
    };
    /// What one side's band along a frontier sector shows.
    struct BandLook {
        SideLook side;
        bool approximate = false;
        bool disputed = false;
        friend bool operator==(const BandLook&, const BandLook&) = default;
    };
    enum class Mark { Approximate, Disputed };

    explicit SymbolPainter(const Style& style) : m_style(style) {}

    /// The whole symbol centred on `centre`, scaled by `scale` (1: the map's size).
    void drawCrossing(QPainter& painter, QPointF centre, const CrossingLook& look,
                      double scale = 1) const;
    /// A band along `line` (screen px) on its right (`right`) or left: the controller's colour,
    /// hatched when unknown, lightly hatched when approximate, a stripe per co-holder along its
    /// inner edge, the `?` mark beside its middle when disputed. It leaves the line itself clear.
    void drawBand(QPainter& painter, const QPolygonF& line, bool right, const BandLook& look,
                  double scale = 1) const;
    /// How far a band reaches from its line (logical px at scale 1).
    double bandReach() const { return m_style.ribbonGap + m_style.ribbonWidth; }
    /// How far anything drawBand paints reaches from its line, the `?` mark and antialiasing
    /// included (logical px at scale 1).
    double bandExtent() const;
    /// A dated area's outline (`path`, screen px), filled translucent; dashed when approximate.
    void drawArea(QPainter& painter, const QPainterPath& path, bool approximate) const;
    /// A point area's square marker: solid, or hollow and dashed when approximate.
    void drawAreaMarker(QPainter& painter, QPointF centre, bool approximate) const;
    /// A `~` or `?` mark centred on `centre`.
    void drawMark(QPainter& painter, QPointF centre, Mark mark, double scale = 1) const;
    /// A co-holder's pip centred on `centre`.
    void drawCoHolder(QPainter& painter, QPointF centre, const QColor& color,
                      double scale = 1) const;
    /// Fills an area in a controller's colour, hatched when unknown (legend swatches, swimlane).
    void fillControl(QPainter& painter, const QRectF& rect, const QColor& color,
                     bool unknown) const;
    /// A swimlane period of control: the controller's colour, a stripe along the bottom for the
    /// first co-holder (invalid: none), light hatching when approximate, a red edge if disputed.
    void fillControlPeriod(QPainter& painter, const QRectF& rect, const QColor& color, bool unknown,
                           const QColor& with, bool approximate, bool disputed) const;
    /// A swimlane period of a status: its colour, with the ring's pattern as gaps across it.
    void fillStatusPeriod(QPainter& painter, const QRectF& rect, CrossingStatus status,
                          bool approximate, bool disputed) const;
    /// The pen of a status's ring (its colour, width and dash pattern).
    QPen ringPen(CrossingStatus status) const;
    /// How far the symbol reaches from its centre, marks included (logical px at scale 1).
    double extent() const;

private:
    QPen areaPen(bool approximate) const;
    void overlayQualifiers(QPainter& painter, const QRectF& rect, bool approximate,
                           bool disputed) const;

    const Style& m_style;
};

} // namespace frontier
