// What changed between two dates, on the "sectors" fixture (crossings alpha and beta, their
// control events mirrored on sectors south and north, a zone and a camp) and on the bundled data.
#include "report/ChangeList.h"
#include "SectorsFixture.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace frontier;

namespace {

class ChangeListTest : public test::SectorsFixture {
protected:
    static std::vector<Change> between(Date from, Date to)
    {
        return ChangeList::between(timeline(), from, to);
    }
    // The one change of `kind` on `subject` (a feature id, or an area id), or nullptr.
    static const Change* find(const std::vector<Change>& changes, const char* subject,
                              Change::Kind kind, Side side = Side::IQ)
    {
        const auto it = std::find_if(changes.begin(), changes.end(), [&](const Change& c) {
            const QString id =
                c.isArea() ? data().areas()[std::size_t(c.area)].id : data().feature(c.feature).id;
            return id == QLatin1String(subject) && c.kind == kind &&
                   (kind != Change::Kind::Control || c.side == side);
        });
        return it == changes.end() ? nullptr : &*it;
    }
    static int actor(const char* id) { return data().actorIndex(QLatin1String(id)); }
    static int event(const char* id) { return data().eventIndex(QLatin1String(id)); }
};

TEST_F(ChangeListTest, StatusAndControlChangesCarryTheEventBehindTheLaterStateAndTheWayThere)
{
    const auto changes = between(Date::fromYmd(2013, 1, 1), Date::fromYmd(2019, 9, 30));
    const Change* status = find(changes, "alpha", Change::Kind::Status);
    ASSERT_NE(status, nullptr);
    EXPECT_EQ(status->statusBefore, CrossingStatus::Closed);
    EXPECT_EQ(status->statusAfter, CrossingStatus::Open);
    EXPECT_EQ(status->event, event("d-2019-09-30-open"));
    EXPECT_EQ(status->since, Date::fromYmd(2019, 9, 30));
    EXPECT_EQ(status->path,
              (std::vector<int>{event("d-2017-11-restricted"), event("d-2019-09-30-open")}));

    const Change* iq = find(changes, "alpha", Change::Kind::Control, Side::IQ);
    ASSERT_NE(iq, nullptr);
    EXPECT_EQ(iq->before, (Holder{actor("iraq"), {}}));
    EXPECT_EQ(iq->after, (Holder{actor("iraq"), {actor("pmf")}})); // a co-holder is a change
    EXPECT_EQ(iq->event, event("d-iq-2017-11-03-iraq"));
    EXPECT_EQ(iq->path,
              (std::vector<int>{event("d-iq-2014-06-21-isis"), event("d-iq-2017-11-03-iraq")}));
    EXPECT_EQ(ChangeList::describe(data(), *iq).toStdString(),
              "Alpha East / Alpha West, Iraqi side: Iraq → Iraq with PMF");
    EXPECT_EQ(ChangeList::sources(data(), *iq), data().events()[std::size_t(iq->event)].sources);

    const Change* sy = find(changes, "alpha", Change::Kind::Control, Side::SY);
    ASSERT_NE(sy, nullptr);
    EXPECT_EQ(sy->after, (Holder{actor("isis"), {}}));
}

TEST_F(ChangeListTest, ASectorChangesAsItsMirroredCrossingAndSaysItIsASector)
{
    const auto changes = between(Date::fromYmd(2013, 1, 1), Date::fromYmd(2019, 9, 30));
    for (const Side side : kSides) {
        const Change* crossing = find(changes, "alpha", Change::Kind::Control, side);
        const Change* sector = find(changes, "south", Change::Kind::Control, side);
        ASSERT_NE(crossing, nullptr);
        ASSERT_NE(sector, nullptr);
        EXPECT_EQ(sector->before, crossing->before);
        EXPECT_EQ(sector->after, crossing->after);
        EXPECT_EQ(sector->since, crossing->since);
        EXPECT_EQ(sector->path.size(), crossing->path.size());
    }
    EXPECT_EQ(find(changes, "south", Change::Kind::Status), nullptr); // sectors have no status
    EXPECT_TRUE(ChangeList::describe(data(), *find(changes, "south", Change::Kind::Control))
                    .startsWith(QStringLiteral("South stretch sector (km 0–")));
}

TEST_F(ChangeListTest, WhatChangedAndChangedBackIsNotAChange)
{
    // alpha closed on 2024-12-08 and reopened on 2025-06-14.
    const auto changes = between(Date::fromYmd(2024, 6, 1), Date::fromYmd(2025, 12, 1));
    EXPECT_EQ(find(changes, "alpha", Change::Kind::Status), nullptr);
    EXPECT_TRUE(between(Date::fromYmd(2016, 3, 3), Date::fromYmd(2016, 3, 3)).empty());
}

TEST_F(ChangeListTest, KnowledgeThatLapsesIsAChangeToUnknownWithNoEvent)
{
    // beta's Iraqi side is Iraq from 2013-05-01 through 2013-12-31 only.
    const auto changes = between(Date::fromYmd(2013, 6, 1), Date::fromYmd(2014, 6, 1));
    const Change* iq = find(changes, "beta", Change::Kind::Control, Side::IQ);
    ASSERT_NE(iq, nullptr);
    EXPECT_EQ(iq->before.controller, actor("iraq"));
    EXPECT_EQ(iq->after.controller, -1);
    EXPECT_EQ(iq->event, -1);
    EXPECT_TRUE(iq->path.empty());
    EXPECT_TRUE(ChangeList::sources(data(), *iq).empty());
}

TEST_F(ChangeListTest, AreasThatBeganEndedOrCameAndWent)
{
    // The zone holds from 2017-05 to 2019-12-31; the camp from 2014 on.
    const auto began = between(Date::fromYmd(2016, 1, 1), Date::fromYmd(2018, 1, 1));
    ASSERT_NE(find(began, "zone", Change::Kind::AreaBegan), nullptr);
    EXPECT_EQ(find(began, "zone", Change::Kind::AreaBegan)->since,
              Date::fromYmd(2017, 5, 1, Date::Precision::Month));
    EXPECT_EQ(find(began, "camp", Change::Kind::AreaBegan), nullptr); // held on both dates
    const Change* zone = find(began, "zone", Change::Kind::AreaBegan);
    EXPECT_EQ(ChangeList::sources(data(), *zone), data().areas()[std::size_t(zone->area)].sources);
    const auto ended = between(Date::fromYmd(2018, 1, 1), Date::fromYmd(2021, 1, 1));
    ASSERT_NE(find(ended, "zone", Change::Kind::AreaEnded), nullptr);
    EXPECT_EQ(find(ended, "zone", Change::Kind::AreaEnded)->since, Date::fromYmd(2019, 12, 31));
    const auto both = between(Date::fromYmd(2013, 1, 1), Date::fromYmd(2021, 1, 1));
    EXPECT_NE(find(both, "zone", Change::Kind::AreaBetween), nullptr);
    EXPECT_NE(find(both, "camp", Change::Kind::AreaBegan), nullptr);
}

// The bundled data: al-Qaim reopened on 30 September 2019 after the 2017 battles (AFP, Asharq
// al-Awsat and Kurdistan 24 of that day), and the al-Tanf 55 km zone dates from May 2017 (CENTCOM
// of 18 May 2017).
TEST(ChangeListBundledTest, AlQaimReopenedAndTheTanfZoneBeganBetween2017And2019)
{
    const Timeline timeline(test::bundled());
    const Dataset& d = timeline.dataset();
    const auto changes =
        ChangeList::between(timeline, Date::fromYmd(2017, 1, 1), Date::fromYmd(2019, 9, 30));
    const auto has = [&](const QString& text) {
        return std::any_of(changes.begin(), changes.end(),
                           [&](const Change& c) { return ChangeList::describe(d, c) == text; });
    };
    EXPECT_TRUE(has(QStringLiteral("al-Qaim / Albu Kamal: closed → open")));
    EXPECT_TRUE(has(QStringLiteral("al-Tanf 55 km de-confliction zone began")));
}

} // namespace
