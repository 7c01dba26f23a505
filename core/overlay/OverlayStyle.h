#pragma once

#include "Overlay.h"
#include "TimeFilter.h"

#include <QColor>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

namespace frontier {

/// \brief How one overlay is drawn: a value (saved with sessions and bookmarks as JSON).
struct OverlayStyle {
    enum class Symbol : std::uint8_t { Circle, Square, Triangle };

    bool visible = true;
    double opacity = 1.0;
    QColor fill{0x1f, 0x4e, 0x79};
    QColor stroke{0xff, 0xff, 0xff};
    double strokeWidth = 1.0; ///< px; 0: no outline
    Symbol symbol = Symbol::Circle;
    double size = 7.0;       ///< a point symbol's diameter, px
    QString categoryField;   ///< fill by this field's values, in the palette; empty: `fill`
    QString sizeField;       ///< points grow with the square root of this number (fatalities)
    QString labelField;      ///< label each feature with this field; empty: none
    double labelSize = 12.0; ///< px
    TimeFilter time;         ///< for a dated overlay
    bool hillshade = false;  ///< a one-band raster (a DEM) shaded, lit from the north-west

    /// The colour-blind-safe palette of categories (Okabe–Ito, then Paul Tol's muted).
    static const std::vector<QColor>& palette();
    /// A new overlay's style: ACLED's categorised by event_type, the others in the `index`th
    /// palette colour.
    static OverlayStyle defaultFor(const Overlay& overlay, int index);
    /// The categories of `overlay` (its categoryField's values, sorted) with their colours.
    std::vector<std::pair<QString, QColor>> categories(const Overlay& overlay) const;
    /// Per value of the category column (in Overlay::Column::values order), its colour.
    std::vector<QColor> categoryColors(const Overlay& overlay) const;

    QJsonObject toJson() const;
    /// Reads what `json` gives over `base`; a bad value gives an error naming its key.
    static OverlayStyle fromJson(const QJsonObject& json, const OverlayStyle& base, QString* error);

    friend bool operator==(const OverlayStyle&, const OverlayStyle&) = default;
};

/// \brief One overlay as the map shows it: the data and its style.
struct OverlayView {
    std::shared_ptr<const Overlay> overlay;
    OverlayStyle style;
    friend bool operator==(const OverlayView& a, const OverlayView& b)
    {
        return a.overlay == b.overlay && a.style == b.style;
    }
};

} // namespace frontier
