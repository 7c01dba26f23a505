#include "PostgresServer.h"
#include "io/OverlayReader.h"

#include <gtest/gtest.h>

namespace frontier {
namespace {

using test::PostgresServer;

// One incident a day from 2017-01-01 to 2019-12-31 (1,095 rows) along 34.5° N, and a table of
// zones without dates.
constexpr char kTables[] = R"(
CREATE TABLE incidents (id serial PRIMARY KEY, event_date date NOT NULL, name text,
                        geom geometry(Point, 4326));
INSERT INTO incidents (event_date, name, geom)
  SELECT d::date, 'incident ' || to_char(d, 'YYYY-MM-DD'),
         ST_SetSRID(ST_MakePoint(40 + (d::date - date '2017-01-01') * 0.002, 34.5), 4326)
  FROM generate_series(date '2017-01-01', date '2019-12-31', interval '1 day') AS d;
CREATE TABLE zones (id serial PRIMARY KEY, name text, geom geometry(Polygon, 4326));
INSERT INTO zones (name, geom) VALUES
  ('zone', ST_GeomFromText('POLYGON((40 34,42 34,42 35,40 35,40 34))', 4326));
)";

class PostgisOverlayReaderTest : public test::PostgresSuite<> {
protected:
    static void SetUpTestSuite()
    {
        PostgresSuite::SetUpTestSuite();
        if (server().ok())
            server().sql(QString::fromLatin1(kTables));
    }
    static QString incidents()
    {
        return server().connection() + QStringLiteral(" tables=incidents");
    }
    static std::size_t countOn(Date date, TimeFilter filter)
    {
        return countDuring({date, date}, filter);
    }
    static std::size_t countDuring(DateRange days, TimeFilter filter)
    {
        OverlayReader::Options options;
        options.shownDuring = days;
        options.timeFilters[QStringLiteral("incidents")] = filter;
        LoadProblems problems;
        const auto overlay = OverlayReader::read(incidents(), problems, options);
        EXPECT_TRUE(problems.empty()) << problems.front().toString().toStdString();
        return overlay ? overlay->features.size() : 0;
    }
};

TEST_F(PostgisOverlayReaderTest, ATableIsReadByTablesInThePgFormDatedByItsDateColumn)
{
    LoadProblems problems;
    const auto overlay = OverlayReader::read(incidents(), problems);
    ASSERT_TRUE(overlay) << problems.front().toString().toStdString();
    EXPECT_TRUE(problems.empty());
    EXPECT_EQ(overlay->features.size(), 1095u);
    EXPECT_EQ(overlay->name, QStringLiteral("incidents"));
    EXPECT_EQ(overlay->path, incidents());
    EXPECT_EQ(overlay->dateField, QStringLiteral("event_date"));
    EXPECT_EQ(overlay->dateText(0), QStringLiteral("2017-01-01"));
    EXPECT_NEAR(overlay->vertices.back().lon, 40 + 1094 * 0.002, 1e-9);
    const auto attributes = OverlayReader::attributes(*overlay, 1);
    EXPECT_TRUE(std::find(attributes.begin(), attributes.end(),
                          std::pair(QStringLiteral("name"),
                                    QStringLiteral("incident 2017-01-02"))) != attributes.end());
}

TEST_F(PostgisOverlayReaderTest, AUriWithTablesInItsQueryReadsTheSameTable)
{
    LoadProblems problems;
    const auto overlay =
        OverlayReader::read(QStringLiteral("postgresql://postgres@/atlas?host=%1&tables=zones")
                                .arg(server().socketDir()),
                            problems);
    ASSERT_TRUE(overlay) << problems.front().toString().toStdString();
    ASSERT_EQ(overlay->features.size(), 1u);
    EXPECT_EQ(overlay->features[0].type, GeometryType::Polygon);
    EXPECT_FALSE(overlay->isDated());
}

TEST_F(PostgisOverlayReaderTest, ADatabaseOfSeveralTablesAsksForOneAndAMissingTableIsNamed)
{
    LoadProblems problems;
    EXPECT_FALSE(OverlayReader::read(server().connection(), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, server().connection());
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("tables=")));
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("incidents")));
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("zones")));

    problems.clear();
    EXPECT_FALSE(
        OverlayReader::read(server().connection() + QStringLiteral(" tables=nothing"), problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("nothing")))
        << problems[0].reason.toStdString();
}

TEST_F(PostgisOverlayReaderTest, TheDateFilterLeavesTheOtherRowsOnTheServer)
{
    const Date date = Date::fromYmd(2018, 6, 30);
    // 365 days of 2017 and 181 of 2018.
    EXPECT_EQ(countOn(date, {}), 546u);
    EXPECT_EQ(countOn(date, {TimeFilter::Mode::OnDay}), 1u);
    EXPECT_EQ(countOn(date, {TimeFilter::Mode::Within, 2, TimeFilter::Unit::Weeks}), 14u);
    // The server ran the condition (its log has every statement).
    EXPECT_TRUE(server().log().contains(
        QStringLiteral("\"event_date\" < '2018-07-01' AND \"event_date\" >= '2018-06-17'")))
        << server().log().right(2000).toStdString();
}

TEST_F(PostgisOverlayReaderTest, ARangeOfDaysReadsWhatAnyOfItsDaysShows)
{
    const DateRange june{Date::fromYmd(2018, 6, 1), Date::fromYmd(2018, 6, 30)};
    EXPECT_EQ(countDuring(june, {}), 546u); // up to its last day
    EXPECT_EQ(countDuring(june, {TimeFilter::Mode::OnDay}), 30u);
    // The two weeks that end on its first day: from 19 May.
    EXPECT_EQ(countDuring(june, {TimeFilter::Mode::Within, 2, TimeFilter::Unit::Weeks}), 43u);
    // A year-precise end reaches the year's last day.
    EXPECT_EQ(
        countDuring({Date::fromYmd(2018, 12, 1), Date::fromYmd(2018, 1, 1, Date::Precision::Year)},
                    {TimeFilter::Mode::OnDay}),
        31u);
}

TEST_F(PostgisOverlayReaderTest, APasswordInTheConnectionIsRefusedAndNeverRepeated)
{
    for (const QString& spec :
         {server().connection() + QStringLiteral(" password=hunter2 tables=zones"),
          QStringLiteral("postgresql://postgres:hunter2@/atlas?host=%1")
              .arg(server().socketDir())}) {
        LoadProblems problems;
        EXPECT_FALSE(OverlayReader::read(spec, problems));
        ASSERT_EQ(problems.size(), 1u);
        EXPECT_TRUE(problems[0].reason.contains(QStringLiteral("password")));
        EXPECT_FALSE(problems[0].toString().contains(QStringLiteral("hunter2")))
            << problems[0].toString().toStdString();
    }
}

TEST_F(PostgisOverlayReaderTest, AReloadReadsNewRowsAndFailsClearlyWhileTheServerIsDown)
{
    LoadProblems problems;
    ASSERT_TRUE(server().sql(QStringLiteral(
        "CREATE TABLE sites (id serial PRIMARY KEY, geom geometry(Point, 4326));"
        "INSERT INTO sites (geom) VALUES (ST_SetSRID(ST_MakePoint(41, 34.4), 4326))")));
    const auto sites =
        OverlayReader::read(server().connection() + QStringLiteral(" tables=sites"), problems);
    ASSERT_TRUE(sites);
    ASSERT_TRUE(server().sql(QStringLiteral(
        "INSERT INTO sites (geom) VALUES (ST_SetSRID(ST_MakePoint(42, 36.8), 4326))")));
    const auto again = OverlayReader::reload(*sites, problems);
    ASSERT_TRUE(again);
    EXPECT_EQ(again->features.size(), 2u);

    ASSERT_TRUE(server().stop()) << server().log().toStdString();
    EXPECT_FALSE(OverlayReader::reload(*sites, problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, sites->path);
    EXPECT_TRUE(problems[0].reason.startsWith(QStringLiteral("cannot connect: ")))
        << problems[0].reason.toStdString();
    EXPECT_TRUE(problems[0].reason.contains(server().socketDir()));
    EXPECT_EQ(sites->features.size(), 1u); // what was read stays
    ASSERT_TRUE(server().start()) << server().log().toStdString();
}

} // namespace
} // namespace frontier
