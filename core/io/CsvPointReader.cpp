#include "CsvPointReader.h"

#include "ColumnBuilder.h"
#include "CsvColumnNames.h"
#include "CsvRows.h"
#include "OverlayDates.h"

#include <QFileInfo>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>

namespace frontier {
namespace {

// ACLED's columns worth a style (few values each): kept. Its notes are read again from the row
// on identify; the others (ids, actors, places, sources) too unless they have at most
// kAcledFewValues values, as in an export of one region or one actor, where they make categories.
const std::set<QString> kAcledKept{QStringLiteral("event_type"),
                                   QStringLiteral("sub_event_type"),
                                   QStringLiteral("disorder_type"),
                                   QStringLiteral("country"),
                                   QStringLiteral("admin1"),
                                   QStringLiteral("region"),
                                   QStringLiteral("iso"),
                                   QStringLiteral("year"),
                                   QStringLiteral("time_precision"),
                                   QStringLiteral("inter1"),
                                   QStringLiteral("inter2"),
                                   QStringLiteral("interaction"),
                                   QStringLiteral("civilian_targeting"),
                                   QStringLiteral("geo_precision"),
                                   QStringLiteral("source_scale"),
                                   QStringLiteral("fatalities")};
constexpr std::size_t kAcledFewValues = 256;

// The column named `name` in any letter case (as GDAL finds a field); -1 if none.
int findOne(const QStringList& header, const QString& name)
{
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header[i].compare(name, Qt::CaseInsensitive) == 0)
            return static_cast<int>(i);
    return -1;
}

// The first column named one of `names` (comma-separated); -1 if none.
int find(const QStringList& header, const char* names)
{
    for (const QString& name : QString::fromLatin1(names).split(u','))
        if (const int i = findOne(header, name); i >= 0)
            return i;
    return -1;
}

QStringList headerOf(CsvRows& rows)
{
    std::vector<std::string_view> fields;
    QStringList header;
    if (rows.next(fields))
        for (const std::string_view f : fields)
            header << QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())).trimmed();
    return header;
}

std::string_view field(const std::vector<std::string_view>& fields, int i)
{
    return i >= 0 && static_cast<std::size_t>(i) < fields.size()
               ? fields[static_cast<std::size_t>(i)]
               : std::string_view();
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && s.front() == ' ')
        s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ')
        s.remove_suffix(1);
    return s;
}

std::optional<double> number(std::string_view text)
{
    text = trimmed(text);
    if (!text.empty() && text.front() == '+')
        text.remove_prefix(1);
    double v = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (error != std::errc() || end != text.data() + text.size() || text.empty())
        return std::nullopt;
    return v;
}

QString text(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace

bool CsvPointReader::accepts(const QString& path)
{
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) != 0)
        return false;
    // GDAL reads a CRS (.prj) and column types (.csvt) from beside the file.
    for (const char* sidecar : {"prj", "csvt", "PRJ", "CSVT"})
        if (QFileInfo::exists(info.path() + u'/' + info.completeBaseName() + u'.' +
                              QLatin1String(sidecar)))
            return false;
    CsvRows rows(path);
    const QStringList header = headerOf(rows);
    return header.size() > 1 && find(header, CsvColumnNames::kLongitude) >= 0 &&
           find(header, CsvColumnNames::kLatitude) >= 0 &&
           find(header, CsvColumnNames::kGeometry) < 0;
}

std::shared_ptr<Overlay> CsvPointReader::read(const QString& path, LoadProblems& problems,
                                              const OverlayReader::Options& options)
{
    const QString file = QFileInfo(path).fileName();
    CsvRows rows(path);
    if (!rows.isOpen()) {
        problems.push_back({file, {}, {}, QStringLiteral("cannot open the file")});
        return nullptr;
    }
    const QStringList header = headerOf(rows);
    auto overlay = std::make_shared<Overlay>();
    overlay->path = path;
    overlay->layerName = overlay->name = QFileInfo(path).completeBaseName();
    overlay->assumedWgs84 = true;
    const int lon = find(header, CsvColumnNames::kLongitude);
    const int lat = find(header, CsvColumnNames::kLatitude);
    int dateField = -1, endField = -1;
    if (!options.dateField.isEmpty()) {
        dateField = findOne(header, options.dateField);
        if (dateField < 0) {
            problems.push_back({file, overlay->layerName, options.dateField,
                                QStringLiteral("no such field for the date")});
            return nullptr;
        }
    } else {
        dateField = find(header, "event_date,date,start");
    }
    if (dateField >= 0) {
        overlay->dateField = header[dateField];
        if (overlay->dateField.compare(QLatin1String("start"), Qt::CaseInsensitive) == 0)
            endField = find(header, "end");
    }
    const int precisionField = find(header, "time_precision");
    overlay->acled = precisionField >= 0 && find(header, "event_type") >= 0 &&
                     find(header, "event_id_cnty") >= 0;

    overlay->columns.resize(static_cast<std::size_t>(header.size()));
    std::vector<ColumnBuilder> builders(overlay->columns.size());
    std::vector<int> kept;
    for (std::size_t i = 0; i < overlay->columns.size(); ++i) {
        Overlay::Column& column = overlay->columns[i];
        column.name = header[static_cast<qsizetype>(i)];
        column.kept = !overlay->acled || column.name != QLatin1String("notes");
        if (overlay->acled && !kAcledKept.contains(column.name))
            builders[i] = ColumnBuilder(kAcledFewValues);
        if (column.kept)
            kept.push_back(static_cast<int>(i));
    }
    overlay->partStarts.push_back(0);

    std::vector<std::string_view> fields;
    for (std::int64_t fid = 1; rows.next(fields); ++fid) {
        if (fields.size() == 1 && trimmed(fields[0]).empty())
            continue; // a blank line
        const auto problem = [&](const QString& fieldName, const QString& reason) {
            problems.push_back({file, QStringLiteral("#%1").arg(fid), fieldName, reason});
        };
        OverlayFeature feature;
        feature.fid = fid;
        if (dateField >= 0) {
            const std::string_view value = field(fields, dateField);
            const auto date = OverlayDates::parse(value);
            if (!date) {
                problem(overlay->dateField,
                        QStringLiteral("not a date (\"%1\")").arg(text(trimmed(value)).left(40)));
                continue;
            }
            std::optional<int> precision;
            if (precisionField >= 0) {
                const std::string_view p = trimmed(field(fields, precisionField));
                precision = 0;
                std::from_chars(p.data(), p.data() + p.size(), *precision);
            }
            OverlayDates::apply(feature, *date, precision);
            if (const std::string_view end = trimmed(field(fields, endField)); !end.empty()) {
                if (const auto e = OverlayDates::parse(end); e && *e >= *date)
                    feature.lastDay = e->lastJulianDay();
                else
                    problem(QStringLiteral("end"),
                            QStringLiteral("not a date on or after the start"));
            } else if (endField >= 0) {
                feature.lastDay = std::numeric_limits<std::int32_t>::max(); // still holds
            }
        }
        const std::string_view x = trimmed(field(fields, lon)), y = trimmed(field(fields, lat));
        if (x.empty() || y.empty()) {
            problem(QStringLiteral("geometry"), QStringLiteral("missing or empty geometry"));
            continue;
        }
        const auto px = number(x), py = number(y);
        if (!px || !py || !std::isfinite(*px) || !std::isfinite(*py)) {
            problem(QStringLiteral("geometry"), QStringLiteral("coordinates that are not finite "
                                                               "numbers"));
            continue;
        }
        if (options.within) {
            const auto& w = *options.within;
            if (*px < w[0] || *py < w[1] || *px > w[2] || *py > w[3])
                continue;
        }
        feature.firstPart = static_cast<std::uint32_t>(overlay->partStarts.size() - 1);
        feature.partCount = 1;
        overlay->vertices.push_back({*px, *py});
        overlay->partStarts.push_back(static_cast<std::uint32_t>(overlay->vertices.size()));
        for (const int c : kept)
            builders[static_cast<std::size_t>(c)].add(overlay->columns[static_cast<std::size_t>(c)],
                                                      field(fields, c));
        overlay->rowOffsets.push_back(rows.rowOffset());
        overlay->features.push_back(feature);
    }
    return overlay;
}

} // namespace frontier
