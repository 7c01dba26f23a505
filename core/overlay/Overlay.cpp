#include "Overlay.h"

#include <QDate>

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
