#include "RunCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using frontier::test::runCli;

namespace {

TEST(StateCommandTest, JsonHasTheDocumentedShape)
{
    const auto r = runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2019-09-30"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Keys in the documented order, compact.
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("{\"date\":\"2019-09-30\",\"crossings\":[{\"id\":\"qaim-albukamal\",\"lat\":"))) << r.out.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray crossings = root.value(QStringLiteral("crossings")).toArray();
    ASSERT_EQ(crossings.size(), 4);
    const QJsonObject qaim = crossings[0].toObject();
    // Reopened 30 September 2019 (asharq-2019-09-30-qaim, k24-2019-09-30-qaim, afp-jordantimes-2019-09-30).
    EXPECT_EQ(qaim.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_NEAR(qaim.value(QStringLiteral("lat")).toDouble(), 34.40, 0.02);
    EXPECT_NEAR(qaim.value(QStringLiteral("lon")).toDouble(), 40.98, 0.02);
    const QJsonObject sides = qaim.value(QStringLiteral("sides")).toObject();
    EXPECT_EQ(sides.value(QStringLiteral("IQ")).toObject().value(QStringLiteral("controller")).toString(), QStringLiteral("iraq"));
    EXPECT_EQ(sides.value(QStringLiteral("IQ")).toObject().value(QStringLiteral("with")).toArray(), QJsonArray{QStringLiteral("pmf")});
    EXPECT_EQ(sides.value(QStringLiteral("SY")).toObject().value(QStringLiteral("controller")).toString(), QStringLiteral("syria-gov"));
    for (const auto& c : crossings) {
        const QJsonObject o = c.toObject();
        EXPECT_TRUE(o.value(QStringLiteral("approximate")).isBool());
        EXPECT_TRUE(o.value(QStringLiteral("disputed")).isBool());
        const QString status = o.value(QStringLiteral("status")).toString();
        EXPECT_TRUE(QStringList({QStringLiteral("open"), QStringLiteral("closed"), QStringLiteral("restricted"), QStringLiteral("unknown")}).contains(status));
    }
}

TEST(StateCommandTest, TextListsEveryCrossing)
{
    const auto r = runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2016-01-01")});
    ASSERT_EQ(r.exitCode, 0);
    for (const char* id : {"qaim-albukamal", "walid-tanf", "rabia-yarubiyah", "fayshkhabur-semalka"})
        EXPECT_TRUE(r.out.contains(QLatin1String(id))) << id;
    EXPECT_EQ(runCli({QStringLiteral("state")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2019-13-01")}).exitCode, 2);
}

TEST(EventsCommandTest, FiltersByCrossingAndRangeAndCitesSources)
{
    const auto r = runCli({QStringLiteral("events"), QStringLiteral("--crossing"), QStringLiteral("qaim-albukamal"), QStringLiteral("--from"),
                           QStringLiteral("2019-01-01"), QStringLiteral("--to"), QStringLiteral("2019-12-31"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray events = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("events")).toArray();
    ASSERT_FALSE(events.isEmpty());
    for (const auto& e : events) {
        const QJsonObject o = e.toObject();
        EXPECT_EQ(o.value(QStringLiteral("crossing")).toString(), QStringLiteral("qaim-albukamal"));
        EXPECT_TRUE(o.value(QStringLiteral("date")).toString().startsWith(QStringLiteral("2019")));
        EXPECT_FALSE(o.value(QStringLiteral("sources")).toArray().isEmpty());
    }
    EXPECT_EQ(runCli({QStringLiteral("events"), QStringLiteral("--crossing"), QStringLiteral("nowhere")}).exitCode, 2);
    EXPECT_EQ(runCli({QStringLiteral("events"), QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"), QStringLiteral("2019-01-01")}).exitCode, 2);
}

TEST(ValidateCommandTest, TheBundledDataIsCleanAndABadFolderIsNot)
{
    const auto ok = runCli({QStringLiteral("validate")});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral("OK")));
    QTemporaryDir empty;
    const auto bad = runCli({QStringLiteral("validate"), empty.path()});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("events.geojson: no such file"))) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("countries.geojson"))) << bad.err.toStdString();
}

TEST(InfoCommandTest, ReportsLayersLengthAndCrossings)
{
    const auto r = runCli({QStringLiteral("info")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Frontier length (geodesic, WGS84): 598.4 km"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("governorates")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("fayshkhabur-semalka")));
}

TEST(CommandLineTest, HelpVersionAndUnknownCommands)
{
    const auto help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* c : {"export", "state", "events", "validate", "info"}) EXPECT_TRUE(help.out.contains(QLatin1String(c)));
    const auto version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("frontier-atlas ")));
    const auto exportHelp = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_EQ(exportHelp.exitCode, 0);
    for (const char* o : {"--date", "--output", "--size", "--crs", "--extent", "--dpi", "--labels"}) EXPECT_TRUE(exportHelp.out.contains(QLatin1String(o))) << o;
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
}

} // namespace
