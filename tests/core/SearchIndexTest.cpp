#include "search/SearchIndex.h"
#include "TestData.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <ostream>

using namespace frontier;

namespace {

const SearchIndex& bundledIndex()
{
    static const SearchIndex index(*test::bundled());
    return index;
}

const SearchEntry& entry(const SearchMatch& m)
{
    return bundledIndex().entries()[static_cast<std::size_t>(m.entry)];
}

// The id of the first match's crossing when it is a crossing entry, else what it is.
std::string firstCrossing(const QString& typed)
{
    const auto found = bundledIndex().find(typed, 12);
    if (found.empty())
        return "(nothing)";
    const SearchEntry& e = entry(found.front());
    if (e.kind != SearchEntry::Kind::Crossing)
        return "(not a crossing: " + e.label.toStdString() + ")";
    return test::bundled()->feature(e.feature).id.toStdString();
}

struct Spelling {
    const char16_t* typed;
    const char* crossing;
};

void PrintTo(const Spelling& s, std::ostream* os)
{
    *os << QString::fromUtf16(s.typed).toStdString() << " -> " << s.crossing;
}

class EverySpelling : public ::testing::TestWithParam<Spelling> {};

TEST_P(EverySpelling, FindsTheCrossingFirst)
{
    EXPECT_EQ(firstCrossing(QString::fromUtf16(GetParam().typed)), GetParam().crossing);
}

INSTANTIATE_TEST_SUITE_P(
    SearchIndexTest, EverySpelling,
    ::testing::Values(
        Spelling{u"Abu Kamal", "qaim-albukamal"}, Spelling{u"Boukamal", "qaim-albukamal"},
        Spelling{u"Bukamal", "qaim-albukamal"}, Spelling{u"Al-Bukamal", "qaim-albukamal"},
        Spelling{u"albu kamal", "qaim-albukamal"}, Spelling{u"البوكمال", "qaim-albukamal"},
        Spelling{u"أبو كمال", "qaim-albukamal"}, Spelling{u"ابو كمال", "qaim-albukamal"},
        Spelling{u"Qaim", "qaim-albukamal"}, Spelling{u"Al Qa'im", "qaim-albukamal"},
        Spelling{u"القائم", "qaim-albukamal"}, Spelling{u"القايم", "qaim-albukamal"},
        Spelling{u"Waleed", "walid-tanf"}, Spelling{u"al-Waleed", "walid-tanf"},
        Spelling{u"الوليد", "walid-tanf"}, Spelling{u"Tanf", "walid-tanf"},
        Spelling{u"at-Tanf", "walid-tanf"}, Spelling{u"التنف", "walid-tanf"},
        Spelling{u"Yaarubiyah", "rabia-yarubiyah"}, Spelling{u"Tal Kocher", "rabia-yarubiyah"},
        Spelling{u"Tel Kocher", "rabia-yarubiyah"}, Spelling{u"til kocer", "rabia-yarubiyah"},
        Spelling{u"Til Koçer", "rabia-yarubiyah"}, Spelling{u"تل كوجر", "rabia-yarubiyah"},
        Spelling{u"اليعربية", "rabia-yarubiyah"}, Spelling{u"Rabiaa", "rabia-yarubiyah"},
        Spelling{u"Rabiah", "rabia-yarubiyah"}, Spelling{u"ربيعة", "rabia-yarubiyah"},
        Spelling{u"ربيعه", "rabia-yarubiyah"}, Spelling{u"Fishkhabour", "fayshkhabur-semalka"},
        Spelling{u"Peshkhabour", "fayshkhabur-semalka"},
        Spelling{u"Pêşxabûr", "fayshkhabur-semalka"}, Spelling{u"فيشخابور", "fayshkhabur-semalka"},
        Spelling{u"Simalka", "fayshkhabur-semalka"}, Spelling{u"Sêmalka", "fayshkhabur-semalka"},
        Spelling{u"سيمالكا", "fayshkhabur-semalka"}));

TEST(SearchIndexTest, WaleedFindsTheCrossingAboveItsEvents)
{
    const auto found = bundledIndex().find(QStringLiteral("Waleed"), 50);
    ASSERT_GE(found.size(), 2u);
    EXPECT_EQ(entry(found[0]).kind, SearchEntry::Kind::Crossing);
    EXPECT_EQ(found[0].quality, MatchQuality::Exact);
    EXPECT_TRUE(std::any_of(found.begin() + 1, found.end(), [](const SearchMatch& m) {
        return entry(m).kind == SearchEntry::Kind::Event;
    }));
    const auto firstEvent = std::find_if(found.begin(), found.end(), [](const SearchMatch& m) {
        return entry(m).kind == SearchEntry::Kind::Event;
    });
    EXPECT_TRUE(std::none_of(firstEvent, found.end(), [](const SearchMatch& m) {
        return entry(m).kind != SearchEntry::Kind::Event;
    }));
}

TEST(SearchIndexTest, OneTypoStillFindsTheCrossing)
{
    EXPECT_EQ(firstCrossing(QStringLiteral("Semalak")), "fayshkhabur-semalka"); // a transposition
    EXPECT_EQ(firstCrossing(QStringLiteral("Yarubiyha")), "rabia-yarubiyah");
    EXPECT_EQ(firstCrossing(QStringLiteral("Walld")), "walid-tanf"); // a substitution
    const auto found = bundledIndex().find(QStringLiteral("Semalak"), 1);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found[0].quality, MatchQuality::Fuzzy);
    EXPECT_EQ(found[0].distance, 1);
}

TEST(SearchIndexTest, ShortWordsAreNotGuessed)
{
    // Three letters tolerate no typo ("Qam" is not "Qaim"); ten tolerate two, not three.
    EXPECT_EQ(firstCrossing(QStringLiteral("Qam")), "(nothing)");
    EXPECT_EQ(firstCrossing(QStringLiteral("Semalkaxxx")), "(nothing)");
}

TEST(SearchIndexTest, ArabicWithAndWithoutHamzaFindsTheSame)
{
    EXPECT_EQ(firstCrossing(QStringLiteral("أبو كمال")), firstCrossing(QStringLiteral("ابو كمال")));
    EXPECT_EQ(firstCrossing(QStringLiteral("القائم")), firstCrossing(QStringLiteral("القايم")));
}

TEST(SearchIndexTest, RanksExactPrefixSubstringThenFuzzyWithinAKind)
{
    auto named = [](SearchEntry::Kind kind, const char* label, const char* name) {
        SearchEntry e;
        e.kind = kind;
        e.label = QString::fromLatin1(label);
        e.names = {QString::fromLatin1(name)};
        return e;
    };
    using K = SearchEntry::Kind;
    const SearchIndex index(
        {named(K::Place, "fuzzy", "Kamol"), named(K::Place, "substring", "Albukamal"),
         named(K::Place, "prefix", "Kamal Street"), named(K::Event, "event", "Kamal"),
         named(K::Place, "exact", "Kamal"), named(K::Place, "other", "Mosul")});
    std::vector<std::string> order;
    for (const SearchMatch& m : index.find(QStringLiteral("kamal"), 10))
        order.push_back(index.entries()[static_cast<std::size_t>(m.entry)].label.toStdString());
    EXPECT_EQ(order, (std::vector<std::string>{"exact", "prefix", "substring", "fuzzy", "event"}));
    EXPECT_EQ(index.find(QStringLiteral("kamal"), 2).size(), 2u);
}

TEST(SearchIndexTest, DistanceCountsATranspositionAsOneEdit)
{
    EXPECT_EQ(SearchIndex::distance(u"semalka", u"semalak", 2), 1);
    EXPECT_EQ(SearchIndex::distance(u"kocer", u"kocher", 2), 1);
    EXPECT_EQ(SearchIndex::distance(u"abc", u"abc", 0), 0);
    EXPECT_EQ(SearchIndex::distance(u"abcdef", u"badcfe", 2), 3); // above the bound: bound + 1
    EXPECT_EQ(SearchIndex::distance(u"a", u"abcd", 1), 2);
}

} // namespace

namespace {

// The ids of what `typed` finds of one kind, best first.
std::vector<std::string> found(const QString& typed, SearchEntry::Kind kind)
{
    std::vector<std::string> ids;
    const Dataset& d = *test::bundled();
    for (const SearchMatch& m : bundledIndex().find(typed, 12)) {
        const SearchEntry& e = entry(m);
        if (e.kind != kind)
            continue;
        ids.push_back(kind == SearchEntry::Kind::Area
                          ? d.areas()[static_cast<std::size_t>(e.area)].id.toStdString()
                          : d.feature(e.feature).id.toStdString());
    }
    return ids;
}

bool contains(const std::vector<std::string>& ids, const char* id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

} // namespace

TEST(SearchIndexTest, FindsSectorsByNameArabicNameAliasAndId)
{
    using K = SearchEntry::Kind;
    EXPECT_TRUE(contains(found(QStringLiteral("Sinjar"), K::Sector), "sinjar-north"));
    EXPECT_EQ(found(QStringLiteral("Baghuz"), K::Sector).front(), "euphrates-north");
    EXPECT_EQ(found(QStringLiteral("الباغوز"), K::Sector).front(), "euphrates-north");
    EXPECT_EQ(found(QStringLiteral("Khanasor"), K::Sector).front(), "sinjar-north");
    EXPECT_EQ(found(QStringLiteral("sinjar-north"), K::Sector).front(), "sinjar-north");
    // A sector's entry goes to its middle point.
    const auto match = bundledIndex().find(QStringLiteral("Baghuz"), 12);
    const auto sector = std::find_if(match.begin(), match.end(), [](const SearchMatch& m) {
        return entry(m).kind == SearchEntry::Kind::Sector;
    });
    ASSERT_NE(sector, match.end());
    const FrontierFeature& f = test::bundled()->feature(entry(*sector).feature);
    ASSERT_TRUE(entry(*sector).point.has_value());
    EXPECT_EQ(entry(*sector).point->lon, f.point.lon);
    EXPECT_EQ(entry(*sector).point->lat, f.point.lat);
}

// Kurmanji names (name_ku, name_iq_ku, name_sy_ku in the data) find their place and crossing.
TEST(SearchIndexTest, FindsKurmanjiNames)
{
    const auto first = [](const QString& typed) {
        const std::vector<SearchMatch> matches = bundledIndex().find(typed, 5);
        return matches.empty() ? QString() : entry(matches.front()).label;
    };
    EXPECT_TRUE(first(QStringLiteral("Heseke")).startsWith(QStringLiteral("Place: Hasakah")));
    EXPECT_TRUE(contains(found(QStringLiteral("Sêmalka"), SearchEntry::Kind::Crossing),
                         "fayshkhabur-semalka"));
    EXPECT_TRUE(contains(found(QStringLiteral("Pesxabur"), SearchEntry::Kind::Crossing),
                         "fayshkhabur-semalka"));
}

TEST(SearchIndexTest, FindsDatedAreasByName)
{
    using K = SearchEntry::Kind;
    EXPECT_EQ(found(QStringLiteral("Rukban"), K::Area),
              std::vector<std::string>{"area-rukban-camp"});
    EXPECT_EQ(found(QStringLiteral("مخيم الركبان"), K::Area),
              std::vector<std::string>{"area-rukban-camp"});
    EXPECT_TRUE(
        contains(found(QStringLiteral("de-confliction zone"), K::Area), "area-tanf-55km-zone"));
    // "Rukban" is also an alias of the al-Tanf sector.
    EXPECT_TRUE(contains(found(QStringLiteral("Rukban"), K::Sector), "tanf-zone"));
}

TEST(SearchIndexTest, ACrossingRanksAboveTheSectorNamedAfterIt)
{
    const auto match = bundledIndex().find(QStringLiteral("Tanf"), 12);
    ASSERT_GE(match.size(), 2u);
    EXPECT_EQ(entry(match[0]).kind, SearchEntry::Kind::Crossing);
    EXPECT_TRUE(contains(found(QStringLiteral("Tanf"), SearchEntry::Kind::Sector), "tanf-zone"));
}
