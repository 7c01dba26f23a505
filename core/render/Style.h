#pragma once

#include "model/Event.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace frontier {

class Dataset;

/// \brief How the map looks, kept apart from the data and the drawing code: every colour, stroke
/// width (logical px), dash pattern (in pen widths), hatch and font size used by the render layer
/// and the swimlane.
struct Style {
    // Basemap.
    QColor sea{0xc6, 0xdc, 0xe8};
    QColor land{0xee, 0xeb, 0xe4};      ///< neighbouring countries
    QColor focusLand{0xfa, 0xf6, 0xec}; ///< Iraq and Syria
    QColor countryLine{0x8c, 0x86, 0x7c};
    QColor governorateLine{0xb4, 0xa9, 0x9a};
    QList<qreal> governorateDash{4, 2};
    QColor river{0x3f, 0x86, 0xc0};
    QColor frontierCasing{0xff, 0xff, 0xff};
    QColor frontier{0xb0, 0x1c, 0x2e};
    QColor frontierBand{0xb0, 0x1c, 0x2e, 70}; ///< the wide translucent band under the line
    QList<qreal> frontierDash{4, 2, 1, 2};     ///< dash-dot
    double frontierWidth = 3.2;
    double frontierCasingExtra = 1.6; ///< the casing is this much wider than the line
    double frontierBandFactor = 3.2;  ///< the band is this many line widths wide
    /// Lines of at most one device pixel take Qt's fast cosmetic stroker (about 10x cheaper).
    double riverWidth = 1.0;
    double governorateWidth = 0.7;
    double countryWidth = 1.0;

    // Text.
    QColor text{0x22, 0x22, 0x22};
    QColor secondaryText{0x55, 0x55, 0x55}; ///< the title's subtitle
    QColor attributionText{0x44, 0x44, 0x44};
    QColor countryText{0x6b, 0x64, 0x5a};
    QColor governorateText{0x8a, 0x80, 0x72};
    QColor waterText{0x2f, 0x6a, 0x96};
    QColor halo{0xff, 0xff, 0xff, 0xdd};
    double labelHalo = 1.6;
    double riverHalo = 1.4;
    double areaHalo = 1.2;
    double labelPointSize = 8.5;
    double titlePointSize = 15;
    QString fontFamily = QStringLiteral("Noto Sans");

    // Decorations.
    QColor panel{0xff, 0xff, 0xff, 0xe6};
    QColor panelLine{0x99, 0x99, 0x99};
    double panelLineWidth = 0.8;
    QColor paper{0xff, 0xff, 0xff}; ///< light parts: scale bar segments, north arrow's east half
    QColor swatchLine{0x77, 0x77, 0x77};
    double swatchLineWidth = 0.6;
    QColor neutralFill{0xdd, 0xdd, 0xdd}; ///< the legend's status symbols

    // Places.
    QColor placeOutline{0xff, 0xff, 0xff};
    double placeOutlineWidth = 1.2;

    // FrontierFeature symbols (SymbolPainter).
    double crossingRadius = 11;
    QColor symbolLine{0xff, 0xff, 0xff}; ///< the divider between the halves and the ring's halo
    double dividerWidth = 1.2;
    double ringWidth = 3.2;
    double ringHaloWidth = 6.0;
    QColor open{0x1a, 0x98, 0x50};
    QColor restricted{0x1a, 0x98, 0x50}; ///< the open green: the dashes tell it apart
    QColor closed{0x22, 0x22, 0x22};
    QColor unknownStatus{0x88, 0x88, 0x88};
    QList<qreal> restrictedDash{2.2, 1.4}; ///< long dashes
    QList<qreal> unknownDash{0.3, 1.1};    ///< dots
    double closedBarWidth = 2.8;
    double closedBarHaloWidth = 5.0;
    QColor hatch{0x66, 0x66, 0x66}; ///< over an unknown controller
    Qt::BrushStyle unknownHatch = Qt::BDiagPattern;
    QColor approximateHatch{0xff, 0xff, 0xff, 0xc0}; ///< swimlane periods known to month or year
    Qt::BrushStyle approximatePattern = Qt::FDiagPattern;
    QColor approximateMark{0x55, 0x55, 0x55};
    QColor disputedMark{0xc0, 0x39, 0x2b};
    double markRadius = 6.5;
    double markPixelSize = 11;
    double coHolderRadius = 3.6; ///< the pip of a co-holder, on the rim of its side
    QColor selection{0xff, 0xd4, 0x00, 0xcc};
    double selectionWidth = 5;
    double disputedEdgeWidth = 1.5;      ///< swimlane: a dashed edge round a disputed period
    QColor dateCursor{0xd0, 0x10, 0x30}; ///< swimlane: the current date
    double dateCursorWidth = 2;

    // Sector ribbons: a band each side of the frontier line (IQ right, SY left as digitised).
    double ribbonGap = 2.6;   ///< from the line's centre to a band's inner edge (clears the casing)
    double ribbonWidth = 5.5; ///< a band's width
    double ribbonCoHolderWidth = 1.8; ///< a co-holder's stripe along the band's inner edge
    double ribbonMarkScale = 0.75;    ///< the `?` of a disputed side, beside the band's middle
    double ribbonMinStep = 1.5;       ///< vertices nearer than this (px) are dropped
    double ribbonPickSlack = 3;       ///< a click this far (px) outside a band still hits it

    // What changed since the compare date (ChangesLayer): a dashed ring around each changed
    // crossing, a smaller one on a changed sector's middle.
    QColor changeMark{0xd4, 0x00, 0x7a};
    double changeMarkWidth = 2.6;
    double changeMarkGap = 6;        ///< from a crossing's symbol to the ring
    double sectorChangeRadius = 9.5; ///< the ring on a sector's middle

    // Dated areas (a deconfliction zone, a camp).
    QColor datedAreaFill{0x4b, 0x3b, 0x8f, 0x28};
    QColor datedAreaLine{0x4b, 0x3b, 0x8f};
    QColor datedAreaText{0x3a, 0x2d, 0x70};
    double datedAreaLineWidth = 1.5;
    QList<qreal> approximateDash{3, 2}; ///< the outline of an area whose dates are approximate
    double datedAreaMarkerRadius = 4.5; ///< a point area's marker
    double datedAreaPixelSize = 11.5;

    /// Controller colours for actors without one in actors.json, in the actors file's order:
    /// the Okabe–Ito palette (safe for all common colour-vision deficiencies) plus indigo and
    /// wine from Paul Tol's set. Unknown is grey and drawn hatched.
    std::vector<QColor> palette{QColor(0x00, 0x72, 0xb2), QColor(0x56, 0xb4, 0xe9),
                                QColor(0xf0, 0xe4, 0x42), QColor(0xd5, 0x5e, 0x00),
                                QColor(0xcc, 0x79, 0xa7), QColor(0x00, 0x9e, 0x73),
                                QColor(0x88, 0x22, 0x55), QColor(0x00, 0x00, 0x00),
                                QColor(0xe6, 0x9f, 0x00), QColor(0x33, 0x22, 0x88)};
    QColor unknownActor{0xbb, 0xbb, 0xbb};

    /// For low vision: black text on opaque white halos and panels, black outlines, wider lines
    /// and rings, larger symbols and text; the same colour-blind-safe palette.
    static Style highContrast();
    /// "default" or "high-contrast"; nothing for another name.
    static std::optional<Style> named(const QString& name);
    static QStringList names();

    /// One colour per actor of `dataset`: its `color` from the data, else the palette's colour
    /// for its position; the unknown actor is `unknownActor`.
    std::vector<QColor> actorColors(const Dataset& dataset) const;
    /// The colour of a status (its ring on the map, its band in the swimlane).
    QColor statusColor(CrossingStatus status) const;

    friend bool operator==(const Style&, const Style&) = default;
};

} // namespace frontier
