#include "Printers.h"
#include "TestData.h"
#include "geo/Geodesic.h"
#include "io/DatasetReader.h"
#include "time/Timeline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <initializer_list>
#include <vector>

// Key facts of the bundled dataset (maps/), each at a date well inside a stable period. Every
// fact names the event that must govern it and the source ids (maps/sources.json) that event
// must cite, so a fact cannot pass by accident through another event.

using namespace frontier;

namespace {

const Dataset& data()
{
    return *test::bundled();
}
const Timeline& timeline()
{
    return *test::bundledTimeline();
}

Date day(const char16_t* text)
{
    return *Date::parse(QStringView(text));
}

int crossingId(const char* id)
{
    const int i = data().featureIndex(QLatin1String(id));
    EXPECT_GE(i, 0) << id;
    return i;
}

int actorId(const char* id)
{
    const int i = data().actorIndex(QLatin1String(id));
    EXPECT_GE(i, 0) << id;
    return i;
}

QString eventName(int index)
{
    return index < 0 ? QStringLiteral("(gap)")
                     : data().events()[static_cast<std::size_t>(index)].id;
}

FeatureState stateOf(const char* crossing, const char16_t* date)
{
    return timeline().featureStateAt(crossingId(crossing), day(date));
}

// The governing event is `eventId` and it cites every one of `sources`.
void expectGovernedBy(int event, const char* eventId, std::initializer_list<const char*> sources)
{
    ASSERT_EQ(eventName(event), QLatin1String(eventId));
    const Event& e = data().events()[static_cast<std::size_t>(event)];
    for (const char* s : sources) {
        const int si = data().sourceIndex(QLatin1String(s));
        ASSERT_GE(si, 0) << "no source " << s;
        EXPECT_NE(std::find(e.sources.begin(), e.sources.end(), si), e.sources.end())
            << eventId << " does not cite " << s;
    }
}

void expectSide(const char* crossing, Side side, const char16_t* date, const char* actor,
                std::vector<const char*> with, const char* eventId,
                std::initializer_list<const char*> sources)
{
    SCOPED_TRACE(std::string(crossing) + " " + sideCode(side).toStdString() + " " +
                 QString::fromUtf16(date).toStdString());
    const SideState s = stateOf(crossing, date).side(side);
    EXPECT_EQ(s.controller, actorId(actor))
        << "controller "
        << data().actors()[std::size_t(std::max(0, s.controller))].id.toStdString();
    std::vector<int> expectedWith;
    for (const char* w : with)
        expectedWith.push_back(actorId(w));
    std::vector<int> actualWith(s.with.begin(), s.with.end());
    std::sort(expectedWith.begin(), expectedWith.end());
    std::sort(actualWith.begin(), actualWith.end());
    EXPECT_EQ(actualWith, expectedWith);
    expectGovernedBy(s.event, eventId, sources);
}

void expectStatus(const char* crossing, const char16_t* date, CrossingStatus status,
                  const char* eventId, std::initializer_list<const char*> sources)
{
    SCOPED_TRACE(std::string(crossing) + " status " + QString::fromUtf16(date).toStdString());
    const FeatureState s = stateOf(crossing, date);
    EXPECT_EQ(statusName(s.status), statusName(status));
    expectGovernedBy(s.statusEvent, eventId, sources);
}

const std::vector<GeoPoint>& frontierLine()
{
    const VectorLayer& layer = data().layer(BaseLayer::Frontier);
    EXPECT_EQ(layer.features.size(), 1u);
    EXPECT_EQ(layer.features.front().parts.size(), 1u);
    return layer.features.front().parts.front();
}

} // namespace

// --- the data as a whole -------------------------------------------------------------------

TEST(BundledDataTest, LoadsWithoutProblems)
{
    const auto result = DatasetReader::read(QStringLiteral(FRONTIER_MAPS_DIR));
    for (const LoadProblem& p : result.problems)
        ADD_FAILURE() << p.toString().toStdString();
    ASSERT_TRUE(result.ok());
    ASSERT_TRUE(test::bundled());
    EXPECT_EQ(data().crossings().size(), 5u);
    // 84 + 11 from the audit + 88 sector events + 11 for the northern al-Walid and Khanasor
    EXPECT_EQ(data().events().size(), 194u);
    EXPECT_EQ(data().sectors().size(), 13u);
}

TEST(BundledDataTest, FrontierGeodesicLengthIsAbout600Km)
{
    // maps/README.md: 598.40 km (published 599 km; IBS No. 100: ~605 km).
    const double km = Geodesic::lengthMeters(frontierLine()) / 1000.0;
    EXPECT_GT(km, 590.0);
    EXPECT_LT(km, 610.0);
    EXPECT_NEAR(km, 598.40, 0.01);
}

TEST(BundledDataTest, EveryCrossingIsOnTheFrontier)
{
    for (const FrontierFeature& c : data().crossings()) {
        const double m = Geodesic::distanceToLineMeters(c.point, frontierLine());
        EXPECT_LT(m, 1000.0) << c.id.toStdString();
        // maps/README.md: the points were projected onto the line (0.0–0.4 m after rounding).
        EXPECT_LT(m, 1.0) << c.id.toStdString();
    }
}

TEST(BundledDataTest, TimelineCoversTheWindow)
{
    EXPECT_EQ(timeline().firstEventDate(), day(u"2012-01-01"));
    EXPECT_GE(timeline().lastEventDate(), day(u"2025-06-14"));
    EXPECT_LE(timeline().lastEventDate(), day(u"2025-12-31"));
    for (int c = 0; c < static_cast<int>(data().crossings().size()); ++c) {
        for (const Intervals* track :
             {&timeline().statusIntervals(c), &timeline().controlIntervals(c, Side::IQ),
              &timeline().controlIntervals(c, Side::SY)}) {
            ASSERT_FALSE(track->empty());
            EXPECT_EQ(track->front().start, kTimelineStart);
            EXPECT_EQ(track->back().end, kOpenEnd);
            for (std::size_t i = 1; i < track->size(); ++i)
                EXPECT_EQ((*track)[i - 1].end, (*track)[i].start);
        }
    }
}

TEST(BundledDataTest, EverythingUnknownBefore2012)
{
    for (const FeatureState& s : timeline().stateAt(day(u"2011-06-01"))) {
        EXPECT_EQ(s.status, CrossingStatus::Unknown);
        EXPECT_EQ(s.side(Side::IQ).controller, -1);
        EXPECT_EQ(s.side(Side::SY).controller, -1);
    }
}

// --- al-Qaim / Albu Kamal ------------------------------------------------------------------

TEST(BundledDataTest, StateOn2019_09_30AtQaim)
{
    // The state JSON of `frontier-atlas state --date 2019-09-30` for qaim-albukamal: open, IQ iraq
    // with [pmf], SY syria-gov. Status: qaim-2019-09-30-open (asharq-2019-09-30-qaim,
    // k24-2019-09-30-qaim, jordantimes-afp-2019-09-30-qaim, arabnews-ap-2019-09-30-qaim).
    const FeatureState s = stateOf("qaim-albukamal", u"2019-09-30");
    EXPECT_EQ(s.status, CrossingStatus::Open);
    EXPECT_EQ(s.statusSince, day(u"2019-09-30").julianDay());
    // The Syrian side is disputed: an `actor` claim says the IRGC, not the Syrian government,
    // held the Albu Kamal post (diyaruna-2019-06-04-irgc); the status is not.
    EXPECT_TRUE(s.disputed());
    EXPECT_FALSE(s.statusDisputed);
    EXPECT_FALSE(s.approximate());
    expectStatus("qaim-albukamal", u"2019-09-30", CrossingStatus::Open, "qaim-2019-09-30-open",
                 {"asharq-2019-09-30-qaim", "k24-2019-09-30-qaim",
                  "jordantimes-afp-2019-09-30-qaim", "arabnews-ap-2019-09-30-qaim"});
    // IQ: qaim-iq-2017-11-03-iraq (defensegov-2017-11-03-qaim, aa-2017-11-03-qaim,
    // k24-2019-09-30-qaim).
    expectSide("qaim-albukamal", Side::IQ, u"2019-09-30", "iraq", {"pmf"},
               "qaim-iq-2017-11-03-iraq",
               {"defensegov-2017-11-03-qaim", "aa-2017-11-03-qaim", "k24-2019-09-30-qaim"});
    // SY: qaim-sy-2017-11-19-gov (pakistantoday-afp-2017-11-20-albukamal,
    // thenews-reuters-2017-11-20-albukamal); the data also lists the PMF as co-holder.
    expectSide("qaim-albukamal", Side::SY, u"2019-09-30", "syria-gov", {"pmf"},
               "qaim-sy-2017-11-19-gov",
               {"pakistantoday-afp-2017-11-20-albukamal", "thenews-reuters-2017-11-20-albukamal"});
}

TEST(BundledDataTest, QaimIraqiSideBeforeIsis)
{
    // Baseline: qaim-iq-2012-iraq (ap-2012-07-19-albukamal, irishtimes-2012-07-20-qaim), year
    // precision.
    expectSide("qaim-albukamal", Side::IQ, u"2013-06-01", "iraq", {}, "qaim-iq-2012-iraq",
               {"ap-2012-07-19-albukamal", "irishtimes-2012-07-20-qaim"});
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2013-06-01").side(Side::IQ).approximate);
}

TEST(BundledDataTest, QaimIraqiSideHeldByIsisIn2015)
{
    // qaim-iq-2014-06-21-isis (ahram-afp-2014-06-21-qaim, jordantimes-afp-2019-09-30-qaim,
    // asharq-2019-09-30-qaim).
    expectSide(
        "qaim-albukamal", Side::IQ, u"2015-06-01", "isis", {}, "qaim-iq-2014-06-21-isis",
        {"ahram-afp-2014-06-21-qaim", "jordantimes-afp-2019-09-30-qaim", "asharq-2019-09-30-qaim"});
}

TEST(BundledDataTest, QaimSyrianSideHeldByIsisIn2016)
{
    // qaim-sy-2014-06-25-isis (france24-afp-2014-06-25-albukamal, now-2014-06-26-albukamal). Its
    // date claim "2014" (asharq-2019-09-30-qaim) disputes only January–June 2014, not 2016.
    expectSide("qaim-albukamal", Side::SY, u"2016-01-01", "isis", {}, "qaim-sy-2014-06-25-isis",
               {"france24-afp-2014-06-25-albukamal", "now-2014-06-26-albukamal"});
    EXPECT_FALSE(stateOf("qaim-albukamal", u"2016-01-01").side(Side::SY).disputed);
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2014-03-01").side(Side::SY).disputed);
}

TEST(BundledDataTest, QaimSyrianSideHeldByFsaIn2013)
{
    // qaim-sy-2012-07-19-fsa (ap-2012-07-19-albukamal, latimes-2012-07-19-borders); a `with` claim
    // names al-Nusra (npa-2019-09-qaim), so the period is disputed.
    expectSide("qaim-albukamal", Side::SY, u"2013-06-01", "syrian-opposition", {},
               "qaim-sy-2012-07-19-fsa", {"ap-2012-07-19-albukamal", "latimes-2012-07-19-borders"});
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2013-06-01").side(Side::SY).disputed);
}

TEST(BundledDataTest, QaimSyrianSideHeldBySyrianGovernmentIn2018)
{
    // qaim-sy-2017-11-19-gov (pakistantoday-afp-2017-11-20-albukamal,
    // thenews-reuters-2017-11-20-albukamal).
    expectSide("qaim-albukamal", Side::SY, u"2018-06-01", "syria-gov", {"pmf"},
               "qaim-sy-2017-11-19-gov",
               {"pakistantoday-afp-2017-11-20-albukamal", "thenews-reuters-2017-11-20-albukamal"});
}

TEST(BundledDataTest, QaimSyrianSideAfterTheFallOfAssad)
{
    // qaim-sy-2024-12-08-unknown (turkiyetoday-2024-12-08-qaim): the explicit `unknown` actor,
    // not a gap.
    const SideState s = stateOf("qaim-albukamal", u"2024-12-09").side(Side::SY);
    EXPECT_EQ(s.controller, data().unknownActor());
    expectGovernedBy(s.event, "qaim-sy-2024-12-08-unknown", {"turkiyetoday-2024-12-08-qaim"});
    // qaim-sy-2024-12-11-transitional (k24-2025-02-02-qaim, naynawa-2025-06-12-albukamal).
    expectSide("qaim-albukamal", Side::SY, u"2025-03-01", "syria-transitional", {},
               "qaim-sy-2024-12-11-transitional",
               {"k24-2025-02-02-qaim", "naynawa-2025-06-12-albukamal"});
}

TEST(BundledDataTest, QaimClosedIn2016)
{
    // qaim-2013-01-13-closed (alshorfa-2013-01-12-closure): Iraq closes all crossings on 13 Jan
    // 2013.
    expectStatus("qaim-albukamal", u"2016-01-01", CrossingStatus::Closed, "qaim-2013-01-13-closed",
                 {"alshorfa-2013-01-12-closure"});
    // The 2012 closure (qaim-2012-07-19-closed: ap-2012-07-19-albukamal, asharq-2019-09-30-qaim)
    // has a date claim "2014" (k24-2019-09-30-qaim): the status from the first date through 2014
    // is disputed, after both it is not.
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2013-06-01").statusDisputed);
    EXPECT_EQ(stateOf("qaim-albukamal", u"2013-06-01").status, CrossingStatus::Closed);
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2012-07-19").statusDisputed);
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2014-12-31").statusDisputed);
    EXPECT_FALSE(stateOf("qaim-albukamal", u"2015-01-01").statusDisputed);
    EXPECT_FALSE(stateOf("qaim-albukamal", u"2016-01-01").statusDisputed);
    // A second date claim, "2011" (crisis24-2019-10-01-qaim: only government and military traffic
    // since 2011), disputes the unknown months before the 2012 closure as well.
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2012-07-18").statusDisputed);
    EXPECT_EQ(stateOf("qaim-albukamal", u"2012-07-18").status, CrossingStatus::Unknown);
}

TEST(BundledDataTest, QaimRestrictedToRefugeesInAutumn2012)
{
    // qaim-2012-09-18-restricted (reuters-2012-09-18-qaim, gulfnews-afp-2012-09-qaim).
    expectStatus("qaim-albukamal", u"2012-10-15", CrossingStatus::Restricted,
                 "qaim-2012-09-18-restricted",
                 {"reuters-2012-09-18-qaim", "gulfnews-afp-2012-09-qaim"});
}

TEST(BundledDataTest, QaimOpenInOctober2019)
{
    // qaim-2019-09-30-open (asharq-2019-09-30-qaim, arabnews-ap-2019-09-30-qaim).
    expectStatus("qaim-albukamal", u"2019-10-15", CrossingStatus::Open, "qaim-2019-09-30-open",
                 {"asharq-2019-09-30-qaim", "arabnews-ap-2019-09-30-qaim"});
    EXPECT_EQ(stateOf("qaim-albukamal", u"2019-09-29").status, CrossingStatus::Restricted);
}

TEST(BundledDataTest, QaimNotOpenInJanuary2025)
{
    // Closed on 8 Dec 2024 (qaim-2024-12-08-closed: turkiyetoday-2024-12-08-qaim), then only
    // humanitarian movement (qaim-2024-12-19-restricted: rudaw-2024-12-29-qaim); the reopening
    // planned for 2 Feb 2025 was postponed (k24-2025-02-02-qaim).
    expectStatus("qaim-albukamal", u"2024-12-10", CrossingStatus::Closed, "qaim-2024-12-08-closed",
                 {"turkiyetoday-2024-12-08-qaim", "rudaw-2024-12-29-qaim"});
    const FeatureState jan = stateOf("qaim-albukamal", u"2025-01-15");
    EXPECT_NE(jan.status, CrossingStatus::Open);
    expectStatus("qaim-albukamal", u"2025-01-15", CrossingStatus::Restricted,
                 "qaim-2024-12-19-restricted", {"rudaw-2024-12-29-qaim"});
    EXPECT_TRUE(data().events()[static_cast<std::size_t>(jan.statusEvent)].restriction.contains(
        QLatin1String("humanitarian")));
    EXPECT_EQ(stateOf("qaim-albukamal", u"2025-06-13").status, CrossingStatus::Restricted);
}

TEST(BundledDataTest, QaimOpenAgainInMid2025)
{
    // qaim-2025-06-14-open (thenational-2025-06-14-qaim, naynawa-2025-06-12-albukamal,
    // shafaq-2025-08-13-qaim). The date claim "2025-07" (shafaq-2025-07-15-qaim) disputes only
    // 14–30 June.
    expectStatus(
        "qaim-albukamal", u"2025-08-01", CrossingStatus::Open, "qaim-2025-06-14-open",
        {"thenational-2025-06-14-qaim", "naynawa-2025-06-12-albukamal", "shafaq-2025-08-13-qaim"});
    EXPECT_FALSE(stateOf("qaim-albukamal", u"2025-08-01").statusDisputed);
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2025-06-20").statusDisputed);
    EXPECT_EQ(stateOf("qaim-albukamal", u"2025-06-20").status, CrossingStatus::Open);
}

// --- al-Walid / al-Tanf --------------------------------------------------------------------

TEST(BundledDataTest, TanfHeldBySyrianOppositionIn2018)
{
    // tanf-sy-2016-03-04-nsa (wikipedia-al-tanf, wikipedia-tanf-offensive-2016,
    // blog-2016-03-05-tanf), with the US-led coalition.
    expectSide("walid-tanf", Side::SY, u"2018-06-01", "syrian-opposition", {"coalition"},
               "tanf-sy-2016-03-04-nsa", {"wikipedia-al-tanf", "blog-2016-03-05-tanf"});
}

TEST(BundledDataTest, TanfHeldByIsisIn2015)
{
    // tanf-sy-2015-05-21-isis (huffpost-reuters-2015-05-21-tanf, dailystar-2015-05-22-tanf).
    expectSide("walid-tanf", Side::SY, u"2015-10-01", "isis", {}, "tanf-sy-2015-05-21-isis",
               {"huffpost-reuters-2015-05-21-tanf", "dailystar-2015-05-22-tanf"});
}

TEST(BundledDataTest, TanfSyrianSideIn2025AfterSfaIntegration)
{
    // tanf-sy-2025-10-29-transitional (alaraby-2025-10-29-sfa), US forces still at the garrison.
    expectSide("walid-tanf", Side::SY, u"2025-11-15", "syria-transitional", {"coalition"},
               "tanf-sy-2025-10-29-transitional", {"alaraby-2025-10-29-sfa"});
}

TEST(BundledDataTest, WalidHeldByIsisAfterMay2015)
{
    // walid-iq-2015-05-isis (somtribune-2015-05-23-tanf, dailystar-2015-05-22-tanf,
    // lwj-2015-05-25-waleed), month precision → approximate.
    expectSide("walid-tanf", Side::IQ, u"2015-10-01", "isis", {}, "walid-iq-2015-05-isis",
               {"somtribune-2015-05-23-tanf", "lwj-2015-05-25-waleed"});
    EXPECT_TRUE(stateOf("walid-tanf", u"2015-10-01").side(Side::IQ).approximate);
}

TEST(BundledDataTest, WalidHeldByIraqIn2018)
{
    // walid-iq-2017-06-17-iraq (dw-2017-06-17-waleed).
    expectSide("walid-tanf", Side::IQ, u"2018-06-01", "iraq", {}, "walid-iq-2017-06-17-iraq",
               {"dw-2017-06-17-waleed"});
}

TEST(BundledDataTest, WalidStatusUnknownBetween2017And2019)
{
    // walid-2017-03-restricted (wikipedia-al-waleed) ends 2017-03: status unknown until it is
    // attested closed on 2019-09-30 (walid-2019-09-30-closed: k24-2019-09-30-qaim).
    expectStatus("walid-tanf", u"2017-03-15", CrossingStatus::Restricted,
                 "walid-2017-03-restricted", {"wikipedia-al-waleed"});
    const FeatureState gap = stateOf("walid-tanf", u"2018-06-01");
    EXPECT_EQ(gap.status, CrossingStatus::Unknown);
    EXPECT_EQ(gap.statusEvent, -1);
    EXPECT_EQ(gap.statusSince, day(u"2017-04-01").julianDay());
    EXPECT_EQ(gap.nextStatusChange, day(u"2019-09-30").julianDay());
    expectStatus("walid-tanf", u"2020-06-01", CrossingStatus::Closed, "walid-2019-09-30-closed",
                 {"k24-2019-09-30-qaim", "almasdar-2019-09-28-qaim"});
}

// --- Rabia / al-Yarubiyah ------------------------------------------------------------------

TEST(BundledDataTest, ClaimsAboutAFewDaysDisputeOnlyThoseDays)
{
    // qaim-iq-2014-06-21-isis: reuters-2014-06-21-qaim's "army still in control" speaks of
    // 21 June 2014 (until), and the date claim "2014-08" (k24-2019-09-30-qaim) of June–August;
    // the ISIS years after are not in dispute.
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2014-06-21").side(Side::IQ).disputed);
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2014-08-15").side(Side::IQ).disputed);
    EXPECT_FALSE(stateOf("qaim-albukamal", u"2015-06-01").side(Side::IQ).disputed);
    // rabia-iq-2017-10-17-iraq: PKK-affiliated fighters alongside until 25 October 2017
    // (iraqinews-2017-10-25-rabia); Iraqi control after it is not in dispute.
    EXPECT_TRUE(stateOf("rabia-yarubiyah", u"2017-10-25").side(Side::IQ).disputed);
    EXPECT_FALSE(stateOf("rabia-yarubiyah", u"2017-10-26").side(Side::IQ).disputed);
    EXPECT_FALSE(stateOf("rabia-yarubiyah", u"2019-01-01").side(Side::IQ).disputed);
}

TEST(BundledDataTest, RabiaHeldByKrgIn2016)
{
    // rabia-iq-2014-09-30-krg (rudaw-2014-09-30-rabia, nyt-ior-2014-09-30-rabia).
    expectSide("rabia-yarubiyah", Side::IQ, u"2016-01-01", "krg", {}, "rabia-iq-2014-09-30-krg",
               {"rudaw-2014-09-30-rabia", "nyt-ior-2014-09-30-rabia"});
    EXPECT_FALSE(stateOf("rabia-yarubiyah", u"2016-01-01").side(Side::IQ).disputed);
}

TEST(BundledDataTest, RabiaHeldByIraqAfterOctober2017)
{
    // rabia-iq-2017-10-17-iraq (amn-2017-10-18-rabia, aa-kazinform-2017-10-18-rabia,
    // wikipedia-rabia).
    expectSide("rabia-yarubiyah", Side::IQ, u"2019-01-01", "iraq", {}, "rabia-iq-2017-10-17-iraq",
               {"amn-2017-10-18-rabia", "aa-kazinform-2017-10-18-rabia", "wikipedia-rabia"});
    EXPECT_EQ(stateOf("rabia-yarubiyah", u"2017-10-16").side(Side::IQ).controller, actorId("krg"));
}

TEST(BundledDataTest, YarubiyahHeldBySdfIn2019)
{
    // yarubiyah-sy-2013-10-26-ypg (aljazeera-2013-10-26-yarubiyah, kurdwatch-2013-11-04-yarubiyah).
    expectSide("rabia-yarubiyah", Side::SY, u"2019-06-01", "sdf", {}, "yarubiyah-sy-2013-10-26-ypg",
               {"aljazeera-2013-10-26-yarubiyah", "kurdwatch-2013-11-04-yarubiyah"});
}

TEST(BundledDataTest, YarubiyahUnknownLate2012)
{
    // yarubiyah-sy-2012-07-21-fsa (afp-yme-2012-07-21-yarubiyah) ends the same day: the Syrian side
    // is unknown until yarubiyah-sy-2013-03-01-rebels (reuters-2013-03-03-rabia).
    const SideState gap = stateOf("rabia-yarubiyah", u"2012-12-01").side(Side::SY);
    EXPECT_EQ(gap.controller, -1);
    EXPECT_EQ(gap.event, -1);
    EXPECT_EQ(gap.since, day(u"2012-07-22").julianDay());
    EXPECT_EQ(gap.nextChange, day(u"2013-03-01").julianDay());
    expectSide("rabia-yarubiyah", Side::SY, u"2013-06-01", "syrian-opposition", {"nusra"},
               "yarubiyah-sy-2013-03-01-rebels", {"reuters-2013-03-03-rabia"});
}

TEST(BundledDataTest, RabiaStatus)
{
    // rabia-2014-10-aid (ocha-2020-05-05-crossborder, unmultimedia-2020-01-10-res2504): UN aid
    // only, dated after the recapture of the Iraqi side (the July 2014 authorisation is a claim).
    expectStatus("rabia-yarubiyah", u"2016-01-01", CrossingStatus::Restricted, "rabia-2014-10-aid",
                 {"ocha-2020-05-05-crossborder", "unmultimedia-2020-01-10-res2504"});
    // rabia-2020-01-10-closed (unmultimedia-2020-01-10-res2504): UNSC resolution 2504 drops
    // Yarubiyah.
    expectStatus("rabia-yarubiyah", u"2021-01-01", CrossingStatus::Closed,
                 "rabia-2020-01-10-closed",
                 {"unmultimedia-2020-01-10-res2504", "ocha-2020-05-05-crossborder"});
}

// --- Faysh Khabur / Semalka ----------------------------------------------------------------

TEST(BundledDataTest, FayshKhaburSemalkaControllers)
{
    // fk-iq-2012-krg (wikipedia-semalka, rudaw-2021-06-22-semalka); semalka-sy-2013-sdf
    // (kurdwatch-2013-11-07-fayshkhabur, hawar-2023-05-16-semalka).
    expectSide("fayshkhabur-semalka", Side::IQ, u"2020-01-01", "krg", {}, "fk-iq-2012-krg",
               {"wikipedia-semalka", "rudaw-2021-06-22-semalka"});
    expectSide("fayshkhabur-semalka", Side::SY, u"2020-01-01", "sdf", {}, "semalka-sy-2013-sdf",
               {"kurdwatch-2013-11-07-fayshkhabur", "hawar-2023-05-16-semalka"});
    // Before the first Semalka event (2013) the Syrian side is unknown.
    EXPECT_EQ(stateOf("fayshkhabur-semalka", u"2012-06-01").side(Side::SY).controller, -1);
}

TEST(BundledDataTest, SemalkaBridgeClosureInJanuary2019)
{
    // fk-2019-01-closed (smart-2019-01-23-semalka) ends 2019-01-22, then fk-2019-01-23-open.
    expectStatus("fayshkhabur-semalka", u"2019-01-15", CrossingStatus::Closed, "fk-2019-01-closed",
                 {"smart-2019-01-23-semalka"});
    EXPECT_TRUE(stateOf("fayshkhabur-semalka", u"2019-01-15").statusApproximate);
    expectStatus("fayshkhabur-semalka", u"2019-06-01", CrossingStatus::Open, "fk-2019-01-23-open",
                 {"smart-2019-01-23-semalka"});
}

TEST(BundledDataTest, SemalkaRestrictedSinceJune2023)
{
    // fk-2023-06-05-restricted (baladi-2023-06-05-semalka, yekiti-2023-06-semalka,
    // medyanews-2023-06-semalka): reopened on Monday 5 June 2023.
    expectStatus(
        "fayshkhabur-semalka", u"2023-10-01", CrossingStatus::Restricted,
        "fk-2023-06-05-restricted",
        {"baladi-2023-06-05-semalka", "yekiti-2023-06-semalka", "medyanews-2023-06-semalka"});
    // fk-2023-05-11-closed (hawar-2023-05-16-semalka).
    expectStatus("fayshkhabur-semalka", u"2023-05-20", CrossingStatus::Closed,
                 "fk-2023-05-11-closed", {"hawar-2023-05-16-semalka"});
}

// --- northern al-Walid / al-Suwaydiyah (maps/EVENTS.md, "Border points added on 2026-12-03") --

TEST(BundledDataTest, NorthernWalidLies32KmSouthOfSemalka)
{
    // npa-2019-04-walid: "the al-Walid land crossing, which lies 32 km south of Semalka"; the point
    // is the frontier point 32 km (geodesic) from the Semalka reference 37°05′22″N 42°21′00″E.
    const FrontierFeature& c = data().feature(crossingId("walid-north-suwaydiyah"));
    EXPECT_LT(Geodesic::distanceToLineMeters(c.point, frontierLine()), 1.0);
    EXPECT_NEAR(Geodesic::distanceMeters({42.34989, 37.08932}, c.point), 32000.0, 50.0);
    EXPECT_NEAR(c.fromKm, 561.4, 0.1);
    EXPECT_GT(c.fromKm, data().feature(crossingId("rabia-yarubiyah")).fromKm);
    EXPECT_LT(c.fromKm, data().feature(crossingId("fayshkhabur-semalka")).fromKm);
    EXPECT_FALSE(c.official);
}

TEST(BundledDataTest, NorthernWalidControllers)
{
    // walid-north-iq-2017-10-17-iraq (smart-microsyria-2017-10-17-walid): Iraqi forces and the PMF
    // after the Peshmerga left; the KRG claim (baladi-2021-12-19-walid) keeps it disputed.
    expectSide("walid-north-suwaydiyah", Side::IQ, u"2019-06-01", "iraq", {"pmf"},
               "walid-north-iq-2017-10-17-iraq", {"smart-microsyria-2017-10-17-walid"});
    EXPECT_TRUE(stateOf("walid-north-suwaydiyah", u"2019-06-01").side(Side::IQ).disputed);
    // walid-north-iq-2021-12-19-krg (baladi-2021-12-19-walid, menamonitor-2021-12-19-walid,
    // npa-2022-01-walid): the KRG closes it and admits travellers through it.
    expectSide("walid-north-suwaydiyah", Side::IQ, u"2023-06-01", "krg", {},
               "walid-north-iq-2021-12-19-krg",
               {"baladi-2021-12-19-walid", "menamonitor-2021-12-19-walid", "npa-2022-01-walid"});
    EXPECT_FALSE(stateOf("walid-north-suwaydiyah", u"2023-06-01").side(Side::IQ).disputed);
    // walid-north-sy-2017-10-17-sdf (smart-microsyria-2017-10-17-walid,
    // northpulse-2022-01-suwaydiyah); unknown before the first attestation.
    expectSide("walid-north-suwaydiyah", Side::SY, u"2020-06-01", "sdf", {},
               "walid-north-sy-2017-10-17-sdf",
               {"smart-microsyria-2017-10-17-walid", "northpulse-2022-01-suwaydiyah"});
    EXPECT_EQ(stateOf("walid-north-suwaydiyah", u"2016-06-01").side(Side::SY).controller, -1);
}

TEST(BundledDataTest, NorthernWalidStatus)
{
    // walid-north-2017-restricted (baladi-2021-12-19-walid, menamonitor-2021-12-19-walid): opened
    // "four years ago" for KRG–AANES trade and coalition convoys; year precision.
    expectStatus("walid-north-suwaydiyah", u"2019-06-01", CrossingStatus::Restricted,
                 "walid-north-2017-restricted",
                 {"baladi-2021-12-19-walid", "menamonitor-2021-12-19-walid"});
    // walid-north-2021-12-19-closed (baladi-2021-12-19-walid, menamonitor-2021-12-19-walid).
    expectStatus("walid-north-suwaydiyah", u"2021-12-25", CrossingStatus::Closed,
                 "walid-north-2021-12-19-closed",
                 {"baladi-2021-12-19-walid", "menamonitor-2021-12-19-walid"});
    // walid-north-2022-01-restricted (npa-2022-01-walid) ends 2022-01: nothing documented after.
    EXPECT_EQ(stateOf("walid-north-suwaydiyah", u"2023-06-01").status, CrossingStatus::Unknown);
}

TEST(BundledDataTest, KhanasorIsAnApproximatePlaceWithItsIncidents)
{
    // kurdipedia-khanasor: 7 km west of Sinune (wikipedia-sinun: 36°27′27″N 41°42′22″E).
    const auto& places = data().layer(BaseLayer::Places).features;
    const auto k = std::find_if(places.begin(), places.end(),
                                [](const Feature& f) { return f.id == QLatin1String("khanasor"); });
    ASSERT_NE(k, places.end());
    EXPECT_EQ(k->attribute(QStringLiteral("position")), QLatin1String("approximate"));
    const GeoPoint at = k->parts.front().front();
    EXPECT_NEAR(Geodesic::distanceMeters({41.70611, 36.4575}, at), 7000.0, 10.0);
    EXPECT_NEAR(Geodesic::distanceToLineMeters(at, frontierLine()) / 1000.0, 11.6, 0.1);
    // khanasor-2014-08-03-isis (rt-ar-khanasor, afr-nyt-2014-08-04-sinjar),
    // khanasor-2014-12-kurdish (thestar-ap-2014-12-18-corridor), khanasor-2017-03-03-ybs
    // (newarab-2017-03-03-khanasor): incidents at the town's point, on no crossing.
    int found = 0;
    for (const Event& e : data().events())
        if (e.id.startsWith(QLatin1String("khanasor-"))) {
            ++found;
            EXPECT_EQ(e.feature, -1) << e.id.toStdString();
            ASSERT_TRUE(e.point.has_value());
            EXPECT_EQ(*e.point, at) << e.id.toStdString();
        }
    EXPECT_EQ(found, 3);
    const int first = data().eventIndex(QStringLiteral("khanasor-2014-08-03-isis"));
    ASSERT_GE(first, 0);
    expectGovernedBy(first, "khanasor-2014-08-03-isis",
                     {"rt-ar-khanasor", "afr-nyt-2014-08-04-sinjar"});
}

// --- the audit of 2026-12-02 (maps/EVENTS.md, "Audit"): each check fails on the old data ---

TEST(BundledDataTest, WalidAndRabiaReopenedInJanuary2013)
{
    // walid-2013-01-18-open, rabia-2013-01-18-open (hidayatullah-2013-01-18-reopen): Iraq reopened
    // al-Walid and Rabia on 18 Jan 2013, five days after closing all crossings.
    expectStatus("walid-tanf", u"2013-06-01", CrossingStatus::Open, "walid-2013-01-18-open",
                 {"hidayatullah-2013-01-18-reopen"});
    expectStatus("rabia-yarubiyah", u"2013-02-01", CrossingStatus::Open, "rabia-2013-01-18-open",
                 {"hidayatullah-2013-01-18-reopen"});
    // Rabia shut again on 3 Mar 2013 (rabia-2013-03-03-closed: reuters-2013-03-03-rabia).
    expectStatus("rabia-yarubiyah", u"2013-06-01", CrossingStatus::Closed,
                 "rabia-2013-03-03-closed", {"reuters-2013-03-03-rabia"});
}

TEST(BundledDataTest, WalidShutForOneDayInDecember2013)
{
    // walid-2013-12-24-closed (eqtsad-2013-12-walid, alsaudiatoday-2013-12-25-walid) ends the same
    // day; walid-2013-12-25-open (alsaudiatoday-2013-12-25-walid).
    expectStatus("walid-tanf", u"2013-12-24", CrossingStatus::Closed, "walid-2013-12-24-closed",
                 {"eqtsad-2013-12-walid", "alsaudiatoday-2013-12-25-walid"});
    expectStatus("walid-tanf", u"2014-03-01", CrossingStatus::Open, "walid-2013-12-25-open",
                 {"alsaudiatoday-2013-12-25-walid"});
    // walid-2015-05-22-closed (akhbaralaan-2015-05-24-waleed): staff evacuated to Trebil.
    expectStatus("walid-tanf", u"2016-01-01", CrossingStatus::Closed, "walid-2015-05-22-closed",
                 {"akhbaralaan-2015-05-24-waleed"});
}

TEST(BundledDataTest, QaimNotFullyOpenAfterCovid)
{
    // qaim-2020-03-08-restricted (syrianobserver-watan-2020-03-qaim,
    // radioalkul-2020-03-06-albukamal, majalla-2023-qaim-trucks): travellers suspended, Syrian
    // trucks barred; a status claim "open" (baladi-2020-03-albukamal,
    // enabbaladi-2020-03-23-borders) keeps it disputed.
    expectStatus("qaim-albukamal", u"2020-05-01", CrossingStatus::Restricted,
                 "qaim-2020-03-08-restricted",
                 {"syrianobserver-watan-2020-03-qaim", "majalla-2023-qaim-trucks"});
    EXPECT_TRUE(stateOf("qaim-albukamal", u"2020-05-01").statusDisputed);
    // qaim-2021-06-06-closed (deirezzor24-2021-06-06-qaim): closed after COVID cases among staff;
    // the reopening is not documented, so the status is unknown after that day.
    expectStatus("qaim-albukamal", u"2021-06-06", CrossingStatus::Closed, "qaim-2021-06-06-closed",
                 {"deirezzor24-2021-06-06-qaim"});
    EXPECT_EQ(stateOf("qaim-albukamal", u"2022-01-01").status, CrossingStatus::Unknown);
    // qaim-2023-01-05-restricted (majalla-2023-qaim-trucks): Syrian trucks still barred.
    expectStatus("qaim-albukamal", u"2024-01-01", CrossingStatus::Restricted,
                 "qaim-2023-01-05-restricted", {"majalla-2023-qaim-trucks"});
}

TEST(BundledDataTest, RabiaPeshmergaFromJune10AndIsisFromAugust2014)
{
    // rabia-iq-2014-06-10-krg (yjc-afp-2014-06-15-rabia, deccanherald-xinhua-2014-06-15-rabia).
    expectSide("rabia-yarubiyah", Side::IQ, u"2014-07-15", "krg", {}, "rabia-iq-2014-06-10-krg",
               {"yjc-afp-2014-06-15-rabia", "deccanherald-xinhua-2014-06-15-rabia"});
    // rabia-iq-2014-08-isis (frontline-2014-09-28-rabia, burathanews-2014-08-03-rabia): month
    // precision; Rudaw's "late July" is a date claim.
    expectSide("rabia-yarubiyah", Side::IQ, u"2014-08-15", "isis", {}, "rabia-iq-2014-08-isis",
               {"frontline-2014-09-28-rabia", "burathanews-2014-08-03-rabia"});
    // The UN-aid regime is not in force while ISIS holds the Iraqi side: still the closure of
    // 3 Mar 2013 (rabia-2013-03-03-closed: reuters-2013-03-03-rabia).
    expectStatus("rabia-yarubiyah", u"2014-08-15", CrossingStatus::Closed,
                 "rabia-2013-03-03-closed", {"reuters-2013-03-03-rabia"});
}

TEST(BundledDataTest, SemalkaBridgeCollapseOfMarch2024)
{
    // fk-2024-03-20-closed (enabbaladi-2024-03-20-semalka, syriatv-2024-03-20-semalka), then
    // fk-2024-04-13-restricted (enabbaladi-2024-04-13-semalka).
    expectStatus("fayshkhabur-semalka", u"2024-04-01", CrossingStatus::Closed,
                 "fk-2024-03-20-closed",
                 {"enabbaladi-2024-03-20-semalka", "syriatv-2024-03-20-semalka"});
    expectStatus("fayshkhabur-semalka", u"2024-06-01", CrossingStatus::Restricted,
                 "fk-2024-04-13-restricted", {"enabbaladi-2024-04-13-semalka"});
    // Closed until the reopening of Monday 5 June 2023 (fk-2023-05-11-closed:
    // hawar-2023-05-16-semalka; baladi-2023-06-05-semalka).
    expectStatus("fayshkhabur-semalka", u"2023-06-03", CrossingStatus::Closed,
                 "fk-2023-05-11-closed", {"hawar-2023-05-16-semalka"});
}

// --- queries over the real data ------------------------------------------------------------

TEST(BundledDataTest, EventsAroundTheQaimReopening)
{
    const int qaim = crossingId("qaim-albukamal");
    std::vector<QString> ids;
    for (int i : timeline().eventsIn(day(u"2019-08-01"), day(u"2019-12-31"), qaim))
        ids.push_back(eventName(i));
    EXPECT_EQ(ids, (std::vector<QString>{QStringLiteral("qaim-2019-08-25-drone-strike"),
                                         QStringLiteral("qaim-2019-09-30-open"),
                                         QStringLiteral("qaim-2019-12-29-us-strikes")}));
    EXPECT_EQ(timeline().nextChange(day(u"2019-09-29")), day(u"2019-09-30"));
}
