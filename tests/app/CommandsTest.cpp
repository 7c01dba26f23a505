#include "RunCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using frontier::test::runCli;

namespace {

// The lines of `state` text output under a crossing's heading: status, IQ, SY.
QStringList crossingLines(const QString& out, const char* id)
{
    return out.section(QStringLiteral("[%1]\n").arg(QLatin1String(id)), 1)
        .section(QStringLiteral("\n\n"), 0, 0)
        .split(QLatin1Char('\n'));
}

TEST(StateCommandTest, JsonHasTheDocumentedShape)
{
    const auto r = runCli({QStringLiteral("state"), QStringLiteral("--date"),
                           QStringLiteral("2019-09-30"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // Keys in the documented order, compact.
    EXPECT_TRUE(r.out.startsWith(QStringLiteral(
        "{\"date\":\"2019-09-30\",\"coverage\":{\"from\":\"2012-01-01\",\"to\":\"2025-12-31\"},"
        "\"in_coverage\":true,\"crossings\":[{\"id\":\"qaim-albukamal\",\"lat\":")))
        << r.out.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray crossings = root.value(QStringLiteral("crossings")).toArray();
    ASSERT_EQ(crossings.size(), 5);
    const QJsonObject qaim = crossings[0].toObject();
    // Reopened 30 September 2019 (asharq-2019-09-30-qaim, k24-2019-09-30-qaim,
    // afp-jordantimes-2019-09-30).
    EXPECT_EQ(qaim.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    EXPECT_NEAR(qaim.value(QStringLiteral("lat")).toDouble(), 34.40, 0.02);
    EXPECT_NEAR(qaim.value(QStringLiteral("lon")).toDouble(), 40.98, 0.02);
    const QJsonObject sides = qaim.value(QStringLiteral("sides")).toObject();
    EXPECT_EQ(
        sides.value(QStringLiteral("IQ")).toObject().value(QStringLiteral("controller")).toString(),
        QStringLiteral("iraq"));
    EXPECT_EQ(sides.value(QStringLiteral("IQ")).toObject().value(QStringLiteral("with")).toArray(),
              QJsonArray{QStringLiteral("pmf")});
    EXPECT_EQ(
        sides.value(QStringLiteral("SY")).toObject().value(QStringLiteral("controller")).toString(),
        QStringLiteral("syria-gov"));
    for (const auto& c : crossings) {
        const QJsonObject o = c.toObject();
        EXPECT_TRUE(o.value(QStringLiteral("approximate")).isBool());
        EXPECT_TRUE(o.value(QStringLiteral("disputed")).isBool());
        const QString status = o.value(QStringLiteral("status")).toString();
        EXPECT_TRUE(QStringList({QStringLiteral("open"), QStringLiteral("closed"),
                                 QStringLiteral("restricted"), QStringLiteral("unknown")})
                        .contains(status));
    }
}

TEST(StateCommandTest, JsonListsTheSectorsAlongTheWholeLineAndTheCrossingsKilometres)
{
    const auto r = runCli({QStringLiteral("state"), QStringLiteral("--date"),
                           QStringLiteral("2019-09-30"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray sectors = root.value(QStringLiteral("frontier")).toArray();
    ASSERT_EQ(sectors.size(), 13) << r.out.toStdString();
    EXPECT_EQ(sectors[0].toObject().value(QStringLiteral("from_km")).toDouble(), 0.0);
    for (qsizetype i = 1; i < sectors.size(); ++i) // no gap, no overlap
        EXPECT_EQ(sectors[i].toObject().value(QStringLiteral("from_km")).toDouble(),
                  sectors[i - 1].toObject().value(QStringLiteral("to_km")).toDouble())
            << i;
    EXPECT_NEAR(sectors.last().toObject().value(QStringLiteral("to_km")).toDouble(), 598.4, 0.05);
    for (const auto& s : sectors) {
        const QJsonObject o = s.toObject();
        EXPECT_FALSE(o.value(QStringLiteral("name")).toString().isEmpty());
        EXPECT_TRUE(o.value(QStringLiteral("approximate")).isBool());
        EXPECT_TRUE(o.value(QStringLiteral("disputed")).isBool());
        for (const QString& side : {QStringLiteral("IQ"), QStringLiteral("SY")})
            EXPECT_TRUE(o.value(QStringLiteral("sides"))
                            .toObject()
                            .value(side)
                            .toObject()
                            .value(QStringLiteral("controller"))
                            .isString());
    }
    // Sinjar was retaken by the Iraqi forces on 17 October 2017
    // (sec-sinjar-north-iq-2017-10-17-iraq).
    const auto sinjar = std::find_if(sectors.begin(), sectors.end(), [](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("id")).toString() ==
               QStringLiteral("sinjar-north");
    });
    ASSERT_NE(sinjar, sectors.end());
    EXPECT_EQ(sinjar->toObject()
                  .value(QStringLiteral("sides"))
                  .toObject()
                  .value(QStringLiteral("IQ"))
                  .toObject()
                  .value(QStringLiteral("controller"))
                  .toString(),
              QStringLiteral("iraq"));
    const QJsonArray crossings = root.value(QStringLiteral("crossings")).toArray();
    ASSERT_EQ(crossings.size(), 5);
    const auto km = [&](int i) {
        return crossings[i].toObject().value(QStringLiteral("km")).toDouble();
    };
    EXPECT_NEAR(km(0), 231.5, 0.05); // qaim-albukamal
    EXPECT_NEAR(km(2), 553.4, 0.05); // rabia-yarubiyah
    EXPECT_NEAR(km(3), 596.8, 0.05); // fayshkhabur-semalka
    EXPECT_NEAR(km(4), 561.4, 0.05); // walid-north-suwaydiyah: 32 km south of Semalka
}

TEST(StateCommandTest, TextListsTheSectors)
{
    const auto r =
        runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2019-09-30")});
    ASSERT_EQ(r.exitCode, 0);
    const QString sectors = r.out.section(QStringLiteral("\nFrontier sectors"), 1);
    ASSERT_FALSE(sectors.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(sectors.count(QStringLiteral(" km  ")), 13) << sectors.toStdString();
    EXPECT_TRUE(sectors.contains(QStringLiteral("  0.0–"))) << sectors.toStdString();
    EXPECT_TRUE(sectors.contains(QStringLiteral("IQ iraq"))) << sectors.toStdString();
}

TEST(StateCommandTest, TextListsEveryCrossing)
{
    const auto r =
        runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2016-01-01")});
    ASSERT_EQ(r.exitCode, 0);
    for (const char* id :
         {"qaim-albukamal", "walid-tanf", "rabia-yarubiyah", "fayshkhabur-semalka"})
        EXPECT_TRUE(r.out.contains(QLatin1String(id))) << id;
    EXPECT_EQ(runCli({QStringLiteral("state")}).exitCode, 2);
    EXPECT_EQ(
        runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2019-13-01")})
            .exitCode,
        2);
}

TEST(StateCommandTest, OutsideTheCoverageEveryStateIsUnknownAndTheOutputSaysSo)
{
    // The data's notes record an al-Tanf handover in February 2026; the data ends with 2025.
    const auto json = runCli({QStringLiteral("state"), QStringLiteral("--date"),
                              QStringLiteral("2026-05-01"), QStringLiteral("--json")});
    ASSERT_EQ(json.exitCode, 0) << json.err.toStdString();
    EXPECT_TRUE(json.out.startsWith(QStringLiteral(
        "{\"date\":\"2026-05-01\",\"coverage\":{\"from\":\"2012-01-01\",\"to\":\"2025-12-31\"},"
        "\"in_coverage\":false,\"crossings\":[")))
        << json.out.toStdString();
    const QJsonArray crossings = QJsonDocument::fromJson(json.out.toUtf8())
                                     .object()
                                     .value(QStringLiteral("crossings"))
                                     .toArray();
    ASSERT_EQ(crossings.size(), 5);
    for (const auto& c : crossings) {
        const QJsonObject o = c.toObject();
        EXPECT_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("unknown"));
        for (const QString& side : {QStringLiteral("IQ"), QStringLiteral("SY")}) {
            const QJsonObject s =
                o.value(QStringLiteral("sides")).toObject().value(side).toObject();
            EXPECT_EQ(s.value(QStringLiteral("controller")).toString(), QStringLiteral("unknown"));
            EXPECT_TRUE(s.value(QStringLiteral("with")).toArray().isEmpty());
        }
    }
    const auto text =
        runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2026-05-01")});
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_TRUE(
        text.out.contains(QStringLiteral("outside the data's coverage (2012-01-01 to 2025-12-31)")))
        << text.out.toStdString();
    EXPECT_FALSE(text.out.contains(QStringLiteral("coalition"))) << text.out.toStdString();
    const auto inside =
        runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2025-12-31")});
    EXPECT_FALSE(inside.out.contains(QStringLiteral("outside the data's coverage")));
}

TEST(StateCommandTest, SinceIsAsPreciseAsKnownAndNeverInvented)
{
    // On 2012-03-01 no status event has happened yet at Rabia, and both sides rest on events
    // dated to the year 2012 only. (al-Qaim's status is disputed then: crisis24-2019-10-01-qaim
    // dates its closure to 2011.)
    const auto r =
        runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2012-03-01")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_FALSE(r.out.contains(QStringLiteral("1900"))) << r.out.toStdString();
    const QStringList rabia = crossingLines(r.out, "rabia-yarubiyah");
    ASSERT_GE(rabia.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(rabia[0].contains(QStringLiteral("since the start of the record")))
        << rabia[0].toStdString();
    EXPECT_TRUE(rabia[1].contains(QStringLiteral("since 2012,"))) << rabia[1].toStdString();
    EXPECT_FALSE(rabia[1].contains(QStringLiteral("2012-01-01"))) << rabia[1].toStdString();
}

TEST(StateCommandTest, ApproximateMarksTheStatusOrTheSideWhoseDateItIs)
{
    const auto r =
        runCli({QStringLiteral("state"), QStringLiteral("--date"), QStringLiteral("2012-03-01")});
    ASSERT_EQ(r.exitCode, 0);
    const QStringList rabia = crossingLines(r.out, "rabia-yarubiyah");
    ASSERT_GE(rabia.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(rabia[0].startsWith(QStringLiteral("  status  unknown  (")))
        << rabia[0].toStdString(); // no status event yet
    EXPECT_TRUE(rabia[1].contains(QStringLiteral("iraq (approximate)")))
        << rabia[1].toStdString(); // "2012"
    EXPECT_TRUE(rabia[2].contains(QStringLiteral("syria-gov (approximate)")))
        << rabia[2].toStdString();
}

TEST(StateCommandTest, CsvHasAHeaderAndOneRowPerCrossing)
{
    const auto r = runCli({QStringLiteral("state"), QStringLiteral("--date"),
                           QStringLiteral("2019-09-30"), QStringLiteral("--csv")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    ASSERT_TRUE(r.out.endsWith(QStringLiteral("\r\n")));
    const QStringList rows = r.out.chopped(2).split(QStringLiteral("\r\n"));
    ASSERT_EQ(rows.size(), 6) << r.out.toStdString();
    EXPECT_EQ(rows[0], QStringLiteral("date,in_coverage,crossing,name,name_ar,status,status_since,"
                                      "status_approximate,status_disputed,"
                                      "iq_controller,iq_with,iq_since,iq_approximate,iq_disputed,"
                                      "sy_controller,sy_with,sy_since,sy_approximate,sy_disputed"));
    EXPECT_TRUE(rows[1].startsWith(QStringLiteral(
        "2019-09-30,true,qaim-albukamal,al-Qaim / Albu Kamal,القائم / البوكمال,open,2019-09-30,"
        "false,false,iraq,pmf,")))
        << rows[1].toStdString();
    for (const char* id :
         {"walid-tanf", "rabia-yarubiyah", "fayshkhabur-semalka", "walid-north-suwaydiyah"})
        EXPECT_EQ(
            std::count_if(rows.begin(), rows.end(),
                          [&](const QString& row) { return row.contains(QLatin1String(id)); }),
            1)
            << id;
}

TEST(EventsCommandTest, CsvHasAHeaderAndOneRowPerEventQuotedPerRfc4180)
{
    const QStringList range{QStringLiteral("events"), QStringLiteral("--crossing"),
                            QStringLiteral("walid-tanf")};
    const auto json = runCli(range + QStringList{QStringLiteral("--json")});
    const auto csv = runCli(range + QStringList{QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    const QJsonArray events = QJsonDocument::fromJson(json.out.toUtf8())
                                  .object()
                                  .value(QStringLiteral("events"))
                                  .toArray();
    EXPECT_TRUE(
        csv.out.startsWith(QStringLiteral("id,date,end,kind,crossing,sector,side,actor,with,status,"
                                          "summary,confidence,sources,disputed\r\n")));
    // Every row starts with an event id at the start of a line (summaries hold no line breaks).
    const QStringList rows = csv.out.chopped(2).split(QStringLiteral("\r\n"));
    ASSERT_EQ(rows.size(), events.size() + 1);
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject e = events[i].toObject();
        const QString& row = rows[i + 1];
        EXPECT_TRUE(row.startsWith(e.value(QStringLiteral("id")).toString() + QLatin1Char(',')))
            << row.toStdString();
        // A summary with a comma or a quote is one quoted field, quotes doubled.
        const QString summary = e.value(QStringLiteral("summary")).toString();
        if (summary.contains(QLatin1Char(',')) || summary.contains(QLatin1Char('"'))) {
            EXPECT_TRUE(row.contains(
                QLatin1Char('"') +
                QString(summary).replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                QLatin1Char('"')))
                << row.toStdString();
        }
    }
}

TEST(EventsCommandTest, TextShowsClaimsWithTheirUntil)
{
    // al-Qaim 21 June 2014: a state claim disputed until that day (maps/EVENTS.md).
    const auto r = runCli({QStringLiteral("events"), QStringLiteral("--crossing"),
                           QStringLiteral("qaim-albukamal"), QStringLiteral("--from"),
                           QStringLiteral("2014-06-01"), QStringLiteral("--to"),
                           QStringLiteral("2014-06-30")});
    ASSERT_EQ(r.exitCode, 0);
    EXPECT_TRUE(r.out.contains(QStringLiteral(", until 2014-06-21 ("))) << r.out.toStdString();
}

TEST(EventsCommandTest, FiltersByCrossingAndRangeAndCitesSources)
{
    const auto r = runCli({QStringLiteral("events"), QStringLiteral("--crossing"),
                           QStringLiteral("qaim-albukamal"), QStringLiteral("--from"),
                           QStringLiteral("2019-01-01"), QStringLiteral("--to"),
                           QStringLiteral("2019-12-31"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray events =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("events")).toArray();
    ASSERT_FALSE(events.isEmpty());
    for (const auto& e : events) {
        const QJsonObject o = e.toObject();
        EXPECT_EQ(o.value(QStringLiteral("crossing")).toString(), QStringLiteral("qaim-albukamal"));
        EXPECT_TRUE(o.value(QStringLiteral("date")).toString().startsWith(QStringLiteral("2019")));
        EXPECT_FALSE(o.value(QStringLiteral("sources")).toArray().isEmpty());
    }
    EXPECT_EQ(
        runCli({QStringLiteral("events"), QStringLiteral("--crossing"), QStringLiteral("nowhere")})
            .exitCode,
        2);
    EXPECT_EQ(
        runCli({QStringLiteral("events"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                QStringLiteral("--to"), QStringLiteral("2019-01-01")})
            .exitCode,
        2);
}

TEST(EventsCommandTest, FiltersBySectorAndNamesTheSector)
{
    const auto r = runCli({QStringLiteral("events"), QStringLiteral("--sector"),
                           QStringLiteral("sinjar-north"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray events =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("events")).toArray();
    EXPECT_EQ(events.size(), 6);
    for (const auto& e : events) {
        const QJsonObject o = e.toObject();
        EXPECT_EQ(o.value(QStringLiteral("sector")).toString(), QStringLiteral("sinjar-north"));
        EXPECT_TRUE(o.value(QStringLiteral("crossing")).isNull());
    }
    const auto csv = runCli({QStringLiteral("events"), QStringLiteral("--sector"),
                             QStringLiteral("sinjar-north"), QStringLiteral("--csv")});
    EXPECT_TRUE(csv.out.contains(QStringLiteral(",control,,sinjar-north,IQ,")))
        << csv.out.toStdString();
    const auto unknown =
        runCli({QStringLiteral("events"), QStringLiteral("--sector"), QStringLiteral("atlantis")});
    EXPECT_NE(unknown.exitCode, 0);
    EXPECT_TRUE(unknown.err.contains(QStringLiteral("--sector atlantis: unknown sector")))
        << unknown.err.toStdString();
    // A crossing is not a sector.
    EXPECT_NE(
        runCli({QStringLiteral("events"), QStringLiteral("--sector"), QStringLiteral("walid-tanf")})
            .exitCode,
        0);
}

// Between 1 January 2017 and 30 September 2019: al-Qaim reopened that day (asharq-2019-09-30-qaim,
// k24-2019-09-30-qaim), its Iraqi side passed from ISIS to Iraq on 3 November 2017
// (defensegov-2017-11-03-qaim), and the al-Tanf zone began on 18 May 2017
// (centcom-2017-05-18-tanf).
TEST(ChangesCommandTest, JsonListsEachChangeWithItsEventAndSources)
{
    const auto r =
        runCli({QStringLiteral("changes"), QStringLiteral("--from"), QStringLiteral("2017-01-01"),
                QStringLiteral("--to"), QStringLiteral("2019-09-30"), QStringLiteral("--json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral(
        "{\"from\":\"2017-01-01\",\"to\":\"2019-09-30\",\"in_coverage\":{\"from\":true,"
        "\"to\":true},\"changes\":[{\"kind\":\"status\",\"feature\":\"qaim-albukamal\"")))
        << r.out.toStdString();
    const QJsonArray changes =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("changes")).toArray();
    const auto find = [&](const QString& kind, const QString& subject, const QString& side) {
        for (const auto& v : changes) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("kind")).toString() == kind &&
                (o.value(QStringLiteral("feature")).toString() == subject ||
                 o.value(QStringLiteral("area")).toString() == subject) &&
                o.value(QStringLiteral("side")).toString() == side)
                return o;
        }
        return QJsonObject();
    };
    const QJsonObject status =
        find(QStringLiteral("status"), QStringLiteral("qaim-albukamal"), QString());
    EXPECT_EQ(status.value(QStringLiteral("from")).toString(), QStringLiteral("closed"));
    EXPECT_EQ(status.value(QStringLiteral("to")).toString(), QStringLiteral("open"));
    EXPECT_EQ(status.value(QStringLiteral("since")).toString(), QStringLiteral("2019-09-30"));
    EXPECT_EQ(status.value(QStringLiteral("event")).toString(),
              QStringLiteral("qaim-2019-09-30-open"));
    EXPECT_TRUE(status.value(QStringLiteral("sources"))
                    .toArray()
                    .contains(QStringLiteral("asharq-2019-09-30-qaim")));
    const QJsonObject iq =
        find(QStringLiteral("control"), QStringLiteral("qaim-albukamal"), QStringLiteral("IQ"));
    EXPECT_EQ(iq.value(QStringLiteral("feature_kind")).toString(), QStringLiteral("crossing"));
    EXPECT_EQ(iq.value(QStringLiteral("from")).toObject().value(QStringLiteral("controller")),
              QStringLiteral("isis"));
    EXPECT_EQ(iq.value(QStringLiteral("to")).toObject().value(QStringLiteral("controller")),
              QStringLiteral("iraq"));
    EXPECT_EQ(iq.value(QStringLiteral("since")).toString(), QStringLiteral("2017-11-03"));
    const QJsonObject zone =
        find(QStringLiteral("area-began"), QStringLiteral("area-tanf-55km-zone"), QString());
    EXPECT_EQ(zone.value(QStringLiteral("since")).toString(), QStringLiteral("2017-05-18"));
    EXPECT_TRUE(zone.value(QStringLiteral("sources"))
                    .toArray()
                    .contains(QStringLiteral("centcom-2017-05-18-tanf")));
    // Sectors too, named as sectors.
    EXPECT_TRUE(std::any_of(changes.begin(), changes.end(), [](const QJsonValue& v) {
        return v.toObject().value(QStringLiteral("feature_kind")) == QStringLiteral("sector");
    }));
}

TEST(ChangesCommandTest, TextAndCsvSayTheSameAndTheSameDateChangesNothing)
{
    const QStringList range{QStringLiteral("changes"), QStringLiteral("--from"),
                            QStringLiteral("2017-01-01"), QStringLiteral("--to"),
                            QStringLiteral("2019-09-30")};
    const auto text = runCli(range);
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    EXPECT_TRUE(text.out.contains(QStringLiteral("al-Qaim / Albu Kamal: closed → open\n      "
                                                 "since 2019-09-30 · event qaim-2019-09-30-open")))
        << text.out.toStdString();
    const auto csv = runCli(range + QStringList{QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0);
    const QStringList rows = csv.out.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    EXPECT_EQ(rows.front(), QStringLiteral("kind,subject,side,change,since,event,events,sources"));
    // One row per change, as many as the text counts.
    EXPECT_TRUE(text.out.startsWith(
        QStringLiteral("Changes from 2017-01-01 to 2019-09-30: %1\n").arg(rows.size() - 1)));
    const auto none =
        runCli({QStringLiteral("changes"), QStringLiteral("--from"), QStringLiteral("2016-03-03"),
                QStringLiteral("--to"), QStringLiteral("2016-03-03")});
    EXPECT_EQ(none.out, QStringLiteral("Changes from 2016-03-03 to 2016-03-03: 0\n"));
    const auto backwards =
        runCli({QStringLiteral("changes"), QStringLiteral("--from"), QStringLiteral("2019-01-01"),
                QStringLiteral("--to"), QStringLiteral("2018-01-01")});
    EXPECT_EQ(backwards.exitCode, 2);
    EXPECT_TRUE(backwards.err.contains(QStringLiteral("before --from")));
}

TEST(ValidateCommandTest, TheBundledDataIsCleanAndABadFolderIsNot)
{
    const auto ok = runCli({QStringLiteral("validate")});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_TRUE(ok.out.contains(QStringLiteral(": OK (5 crossings, 13 sectors, 2 areas, ")))
        << ok.out.toStdString();
    QTemporaryDir empty;
    const auto bad = runCli({QStringLiteral("validate"), empty.path()});
    EXPECT_EQ(bad.exitCode, 1);
    EXPECT_TRUE(bad.err.contains(QStringLiteral("events.geojson: no such file")))
        << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains(QStringLiteral("countries.geojson"))) << bad.err.toStdString();
}

TEST(InfoCommandTest, ReportsLayersLengthAndCrossings)
{
    const auto r = runCli({QStringLiteral("info")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("Frontier length (geodesic, WGS84): 598.4 km")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.startsWith(QStringLiteral("Dataset: Iraq–Syria frontier crossings  (")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("\nCoverage: 2012-01-01 to 2025-12-31\n")))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("governorates")));
    EXPECT_TRUE(r.out.contains(QStringLiteral("fayshkhabur-semalka")));
    const QString sectors =
        r.out.section(QStringLiteral("\nSectors ("), 1).section(QStringLiteral("\n\n"), 0, 0);
    EXPECT_EQ(sectors.count(QStringLiteral(" km  ")), 13) << r.out.toStdString();
    EXPECT_TRUE(sectors.contains(QStringLiteral("sinjar-north"))) << sectors.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("area-rukban-camp"))) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(QStringLiteral("2014 to 2025-06-06"))) << r.out.toStdString();
}

TEST(CommandLineTest, HelpVersionAndUnknownCommands)
{
    const auto help = runCli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    for (const char* c : {"export", "state", "events", "changes", "validate", "info"})
        EXPECT_TRUE(help.out.contains(QLatin1String(c)));
    const auto version = runCli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith(QStringLiteral("frontier-atlas ")));
    const auto exportHelp = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    EXPECT_EQ(exportHelp.exitCode, 0);
    for (const char* o : {"--date", "--output", "--size", "--crs", "--extent", "--dpi", "--labels"})
        EXPECT_TRUE(exportHelp.out.contains(QLatin1String(o))) << o;
    EXPECT_EQ(runCli({QStringLiteral("frobnicate")}).exitCode, 2);
}

} // namespace
