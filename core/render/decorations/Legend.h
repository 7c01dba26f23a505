#pragma once

#include "MapDecoration.h"

#include <QPointF>
#include <QString>

#include <span>
#include <vector>

namespace frontier {

class Dataset;
struct FeatureState;

/// \brief The legend, bottom left: the crossing statuses, the controllers and co-holders drawn
/// at the date, the approximate and disputed marks, and the basemap symbols. Every symbol is
/// drawn by the SymbolPainter, as on the map.
class Legend : public MapDecoration {
public:
    /// One row of the legend.
    struct Entry {
        enum class Kind { Heading, Status, Controller, Unknown, CoHolder, Mark, Frontier, River };
        Kind kind;
        QString text;
        int value = -1; ///< the CrossingStatus, the actor index or the SymbolPainter::Mark
        friend bool operator==(const Entry&, const Entry&) = default;
    };
    /// The status symbols are the map's, scaled by this.
    static constexpr double kSymbolScale = 0.7;

    Decoration id() const override { return Decoration::Legend; }
    Placement placement() const override { return Placement::BottomLeft; }
    RenderPass pass() const override { return RenderPass::Dynamic; }
    QSizeF size(QSizeF mapSize) const override;
    void paint(QPainter& painter, const RenderContext& context, const QRectF& area) const override;

    /// The rows for crossings in `states`, top to bottom.
    static std::vector<Entry> entries(const Dataset& dataset, std::span<const FeatureState> states);
    /// The centre of entry `index`'s symbol when `entries` are drawn in `area`.
    static QPointF symbolCentre(const QRectF& area, const std::vector<Entry>& entries,
                                std::size_t index);
};

} // namespace frontier
