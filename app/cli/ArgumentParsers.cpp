#include "ArgumentParsers.h"

#include "CliError.h"
#include "CommandLine.h"
#include "geo/CoordinateTransform.h"
#include "geo/Crs.h"
#include "render/export/FrameExporter.h"
#include "render/export/SnapshotWriter.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace frontier {
namespace {

CliError bad(const QString& option, const QString& value, const QString& why)
{
    return usageError(QStringLiteral("--%1 %2: %3").arg(option, value.left(80), why));
}

std::array<double, 4> fourNumbers(const QString& option, const QString& value, const QString& form)
{
    const QStringList parts = value.split(QLatin1Char(','));
    if (parts.size() != 4)
        throw bad(option, value, QStringLiteral("expected ") + form);
    std::array<double, 4> v{};
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[static_cast<std::size_t>(i)] = parts[i].trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v[static_cast<std::size_t>(i)]))
            throw bad(option, value, QStringLiteral("\"%1\" is not a number").arg(parts[i]));
    }
    return v;
}

} // namespace

Date ArgumentParsers::date(const QString& option, const QString& value)
{
    const auto d = Date::parse(value);
    if (!d || d->precision() != Date::Precision::Day)
        throw bad(option, value, QStringLiteral("expected a real calendar date as YYYY-MM-DD"));
    if (d->year() < 1900 || d->year() > 2100)
        throw bad(option, value, QStringLiteral("the date must be between 1900 and 2100"));
    return *d;
}

std::optional<Date> ArgumentParsers::optionalDate(const CommandLine& cli, const QString& option)
{
    if (!cli.isSet(option))
        return std::nullopt;
    return date(option, cli.value(option));
}

QSize ArgumentParsers::size(const QString& option, const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,6})x(\\d{1,6})$"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        throw bad(option, value, QStringLiteral("expected WIDTHxHEIGHT in pixels, e.g. 1920x1080"));
    const int w = m.captured(1).toInt(), h = m.captured(2).toInt();
    if (w < 1 || h < 1)
        throw bad(option, value, QStringLiteral("width and height must be at least 1 pixel"));
    if (w > SnapshotWriter::kMaxSide || h > SnapshotWriter::kMaxSide)
        throw bad(option, value,
                  QStringLiteral("at most %1 pixels a side").arg(SnapshotWriter::kMaxSide));
    return {w, h};
}

int ArgumentParsers::dpi(const QString& option, const QString& value)
{
    bool ok = false;
    const int d = value.toInt(&ok);
    if (!ok || d < 24 || d > 1200)
        throw bad(option, value,
                  QStringLiteral("expected a whole number of dots per inch, 24 to 1200"));
    return d;
}

int ArgumentParsers::fps(const QString& option, const QString& value)
{
    bool ok = false;
    const int f = value.toInt(&ok);
    if (!ok || f < 1 || f > FrameExporter::kMaxFps)
        throw bad(option, value,
                  QStringLiteral("expected a whole number of frames a second, 1 to %1")
                      .arg(FrameExporter::kMaxFps));
    return f;
}

MapRect ArgumentParsers::mapExtent(const QString& option, const QString& value)
{
    const auto v = fourNumbers(option, value, QStringLiteral("XMIN,YMIN,XMAX,YMAX in map units"));
    if (v[0] >= v[2] || v[1] >= v[3])
        throw bad(
            option, value,
            QStringLiteral("inverted or empty extent: XMIN < XMAX and YMIN < YMAX are needed"));
    return {v[0], v[1], v[2], v[3]};
}

ArgumentParsers::GeoBox ArgumentParsers::extent(const QString& option, const QString& value)
{
    const auto v = fourNumbers(option, value, QStringLiteral("LON1,LAT1,LON2,LAT2 in degrees"));
    if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90)
        throw bad(option, value,
                  QStringLiteral("longitudes must lie in -180..180 and latitudes in -90..90"));
    if (v[0] >= v[2] || v[1] >= v[3])
        throw bad(
            option, value,
            QStringLiteral("inverted or empty extent: LON1 < LON2 and LAT1 < LAT2 are needed"));
    return {v[0], v[1], v[2], v[3]};
}

QString ArgumentParsers::crs(const QString& option, const QString& value)
{
    const QString def = Crs::normalize(value);
    try {
        CoordinateTransform t(def);
    } catch (const ProjError& e) {
        throw bad(option, value, QString::fromUtf8(e.what()));
    }
    return def;
}

} // namespace frontier
