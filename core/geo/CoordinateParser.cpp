#include "CoordinateParser.h"

#include <GeographicLib/MGRS.hpp>
#include <GeographicLib/UTMUPS.hpp>

#include <QRegularExpression>

#include <cmath>

namespace frontier::CoordinateParser {
namespace {

Result failure(const QString& message)
{
    return {std::nullopt, message};
}

Result parseMgrs(QString text)
{
    text.remove(QLatin1Char(' '));
    try {
        int zone = 0, precision = 0;
        bool north = false;
        double x = 0, y = 0, lat = 0, lon = 0;
        GeographicLib::MGRS::Reverse(text.toUpper().toStdString(), zone, north, x, y, precision,
                                     true);
        GeographicLib::UTMUPS::Reverse(zone, north, x, y, lat, lon);
        return {GeoPoint{lon, lat}, {}};
    } catch (const std::exception& e) {
        return failure(
            QStringLiteral("not an MGRS reference: %1").arg(QString::fromStdString(e.what())));
    }
}

/// One axis: a signed number of degrees, optional minutes (' ′ ’) and seconds (" ″ ” or two '),
/// and a hemisphere letter after the number, or before it when `leading`.
QString axisPattern(bool leading)
{
    const QString number = QStringLiteral(
        R"(([+-]?\d+(?:\.\d+)?)(?:\s*[°º])?(?:\s*(\d+(?:\.\d+)?)\s*['′’])?(?:\s*(\d+(?:\.\d+)?)\s*(?:"|″|”|''))?)");
    return leading ? QStringLiteral(R"((?:([NSEW])\s*)?)") + number
                   : number + QStringLiteral(R"((?:\s*([NSEW]))?)");
}

/// Two axes, separated by a comma, a semicolon, spaces, or nothing after a symbol or a letter.
/// Hemispheres either all follow their numbers or all precede them, so "N34 E40" and
/// "34N 40E" each read one way only.
QRegularExpression pairPattern(bool leading)
{
    const QString axis = axisPattern(leading);
    return QRegularExpression(
        QStringLiteral(R"(^%1(?:\s*[,;]\s*|\s+|(?<=[NSEW°º'′’"″”]))%1$)").arg(axis),
        QRegularExpression::CaseInsensitiveOption);
}

struct Axis {
    double value = 0;
    QChar hemisphere; ///< N, S, E, W or none
};

/// The axis whose four captures start at `first`: the hemisphere first when `leading`, else last.
std::optional<Axis> axis(const QRegularExpressionMatch& m, int first, bool leading, QString& error)
{
    const int number = leading ? first + 1 : first;
    const QString degrees = m.captured(number), minutes = m.captured(number + 1),
                  seconds = m.captured(number + 2),
                  hemisphere = m.captured(leading ? first : first + 3).toUpper();
    Axis a;
    a.hemisphere = hemisphere.isEmpty() ? QChar() : hemisphere.front();
    const bool negative = degrees.startsWith(QLatin1Char('-'));
    if (negative && !a.hemisphere.isNull()) {
        error = QStringLiteral("%1: a minus sign and a hemisphere").arg(degrees + hemisphere);
        return std::nullopt;
    }
    if ((!minutes.isEmpty() || !seconds.isEmpty()) && degrees.contains(QLatin1Char('.'))) {
        error = QStringLiteral("%1: degrees with a fraction and minutes").arg(degrees);
        return std::nullopt;
    }
    if (!seconds.isEmpty() && minutes.contains(QLatin1Char('.'))) {
        error = QStringLiteral("%1: minutes with a fraction and seconds").arg(minutes);
        return std::nullopt;
    }
    const double m60 = minutes.isEmpty() ? 0 : minutes.toDouble(),
                 s60 = seconds.isEmpty() ? 0 : seconds.toDouble();
    if (m60 >= 60 || s60 >= 60) {
        error =
            QStringLiteral("%1: minutes and seconds must be below 60").arg(m.captured(0).trimmed());
        return std::nullopt;
    }
    a.value = std::abs(degrees.toDouble()) + m60 / 60 + s60 / 3600;
    if (negative || a.hemisphere == QLatin1Char('S') || a.hemisphere == QLatin1Char('W'))
        a.value = -a.value;
    return a;
}

bool isLatitude(QChar h)
{
    return h == QLatin1Char('N') || h == QLatin1Char('S');
}

} // namespace

Result parse(const QString& input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return failure(QStringLiteral("type a coordinate: decimal degrees, DMS or MGRS"));
    static const QRegularExpression mgrs(
        QStringLiteral(R"(^\d{1,2}\s*[C-HJ-NP-X]\s*[A-HJ-NP-Z]{2}(\s*\d+)*$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (mgrs.match(text).hasMatch())
        return parseMgrs(text);
    static const QRegularExpression trailing = pairPattern(false), leading = pairPattern(true);
    QRegularExpressionMatch m = trailing.match(text);
    const bool hemisphereFirst = !m.hasMatch();
    if (hemisphereFirst)
        m = leading.match(text);
    if (!m.hasMatch())
        return failure(
            QStringLiteral(
                "\"%1\" is not a coordinate; type e.g. 34.40461, 40.97239 or 34°24'16.6\"N "
                "40°58'20.6\"E or 37SFU 81290 08783")
                .arg(text.left(60)));
    QString error;
    const std::optional<Axis> a = axis(m, 1, hemisphereFirst, error);
    if (!a)
        return failure(error);
    const std::optional<Axis> b = axis(m, 5, hemisphereFirst, error);
    if (!b)
        return failure(error);
    if (!a->hemisphere.isNull() && !b->hemisphere.isNull() &&
        isLatitude(a->hemisphere) == isLatitude(b->hemisphere))
        return failure(QStringLiteral("both numbers are %1")
                           .arg(isLatitude(a->hemisphere) ? QStringLiteral("latitudes")
                                                          : QStringLiteral("longitudes")));
    // Latitude first, unless a hemisphere says otherwise.
    const bool swapped = (!a->hemisphere.isNull() && !isLatitude(a->hemisphere)) ||
                         (!b->hemisphere.isNull() && isLatitude(b->hemisphere));
    const double lat = swapped ? b->value : a->value, lon = swapped ? a->value : b->value;
    if (std::abs(lat) > 90)
        return failure(QStringLiteral("latitude %1 is beyond ±90°").arg(lat));
    if (std::abs(lon) > 180)
        return failure(QStringLiteral("longitude %1 is beyond ±180°").arg(lon));
    return {GeoPoint{lon, lat}, {}};
}

} // namespace frontier::CoordinateParser
