// The bad-input corpus (tests/data/bad/KIND/CASE): each file takes the place of KIND's file in a
// copy of the bundled dataset, and the loader must name its first problem exactly (file, feature,
// field) with a stable part of the reason. Cases that cannot be committed files (empty, huge,
// unreadable, non-local) are in GeneratedBadInputTest.cpp.
#include "DatasetCopy.h"
#include "Printers.h"

#include <QDirIterator>

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>

using namespace frontier;

namespace {

struct BadInput {
    const char* path; ///< under tests/data/bad; the folder names the file it replaces
    const char* feature;
    const char* field;
    const char* reason; ///< a part of the reason
};

// Kept in step with the folder by CorpusTable.EveryFileHasOneEntry.
const BadInput kCorpus[] = {
    // events.geojson (or events.geojsonl): JSON, types, fields, dates, ids, geometry
    {"events/bom.geojson", "", "", "starts with a UTF-8 byte-order mark"},
    {"events/claim-bad-date.geojson", "bad-event", "claims[0].value",
     "claimed date \"2019-02-30\" is not an ISO date"},
    {"events/claim-field-not-string.geojson", "bad-event", "claims[0].field",
     "expected a string, found a number"},
    {"events/claim-source-not-string.geojson", "bad-event", "claims[0].sources",
     "expected strings in the array, found a number"},
    {"events/claim-unknown-source.geojson", "bad-event", "claims[0].sources",
     "unknown source id \"rumour\""},
    {"events/claim-until-1850.geojson", "bad-event", "claims[0].until",
     "date 1850-01-01 is outside 1900–2100"},
    {"events/claim-until-not-a-date.geojson", "bad-event", "claims[0].until",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"June 2015\""},
    {"events/claim-until-before-date.geojson", "bad-event", "claims[0].until",
     "claim until 2015-05 is before the event's date 2015-06-01"},
    {"events/control-without-actor.geojson", "bad-event", "actor",
     "a control event needs an actor"},
    {"events/coordinates-as-strings.geojson", "bad-event", "geometry",
     "a Point needs [lon, lat] numbers"},
    {"events/coordinates-out-of-range.geojson", "bad-event", "geometry",
     "coordinates 200, 95 are outside the frontier region"},
    {"events/date-0000.geojson", "bad-event", "date",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"0000\""},
    {"events/date-1850.geojson", "bad-event", "date", "is outside 1900"},
    {"events/date-2019-02-30.geojson", "bad-event", "date",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"2019-02-30\""},
    {"events/date-99999.geojson", "bad-event", "date",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"99999\""},
    {"events/date-mixed-precision.geojson", "bad-event", "date",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"2019-6-01\""},
    {"events/date-with-time.geojson", "bad-event", "date",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"2019-06-01T10:00:00Z\""},
    {"events/date-wrong-type.geojson", "bad-event", "date",
     "expected an ISO date string, found a number"},
    {"events/duplicate-id.geojson", "bad-event", "id", "duplicate id \"bad-event\""},
    {"events/end-2019-02-29.geojson", "bad-event", "end",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"2019-02-29\""},
    {"events/end-before-start.geojson", "bad-event", "end",
     "end 2015-05-31 is before the start 2015-06-01"},
    {"events/end-month-before-start-day.geojson", "bad-event", "end",
     "end 2015-05 is before the start 2015-06-01"},
    {"events/feature-not-object.geojson", "#0", "", "expected a GeoJSON Feature object"},
    {"events/feature-wrong-type.geojson", "bad-event", "type", "expected a GeoJSON Feature"},
    {"events/features-not-array.geojson", "", "type",
     "expected a GeoJSON FeatureCollection with a \"features\" array"},
    {"events/geometry-empty-point.geojson", "bad-event", "geometry",
     "a Point needs [lon, lat] numbers"},
    {"events/geometry-wrong-type.geojson", "bad-event", "geometry", "expected null or a Point"},
    {"events/huge-casualties.geojson", "", "", "invalid JSON at line 2, column 235"},
    {"events/huge-coordinates.geojson", "bad-event", "geometry",
     "coordinates 1e+300, 34.4 are outside the frontier region"},
    {"events/huge-order.geojson", "bad-event", "order", "expected a whole number, found 1e+15"},
    {"events/infinity-casualties.geojson", "", "", "invalid JSON at line 2, column 230"},
    {"events/invalid-utf8.geojson", "", "", "invalid JSON at line 2, column 230"},
    {"events/missing-date.geojson", "bad-event", "date", "missing"},
    {"events/missing-id.geojson", "#0", "id", "missing"},
    {"events/missing-sources.geojson", "bad-event", "sources", "missing"},
    {"events/nan-coordinate.geojson", "", "", "invalid JSON at line 2, column 67"},
    {"events/not-json.geojson", "", "", "invalid JSON at line 1, column 2"},
    {"events/order-wrong-type.geojson", "bad-event", "order",
     "expected a finite number, found a string"},
    {"events/properties-not-object.geojson", "#0", "properties", "expected an object"},
    {"events/top-level-array.geojson", "", "type",
     "expected a GeoJSON FeatureCollection with a \"features\" array"},
    {"events/trailing-comma.geojson", "", "", "invalid JSON at line 3, column 2"},
    {"events/truncated-line.geojsonl", "line 2", "", "invalid JSON at line 1, column 41"},
    {"events/no-id-on-line-2.geojsonl", "line 2", "id", "missing"},
    {"events/truncated.geojson", "", "", "invalid JSON at line 2, column 95"},
    {"events/unknown-actor.geojson", "bad-event", "actor", "unknown actor id \"martians\""},
    {"events/unknown-confidence.geojson", "bad-event", "confidence",
     "expected high, medium or low"},
    {"events/unknown-crossing.geojson", "bad-event", "crossing",
     "unknown crossing id \"atlantis\""},
    {"events/unknown-kind.geojson", "bad-event", "kind", "unknown kind \"coup\""},
    {"events/unknown-side.geojson", "bad-event", "side", "expected \"IQ\" or \"SY\", found \"TR\""},
    {"events/unknown-source.geojson", "bad-event", "sources", "unknown source id \"rumour\""},
    {"events/unknown-status.geojson", "bad-event", "status", "unknown status \"ajar\""},
    {"events/unknown-with-actor.geojson", "bad-event", "with", "unknown actor id \"martians\""},
    {"events/with-wrong-type.geojson", "bad-event", "with",
     "expected an array of strings, found a string"},
    // actors.json
    {"actors/aliases-wrong-type.json", "iraq", "en",
     "expected an array of strings, found a string"},
    {"actors/bom.json", "", "", "starts with a UTF-8 byte-order mark"},
    {"actors/color-not-hex.json", "iraq", "color", "expected a colour \"#rrggbb\", found \"blue\""},
    {"actors/duplicate-id.json", "iraq", "id", "duplicate id \"iraq\""},
    {"actors/id-wrong-type.json", "#0", "id", "expected a string, found a number"},
    {"actors/missing-name.json", "iraq", "name", "missing"},
    {"actors/top-level-array.json", "", "actors", "expected an object with an array \"actors\""},
    {"actors/truncated.json", "", "", "invalid JSON at line 2, column 18"},
    {"actors/unknown-parent.json", "pmf", "parent", "unknown actor id \"iran-army\""},
    // dataset.json: the name and the coverage, both required
    {"dataset/coverage-from-1850.json", "", "coverage.from",
     "date 1850-01-01 is outside 1900–2100"},
    {"dataset/coverage-not-object.json", "", "coverage",
     "expected an object {\"from\": date, \"to\": date}"},
    {"dataset/coverage-to-2025-02-30.json", "", "coverage.to",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"2025-02-30\""},
    {"dataset/coverage-to-before-from.json", "", "coverage.to",
     "2012-01-01 is before from 2025-12-31"},
    {"dataset/missing-coverage.json", "", "coverage", "missing"},
    {"dataset/missing-coverage-to.json", "", "coverage.to", "missing"},
    {"dataset/missing-name.json", "", "name", "missing"},
    {"dataset/name-wrong-type.json", "", "name", "expected a string, found a number"},
    {"dataset/top-level-array.json", "", "", "expected a JSON object"},
    {"dataset/truncated.json", "", "", "invalid JSON at line 2, column 1"},
    // sources.json
    {"sources/duplicate-id.json", "ap-2012-07-19-albukamal", "id",
     "duplicate id \"ap-2012-07-19-albukamal\""},
    {"sources/id-wrong-type.json", "#0", "id", "expected a string, found a number"},
    {"sources/invalid-utf8.json", "", "", "invalid JSON at line 2, column 68"},
    {"sources/missing-title.json", "ap-2012-07-19-albukamal", "title", "missing"},
    {"sources/published-0000.json", "ap-2012-07-19-albukamal", "published",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"0000\""},
    {"sources/published-2019-02-30.json", "ap-2012-07-19-albukamal", "published",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"2019-02-30\""},
    {"sources/published-99999.json", "ap-2012-07-19-albukamal", "published",
     "not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"99999\""},
    {"sources/sources-not-array.json", "", "sources",
     "expected an object with an array \"sources\""},
    // crossings.geojson, read through OGR like the basemap layers
    {"crossings/alias-not-a-string.geojson", "qaim-albukamal", "aliases",
     "expected strings in the array, found a number"},
    {"crossings/duplicate-id.geojson", "qaim-albukamal", "id", "duplicate id \"qaim-albukamal\""},
    {"crossings/missing-name.geojson", "qaim-albukamal", "name_sy", "missing"},
    {"crossings/null-geometry.geojson", "qaim-albukamal", "geometry", "missing or empty geometry"},
    {"crossings/out-of-range.geojson", "qaim-albukamal", "geometry",
     "coordinates outside the frontier region"},
    {"crossings/polygon-geometry.geojson", "qaim-albukamal", "geometry",
     "expected a point geometry, found POLYGON"},
    {"crossings/truncated.geojson", "", "", "cannot open"},
    // basemap layers: geometry type, emptiness, validity, range, text
    {"countries/empty-geometry.geojson", "#0", "geometry", "missing or empty geometry"},
    {"countries/latitude-95.geojson", "#0", "geometry", "coordinates outside the frontier region"},
    {"countries/line-geometry.geojson", "#0", "geometry",
     "expected a polygon geometry, found LINESTRING"},
    {"countries/nan-coordinate.geojson", "#0", "geometry",
     "coordinates outside the frontier region"},
    {"countries/self-intersecting.geojson", "#0", "geometry",
     "invalid polygon (self-intersecting or badly formed rings)"},
    {"governorates/geometry-collection.geojson", "#0", "geometry",
     "expected a polygon geometry, found GEOMETRYCOLLECTION"},
    {"governorates/hole-outside-shell.geojson", "#0", "geometry",
     "invalid polygon (self-intersecting or badly formed rings)"},
    {"governorates/huge-coordinate.geojson", "#0", "geometry",
     "coordinates outside the frontier region"},
    {"governorates/unclosed-ring.geojson", "#0", "geometry",
     "invalid polygon (self-intersecting or badly formed rings)"},
    {"frontier/infinity-coordinate.geojson", "#0", "geometry",
     "coordinates outside the frontier region"},
    {"frontier/not-json.geojson", "", "", "cannot open"},
    {"frontier/polygon-geometry.geojson", "#0", "geometry",
     "expected a line geometry, found POLYGON"},
    {"rivers/invalid-utf8.geojson", "#0", "name", "text is not valid UTF-8"},
    {"rivers/one-point-line.geojson", "#0", "geometry", "a line needs at least two points"},
    {"rivers/point-geometry.geojson", "#0", "geometry", "expected a line geometry, found POINT"},
    {"places/alias-not-an-array.geojson", "baghdad", "aliases",
     "expected an array of strings, found \"7\""},
    {"places/bom.geojson", "", "", "starts with a UTF-8 byte-order mark"},
    {"places/line-geometry.geojson", "baghdad", "geometry",
     "expected a point geometry, found LINESTRING"},
    {"places/out-of-range.geojson", "baghdad", "geometry",
     "coordinates outside the frontier region"},
    // sectors.json: limits along the line, ids, fields
    {"sectors/first-not-zero.json", "south", "from_km", "the first sector starts at km 0, not 5"},
    {"sectors/not-increasing.json", "north", "from_km",
     "km 100 is not after the previous sector's start, km 100 (\"middle\")"},
    {"sectors/beyond-the-line.json", "north", "from_km",
     "km 700 is beyond the end of the frontier line"},
    {"sectors/missing-from-km.json", "south", "from_km", "missing"},
    {"sectors/km-not-a-number.json", "south", "from_km", "expected a finite number"},
    {"sectors/a-crossings-id.json", "qaim-albukamal", "id", "is already a crossing's id"},
    {"sectors/missing-governorate.json", "south", "governorate_iq", "missing"},
    // areas.geojson: dates, geometry, sources
    {"areas/end-before-start.geojson", "zone", "end", "end 2016 is before the start 2017-05-18"},
    {"areas/line-geometry.geojson", "zone", "geometry", "expected a Polygon or a Point"},
    {"areas/open-ring.geojson", "zone", "geometry", "four or more positions, closed"},
    {"areas/unknown-source.geojson", "zone", "sources", "unknown source id \"rumour\""},
    {"areas/missing-start.geojson", "zone", "start", "missing"},
    // events that name a sector
    {"events/status-on-sector.geojson", "bad-event", "sector",
     "a status event concerns a crossing; a sector has none"},
    {"events/crossing-and-sector.geojson", "bad-event", "sector",
     "an event concerns a crossing or a sector, not both"},
    {"events/unknown-sector.geojson", "bad-event", "sector", "unknown sector id \"atlantis\""},
};

QString corpusDir()
{
    return QStringLiteral(FRONTIER_TEST_DATA_DIR "/bad");
}

std::string problemList(const LoadProblems& problems)
{
    std::string text;
    for (const LoadProblem& p : problems)
        text += "\n  " + p.toString().toStdString();
    return text;
}

class BadInputCorpusTest : public testing::TestWithParam<BadInput> {};

TEST_P(BadInputCorpusTest, ReportsWhereAndWhy)
{
    const BadInput& bad = GetParam();
    const QString path = QString::fromUtf8(bad.path);
    const QString corpusFile = corpusDir() + QLatin1Char('/') + path;
    ASSERT_TRUE(QFileInfo(corpusFile).isFile()) << "missing corpus file " << bad.path;

    test::DatasetCopy data;
    const QString file = data.replace(path.section(QLatin1Char('/'), 0, 0), corpusFile);
    const auto result = DatasetReader::read(data.path());

    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.dataset, nullptr); // never half a dataset
    // Other files may report knock-on problems (events naming actors a bad actors.json lost).
    const auto first = std::find_if(result.problems.begin(), result.problems.end(),
                                    [&](const LoadProblem& p) { return p.file == file; });
    ASSERT_NE(first, result.problems.end())
        << "no problem names " << file.toStdString() << problemList(result.problems);
    EXPECT_EQ(first->feature, QString::fromUtf8(bad.feature));
    EXPECT_EQ(first->field, QString::fromUtf8(bad.field));
    EXPECT_TRUE(first->reason.contains(QString::fromUtf8(bad.reason)))
        << first->toString().toStdString();
}

std::string caseName(const testing::TestParamInfo<BadInput>& info)
{
    std::string name = info.param.path;
    std::replace_if(
        name.begin(), name.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Corpus, BadInputCorpusTest, testing::ValuesIn(kCorpus), caseName);

TEST(CorpusTable, EveryFileHasOneEntry)
{
    QStringList onDisk;
    for (QDirIterator it(corpusDir(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
        onDisk << QDir(corpusDir()).relativeFilePath(it.next());
    QStringList inTable;
    for (const BadInput& bad : kCorpus)
        inTable << QString::fromUtf8(bad.path);
    onDisk.sort();
    inTable.sort();
    EXPECT_EQ(onDisk, inTable);
    EXPECT_GE(onDisk.size(), 40);
}

} // namespace
