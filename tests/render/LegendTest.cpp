#include "render/decorations/Legend.h"
#include "RenderTest.h"
#include "render/SymbolPainter.h"

#include <algorithm>

using namespace frontier;

namespace {

using LegendTest = test::RenderTest;
using Kind = Legend::Entry::Kind;

std::vector<Legend::Entry> entriesAt(const Timeline& t, Date date)
{
    std::vector<FeatureState> states;
    t.stateAt(date, states);
    return Legend::entries(t.dataset(), states);
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

} // namespace
