#include "Overlay.h"

#include <QDate>

#include <algorithm>

namespace frontier {

int Overlay::column(const QString& name) const
{
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return static_cast<int>(i);
    return -1;
}

QString Overlay::value(std::size_t feature, int c) const
{
    if (c < 0 || static_cast<std::size_t>(c) >= columns.size())
        return {};
    const Column& col = columns[static_cast<std::size_t>(c)];
    if (feature >= col.index.size())
        return {};
    return col.values.at(col.index[feature]);
}

std::pair<std::size_t, std::size_t> Overlay::shownBetween(std::int32_t firstDay,
                                                          std::int32_t lastDay) const
{
    const auto byFirstDay = [](const OverlayFeature& f, std::int64_t day) {
        return f.firstDay < day;
    };
    const auto from = std::lower_bound(features.begin(), features.end(),
                                       std::int64_t{firstDay} - longestSpan, byFirstDay);
    const auto to = std::lower_bound(from, features.end(), std::int64_t{lastDay} + 1, byFirstDay);
    return {static_cast<std::size_t>(from - features.begin()),
            static_cast<std::size_t>(to - features.begin())};
}

void Overlay::sortByDate()
{
    // Sorted as (day, index) in one 64-bit key: stable, and far faster than comparing features.
    std::vector<std::uint64_t> keys;
    keys.reserve(features.size());
    for (std::size_t i = 0; i < features.size(); ++i) {
        // The sign bit flipped: negative days sort first as unsigned.
        const std::uint32_t day = static_cast<std::uint32_t>(features[i].firstDay) ^ 0x80000000u;
        keys.push_back(std::uint64_t{day} << 32 | i);
    }
    std::sort(keys.begin(), keys.end());
    std::vector<std::uint32_t> order;
    order.reserve(keys.size());
    for (const std::uint64_t key : keys)
        order.push_back(static_cast<std::uint32_t>(key));
    longestSpan = 0;
    std::vector<OverlayFeature> sorted;
    sorted.reserve(features.size());
    std::vector<std::uint32_t> starts{0};
    std::vector<GeoPoint> points;
    points.reserve(vertices.size());
    for (const std::uint32_t i : order) {
        OverlayFeature f = features[i];
        longestSpan = std::max(longestSpan, std::int64_t{f.lastDay} - f.firstDay);
        const std::uint32_t firstPart = static_cast<std::uint32_t>(starts.size() - 1);
        for (std::uint32_t p = f.firstPart; p < f.firstPart + f.partCount; ++p) {
            const auto vs = part(p);
            points.insert(points.end(), vs.begin(), vs.end());
            starts.push_back(static_cast<std::uint32_t>(points.size()));
        }
        f.firstPart = firstPart;
        sorted.push_back(f);
    }
    features = std::move(sorted);
    partStarts = std::move(starts);
    vertices = std::move(points);
    const auto permute = [&order](auto& values) {
        if (values.size() != order.size())
            return;
        std::remove_reference_t<decltype(values)> out;
        out.reserve(values.size());
        for (const std::uint32_t i : order)
            out.push_back(values[i]);
        values = std::move(out);
    };
    permute(rowOffsets);
    for (Column& column : columns)
        permute(column.index);
}

QString Overlay::summary() const
{
    return raster ? raster->description() : QStringLiteral("%1 features").arg(features.size());
}

QString Overlay::dateText(std::size_t feature) const
{
    const OverlayFeature& f = features.at(feature);
    const QDate first = QDate::fromJulianDay(f.firstDay);
    switch (f.precision) {
    case OverlayDatePrecision::None:
        return {};
    case OverlayDatePrecision::Day:
        return first.toString(Qt::ISODate);
    case OverlayDatePrecision::Month:
        return first.toString(QStringLiteral("yyyy-MM"));
    case OverlayDatePrecision::Year:
        return first.toString(QStringLiteral("yyyy"));
    case OverlayDatePrecision::Week:
        break;
    }
    return QStringLiteral("%1 to %2")
        .arg(first.toString(Qt::ISODate), QDate::fromJulianDay(f.lastDay).toString(Qt::ISODate));
}

} // namespace frontier
