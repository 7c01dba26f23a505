#include "CoordinateFormat.h"

#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/UTMUPS.hpp>

#include <cmath>

namespace frontier {
namespace {

QString dmsPart(double value, QChar positive, QChar negative)
{
    const QChar hemisphere = value >= 0 ? positive : negative;
    double v = std::abs(value);
    int d = static_cast<int>(v);
    v = (v - d) * 60;
    int m = static_cast<int>(v);
    double s = (v - m) * 60;
    if (s >= 59.95) {
        s = 0;
        ++m;
    }
    if (m >= 60) {
        m = 0;
        ++d;
    }
    return QStringLiteral("%1°%2′%3″ %4")
        .arg(d)
        .arg(m, 2, 10, QLatin1Char('0'))
        .arg(s, 4, 'f', 1, QLatin1Char('0'))
        .arg(hemisphere);
}

} // namespace

QString CoordinateFormat::decimal(GeoPoint p)
{
    return QStringLiteral("%1° %2, %3° %4")
        .arg(std::abs(p.lat), 0, 'f', 5)
        .arg(p.lat >= 0 ? QLatin1Char('N') : QLatin1Char('S'))
        .arg(std::abs(p.lon), 0, 'f', 5)
        .arg(p.lon >= 0 ? QLatin1Char('E') : QLatin1Char('W'));
}

QString CoordinateFormat::dms(GeoPoint p)
{
    return dmsPart(p.lat, QLatin1Char('N'), QLatin1Char('S')) + QStringLiteral(", ") +
           dmsPart(p.lon, QLatin1Char('E'), QLatin1Char('W'));
}

QString CoordinateFormat::mgrs(GeoPoint p)
{
    try {
        int zone = 0;
        bool northp = false;
        double x = 0, y = 0;
        GeographicLib::UTMUPS::Forward(p.lat, p.lon, zone, northp, x, y);
        std::string out;
        GeographicLib::MGRS::Forward(zone, northp, x, y, p.lat, 5, out); // 1 m precision
        const QString s = QString::fromStdString(out);
        // "37SFU1234567890" → "37SFU 12345 67890"
        const qsizetype digits = s.size() - 5;
        return s.left(5) + QLatin1Char(' ') + s.mid(5, digits / 2) + QLatin1Char(' ') +
               s.mid(5 + digits / 2);
    } catch (const std::exception&) {
        return {};
    }
}

} // namespace frontier
