#include "render/decorations/Legend.h"
#include "RenderTest.h"
#include "render/SymbolPainter.h"

#include <algorithm>
#include <set>
#include <span>

using namespace frontier;

namespace {

using LegendTest = test::RenderTest;
using Kind = Legend::Entry::Kind;

// The legend's rows at `date` with the layers in `layers` (default: the crossings alone).
std::vector<Legend::Entry> entriesAt(const Timeline& t, Date date,
                                     unsigned layers = static_cast<unsigned>(MapLayerId::Crossings))
{
    std::vector<FeatureState> states;
    t.stateAt(date, states);
    MapSettings settings;
    settings.date = date;
    settings.layers = layers;
    return Legend::entries(t.dataset(), states, settings);
}

TEST_F(LegendTest, ListsWhatTheMapDrawsAtTheDate)
{
    const Dataset& d = renderer.timeline().dataset();
    const auto actor = [&](const char* id) { return d.actorIndex(QString::fromLatin1(id)); };
    // 30 September 2019: PMF alongside Iraq and the Syrian government at al-Qaim, the coalition
    // alongside the opposition at al-Tanf; no side unknown.
    const std::vector<Legend::Entry> expected{
        {Kind::Heading, QStringLiteral("Crossing status")},
        {Kind::Status, QStringLiteral("Open"), int(CrossingStatus::Open)},
        {Kind::Status, QStringLiteral("Restricted"), int(CrossingStatus::Restricted)},
        {Kind::Status, QStringLiteral("Closed"), int(CrossingStatus::Closed)},
        {Kind::Status, QStringLiteral("Unknown"), int(CrossingStatus::Unknown)},
        {Kind::Heading, QStringLiteral("Held by (disc: west SY, east IQ)")},
        {Kind::Controller, QStringLiteral("Iraq"), actor("iraq")},
        {Kind::Controller, QStringLiteral("KRG"), actor("krg")},
        {Kind::Controller, QStringLiteral("Syrian gov."), actor("syria-gov")},
        {Kind::Controller, QStringLiteral("Syrian opposition"), actor("syrian-opposition")},
        {Kind::Controller, QStringLiteral("SDF"), actor("sdf")},
        {Kind::Heading, QStringLiteral("Alongside (dot on that side)")},
        {Kind::CoHolder, QStringLiteral("PMF"), actor("pmf")},
        {Kind::CoHolder, QStringLiteral("Coalition"), actor("coalition")},
        {Kind::Heading, QStringLiteral("Marks")},
        {Kind::Mark, QStringLiteral("Date known to month or year"),
         int(SymbolPainter::Mark::Approximate)},
        {Kind::Mark, QStringLiteral("Disputed: sources disagree"),
         int(SymbolPainter::Mark::Disputed)},
        {Kind::Heading, QStringLiteral("Map")},
        {Kind::Frontier, QStringLiteral("Iraq–Syria boundary")},
        {Kind::River, QStringLiteral("River")},
    };
    EXPECT_EQ(entriesAt(renderer.timeline(), Date::fromYmd(2019, 9, 30)), expected);
}

TEST_F(LegendTest, NamesUnknownSidesAndLeavesOutCoHoldersWhenNoneIsDrawn)
{
    // 1 January 2012, before any source covers most sides.
    const auto entries = entriesAt(renderer.timeline(), Date::fromYmd(2012, 1, 1));
    const auto has = [&](Kind kind) {
        return std::any_of(entries.begin(), entries.end(),
                           [&](const Legend::Entry& e) { return e.kind == kind; });
    };
    EXPECT_TRUE(has(Kind::Unknown));
    EXPECT_FALSE(has(Kind::CoHolder));
}

TEST_F(LegendTest, ListsAControllerSeenOnlyOnASectorRibbon)
{
    const Timeline& t = renderer.timeline();
    const Dataset& d = t.dataset();
    // A date and an actor holding a sector's side but no crossing's, looked for month by month.
    std::vector<FeatureState> states;
    for (Date date = Date::fromYmd(2012, 1, 1); date < Date::fromYmd(2025, 1, 1);
         date = date.addDays(30)) {
        t.stateAt(date, states);
        std::set<int> onCrossings;
        for (const FeatureState& s : std::span(states).first(d.crossings().size()))
            for (const SideState& side : s.sides)
                onCrossings.insert(side.controller);
        for (const FeatureState& s : std::span(states).subspan(d.crossings().size()))
            for (const SideState& side : s.sides) {
                const int a = side.controller;
                if (a < 0 || a == d.unknownActor() || onCrossings.contains(a))
                    continue;
                const Legend::Entry row{Kind::Controller, d.actors()[std::size_t(a)].shortName, a};
                const auto withRibbons = entriesAt(t, date, kAllLayers);
                const auto crossingsOnly = entriesAt(t, date);
                EXPECT_NE(std::find(withRibbons.begin(), withRibbons.end(), row),
                          withRibbons.end());
                EXPECT_EQ(std::find(crossingsOnly.begin(), crossingsOnly.end(), row),
                          crossingsOnly.end());
                return;
            }
    }
    FAIL() << "no actor holds a sector's side without holding a crossing's";
}

TEST_F(LegendTest, ListsTheDatedAreasShownAtTheDate)
{
    const Dataset& d = renderer.timeline().dataset();
    ASSERT_FALSE(d.areas().empty());
    const DatedArea& area = d.areas().front();
    const Legend::Entry row{Kind::Area, area.name, 0};
    const auto at = [&](Date date) {
        const auto entries = entriesAt(renderer.timeline(), date, kAllLayers);
        return std::find(entries.begin(), entries.end(), row) != entries.end();
    };
    EXPECT_TRUE(at(area.start));
    EXPECT_FALSE(at(area.start.addDays(-1)));
}

TEST_F(LegendTest, EveryDatesRowsFitTheLegendsFixedArea)
{
    // The area is reserved whatever the date (labels keep off it), so the box never jitters
    // past it: every date's rows must fit, at full HD and at 720p.
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720)}) {
        MapSettings s = settings(Date::fromYmd(2012, 1, 1), size);
        const QRectF area = renderer.decorationArea(s, Decoration::Legend);
        for (Date date = Date::fromYmd(2011, 1, 1); date < Date::fromYmd(2026, 1, 1);
             date = date.addDays(15)) {
            const auto entries = entriesAt(renderer.timeline(), date, kAllLayers);
            // The first row is a heading, one text row tall, below the box's padding.
            const double top = Legend::symbolCentre(area, entries, 0).y() - 9 - 7;
            ASSERT_GE(top, area.top() - 0.01)
                << date.toString().toStdString() << " at " << size.width() << "x" << size.height()
                << ": " << entries.size() << " rows";
        }
    }
}

// Defect: on the window's map at 1366x768 (about 980x425) the legend ran up over the title. On a
// short map its short rows pair up and it shrinks a little; on every date it stays below the
// title.
TEST_F(LegendTest, OnAShortMapTheLegendStaysBelowTheTitle)
{
    for (const QSize size : {QSize(980, 425), QSize(1200, 520)}) {
        MapSettings s = settings(Date::fromYmd(2012, 1, 1), size);
        const QRectF area = renderer.decorationArea(s, Decoration::Legend);
        const double titleBottom = renderer.decorationArea(s, Decoration::Title).bottom();
        for (Date date = Date::fromYmd(2012, 1, 1); date < Date::fromYmd(2026, 1, 1);
             date = date.addDays(30)) {
            const auto entries = entriesAt(renderer.timeline(), date, kAllLayers);
            // The first row is a heading, one text row tall, below the box's padding.
            const double top = Legend::symbolCentre(area, entries, 0).y() - 9 - 7;
            ASSERT_GE(top, titleBottom)
                << date.toString().toStdString() << " at " << size.width() << "x" << size.height();
        }
    }
}

// A series draws every frame's legend in one box: as tall as its tallest date's rows, the rows
// at its top, so the first row and the box stay put from date to date, on a tall map and on a
// short one whose rows pair up.
TEST_F(LegendTest, ASeriesBoxHoldsEveryDatesRowsInOnePlace)
{
    std::vector<Date> dates;
    for (Date d = Date::fromYmd(2012, 1, 1); d < Date::fromYmd(2026, 1, 1); d = d.addDays(91))
        dates.push_back(d);
    for (const QSize size : {QSize(1280, 720), QSize(980, 425)}) {
        const MapSettings s = settings(dates.front(), size);
        const QRectF area = renderer.decorationArea(s, Decoration::Legend);
        const QSizeF box = Legend::seriesBox(renderer.timeline(), s, dates, area);
        ASSERT_FALSE(box.isEmpty());
        std::set<double> firstRows, lastRows;
        std::size_t fewest = 1000, most = 0;
        for (const Date date : dates) {
            const auto entries = entriesAt(renderer.timeline(), date, kAllLayers);
            fewest = std::min(fewest, entries.size());
            most = std::max(most, entries.size());
            firstRows.insert(Legend::symbolCentre(area, entries, 0, box).y());
            lastRows.insert(Legend::symbolCentre(area, entries, entries.size() - 1, box).y());
            EXPECT_LE(Legend::symbolCentre(area, entries, entries.size() - 1, box).y(),
                      area.bottom())
                << date.toString().toStdString();
        }
        EXPECT_LT(fewest, most) << "dates whose rows differ";
        EXPECT_EQ(firstRows.size(), 1u) << size.width() << "x" << size.height();
        EXPECT_GT(lastRows.size(), 1u) << "the last row still follows the date's rows";
    }
}

} // namespace
