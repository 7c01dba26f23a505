// Checks of the bundled sector data (maps/sectors.json, the sector events in maps/events.geojson)
// at dates well inside stable periods, spread over the whole line and both sides. Each row cites
// the sources (maps/sources.json ids) its event rests on.
#include "Printers.h"
#include "TestData.h"
#include "time/Timeline.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {

struct Held {
    const char* sector;
    Side side;
    const char* date;
    const char* actor; ///< "unknown" for no known controller
    const char* with;  ///< a co-holder, or ""
    const char* sources;
};

const Held kHeld[] = {
    // al-Walid / al-Tanf, km 0–44
    {"tanf-zone", Side::IQ, "2013-06-01", "iraq", "", "ap-2012-07-19-albukamal"},
    {"tanf-zone", Side::IQ, "2015-10-01", "isis", "", "lwj-2015-05-25-waleed"},
    {"tanf-zone", Side::IQ, "2020-01-01", "iraq", "pmf", "panarmenian-amn-2017-09-20-border"},
    {"tanf-zone", Side::SY, "2013-06-01", "syria-gov", "", "ap-2012-07-19-albukamal"},
    {"tanf-zone", Side::SY, "2015-10-01", "isis", "", "huffpost-reuters-2015-05-21-tanf"},
    {"tanf-zone", Side::SY, "2020-01-01", "syrian-opposition", "coalition",
     "centcom-2017-05-18-tanf, crisisgroup-2019-02-14-tanf"},
    // Anbar desert / Syrian Badia, km 44–147
    {"anbar-badia", Side::IQ, "2016-01-01", "isis", "", "bbc-theguardianbd-2014-06-22-borders"},
    {"anbar-badia", Side::IQ, "2020-01-01", "iraq", "pmf", "eurasia-2017-12-18-border"},
    {"anbar-badia", Side::SY, "2012-06-01", "unknown", "", "(no 2012 source: unknown)"},
    {"anbar-badia", Side::SY, "2016-01-01", "isis", "", "newarab-afp-2015-05-22-border"},
    {"anbar-badia", Side::SY, "2021-01-01", "syria-gov", "pmf", "defensepost-2019-05-06-border"},
    // South of the Euphrates, km 147–215
    {"qaim-desert", Side::IQ, "2016-01-01", "isis", "", "globaltimes-xinhua-2014-06-22-anbar"},
    {"qaim-desert", Side::IQ, "2021-01-01", "iraq", "pmf", "rudaw-2018-11-16-hashd"},
    {"qaim-desert", Side::SY, "2016-06-01", "isis", "", "newarab-afp-2015-05-22-border"},
    {"qaim-desert", Side::SY, "2021-01-01", "syria-gov", "pmf", "defensepost-2019-05-06-border"},
    {"qaim-desert", Side::SY, "2025-06-01", "syria-transitional", "", "k24-2025-04-albukamal"},
    // Euphrates valley, south bank (al-Qaim–Husaybah / Albu Kamal), km 215–235.7
    {"euphrates-south", Side::IQ, "2013-06-01", "iraq", "", "irishtimes-2012-07-20-qaim"},
    {"euphrates-south", Side::IQ, "2016-01-01", "isis", "", "reuters-2014-06-21-qaim"},
    {"euphrates-south", Side::IQ, "2021-01-01", "iraq", "pmf", "defensegov-2017-11-03-qaim"},
    {"euphrates-south", Side::SY, "2013-06-01", "syrian-opposition", "nusra",
     "reuters-2012-11-17-albukamal"},
    {"euphrates-south", Side::SY, "2016-01-01", "isis", "", "france24-afp-2014-06-25-albukamal"},
    {"euphrates-south", Side::SY, "2022-01-01", "syria-gov", "pmf",
     "diyaruna-2020-06-26-albukamal"},
    {"euphrates-south", Side::SY, "2025-06-01", "syria-transitional", "",
     "wikipedia-deir-offensive-2024, k24-2025-04-albukamal"},
    // Euphrates, north bank (Baghuz), km 235.7–245
    {"euphrates-north", Side::IQ, "2020-01-01", "iraq", "pmf", "intercept-2019-01-18-qaim"},
    {"euphrates-north", Side::SY, "2021-01-01", "sdf", "coalition",
     "bssnews-afp-2019-03-23-baghuz"},
    // Jazira desert north of the Euphrates, km 245–322
    {"jazira-south", Side::IQ, "2016-01-01", "isis", "", "reuters-2014-06-21-qaim"},
    {"jazira-south", Side::IQ, "2020-01-01", "iraq", "pmf", "dailymail-afp-2017-12-09-border"},
    {"jazira-south", Side::SY, "2016-01-01", "isis", "", "afp-ndtv-2014-07-03-deirezzor"},
    {"jazira-south", Side::SY, "2020-01-01", "sdf", "", "muraselon-2018-05-baghuz"},
    // Ba'aj desert, km 322–366; Dashisha, km 366–440
    {"baaj", Side::SY, "2020-01-01", "sdf", "", "muraselon-2018-08-border"},
    {"dashisha", Side::IQ, "2019-01-01", "pmf", "iraq", "rferl-2017-06-04-baaj"},
    {"dashisha", Side::SY, "2016-06-01", "isis", "", "kurdwatch-2015-11-08-hawl"},
    {"dashisha", Side::SY, "2020-01-01", "sdf", "", "rudaw-2018-07-02-border"},
    // Umm Jaris / al-Hawl, km 440–470
    {"hawl", Side::IQ, "2016-01-01", "isis", "", "afr-nyt-2014-08-04-sinjar"},
    {"hawl", Side::IQ, "2020-01-01", "pmf", "iraq", "ap-ademocracy-2017-05-29-ummjrais"},
    {"hawl", Side::SY, "2017-01-01", "sdf", "", "aranews-2015-11-13-hawl"},
    // North Sinjar / Khanasor, km 470–530
    {"sinjar-north", Side::IQ, "2016-01-01", "krg", "", "thestar-ap-2014-12-18-corridor"},
    {"sinjar-north", Side::IQ, "2019-01-01", "iraq", "pmf", "anews-aa-2017-10-17-sinjar"},
    // Rabia / al-Yarubiyah, km 530–565
    {"rabia", Side::IQ, "2013-06-01", "iraq", "", "reuters-2013-03-03-rabia"},
    {"rabia", Side::IQ, "2016-01-01", "krg", "", "rudaw-2014-09-30-rabia"},
    {"rabia", Side::IQ, "2020-01-01", "iraq", "pmf", "amn-2017-10-18-rabia"},
    {"rabia", Side::SY, "2013-06-01", "syrian-opposition", "nusra", "reuters-2013-03-03-rabia"},
    {"rabia", Side::SY, "2016-01-01", "sdf", "", "aljazeera-2013-10-26-yarubiyah"},
    // Mahmudiya – al-Walid strip, km 565–591.5; Tigris, km 591.5 to the tripoint
    {"mahmudiya", Side::IQ, "2013-06-01", "krg", "", "crookedbough-alakhbar-2012-07-27-zummar"},
    {"mahmudiya", Side::SY, "2016-01-01", "sdf", "", "kurdwatch-2013-11-07-fayshkhabur"},
    {"tigris", Side::IQ, "2016-01-01", "krg", "", "crookedbough-alakhbar-2012-07-27-zummar"},
    {"tigris", Side::SY, "2020-01-01", "sdf", "", "kurdwatch-2013-11-07-fayshkhabur"},
};

class BundledSectorsTest : public testing::TestWithParam<Held> {};

TEST_P(BundledSectorsTest, TheSideIsHeldByWhomTheSourcesSay)
{
    const Held& h = GetParam();
    const Timeline& t = *test::bundledTimeline();
    const Dataset& d = t.dataset();
    const int sector = d.featureIndex(QLatin1String(h.sector));
    ASSERT_GE(sector, d.firstSector()) << h.sector;
    const SideState s =
        t.featureStateAt(sector, *Date::parse(QString::fromLatin1(h.date))).side(h.side);
    EXPECT_EQ(d.actorId(s.controller), QLatin1String(h.actor)) << h.sources;
    if (*h.with) {
        EXPECT_NE(std::find(s.with.begin(), s.with.end(), d.actorIndex(QLatin1String(h.with))),
                  s.with.end())
            << h.with << " alongside, per " << h.sources;
    }
}

std::string caseName(const testing::TestParamInfo<Held>& info)
{
    std::string name = std::string(info.param.sector) + "_" +
                       sideCode(info.param.side).toStdString() + "_" + info.param.date;
    std::replace_if(
        name.begin(), name.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Sectors, BundledSectorsTest, testing::ValuesIn(kHeld), caseName);

TEST(BundledSectorsCoverage, TheSectorsCoverTheWholeLineFromTheJordanTripoint)
{
    const Dataset& d = test::bundledTimeline()->dataset();
    ASSERT_EQ(d.sectors().size(), 13u);
    double km = 0;
    for (const FrontierFeature& s : d.sectors()) {
        EXPECT_EQ(s.fromKm, km) << s.id.toStdString();
        km = s.toKm;
    }
    EXPECT_DOUBLE_EQ(km, d.frontierLine().lengthKm());
    EXPECT_NEAR(d.frontierLine().lengthKm(), 599, 2); // "a 599 km border"
    // Every crossing lies in the sector of its name (al-Qaim in the Euphrates valley, …).
    const auto sectorOf = [&](const char* crossing) {
        const double km = d.feature(d.featureIndex(QLatin1String(crossing))).fromKm;
        for (const FrontierFeature& s : d.sectors())
            if (s.fromKm <= km && km < s.toKm)
                return s.id;
        return QString();
    };
    EXPECT_EQ(sectorOf("walid-tanf"), QStringLiteral("tanf-zone"));
    EXPECT_EQ(sectorOf("qaim-albukamal"), QStringLiteral("euphrates-south"));
    EXPECT_EQ(sectorOf("rabia-yarubiyah"), QStringLiteral("rabia"));
    EXPECT_EQ(sectorOf("fayshkhabur-semalka"), QStringLiteral("tigris"));
}

} // namespace
