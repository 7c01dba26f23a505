#pragma once

#include "RasterSource.h"
#include "model/GeoPoint.h"
#include "model/VectorLayer.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <span>
#include <utility>
#include <vector>

namespace frontier {

/// How precisely an overlay feature's date is known (ACLED's time_precision 1, 2, 3).
enum class OverlayDatePrecision : std::uint8_t { None, Day, Week, Month, Year };

/// \brief One feature of an overlay: its geometry (parts in Overlay::parts) and the days it
/// covers, the first and last day its date can mean (0 when undated).
struct OverlayFeature {
    std::int64_t fid = 0; ///< the feature's id in its file (for reading all its attributes)
    std::uint32_t firstPart = 0;
    std::uint32_t partCount = 0;
    std::int32_t firstDay = 0; ///< Julian day
    std::int32_t lastDay = 0;
    GeometryType type = GeometryType::Point;
    OverlayDatePrecision precision = OverlayDatePrecision::None;
};

/// \brief An analyst's layer, read from any vector file GDAL reads: immutable, in WGS84.
///
/// Attributes are kept by column, each value once (a dictionary); a column with more distinct
/// values than kMaxDistinct (free text such as ACLED's notes) is not kept, and identify reads it
/// back from the file, so a million rows stay small.
class Overlay {
public:
    static constexpr std::size_t kMaxDistinct = 65536;

    struct Column {
        QString name;
        QStringList values;               ///< distinct values, in order of first appearance
        std::vector<std::uint32_t> index; ///< per feature, into values
        bool kept = true; ///< false: too many distinct values; read from the file on identify
    };

    QString path;      ///< the file, or the database connection (PgConnection), as given
    QString layerName; ///< the layer inside the file
    QString name;      ///< what the panel and the legend call it
    /// The file has no CRS, and its coordinates fit longitude/latitude: read as WGS84.
    bool assumedWgs84 = false;
    QString dateField;  ///< empty: the layer does not follow the timeline
    bool acled = false; ///< ACLED's columns: styled by event_type
    std::vector<OverlayFeature> features;
    std::vector<std::uint32_t> partStarts; ///< part p is vertices[partStarts[p], partStarts[p+1])
    std::vector<GeoPoint> vertices;
    std::vector<Column> columns;
    /// Per feature, where its row begins in a CSV read directly (CsvPointReader): identify
    /// reads the columns not kept from there. Empty for the other files.
    std::vector<std::uint64_t> rowOffsets;
    /// A dated overlay's features are in order of their first day (ties in the file's order),
    /// and none covers more than this many days after its first: see shownBetween().
    std::int64_t longestSpan = 0;
    /// A raster layer, drawn from this: it has no features, and its vertices are its footprint.
    std::shared_ptr<const RasterSource> raster;

    bool isDated() const { return !dateField.isEmpty(); }
    /// What it holds, for the Layers panel: "120 features", or the raster's description.
    QString summary() const;
    std::span<const GeoPoint> part(std::size_t p) const
    {
        return std::span(vertices).subspan(partStarts[p], partStarts[p + 1] - partStarts[p]);
    }
    /// The features [first, second) that may cover a day in [firstDay, lastDay]: found by
    /// their first days, so each still needs its lastDay checked against firstDay.
    std::pair<std::size_t, std::size_t> shownBetween(std::int32_t firstDay,
                                                     std::int32_t lastDay) const;
    /// Puts the features in order of their first day (ties keep their order), with their
    /// parts, vertices, column values and row offsets, and sets longestSpan.
    void sortByDate();
    /// The column's index, or -1.
    int column(const QString& name) const;
    /// A kept column's value for a feature; empty otherwise.
    QString value(std::size_t feature, int column) const;
    /// The feature's date as text in its precision ("2019-09-30", "2019-09", "2019-09-27 to
    /// 2019-10-03"), empty when undated.
    QString dateText(std::size_t feature) const;
};

} // namespace frontier
