#include "SearchIndex.h"

#include "SearchText.h"
#include "io/AliasField.h"
#include "model/Dataset.h"

#include <algorithm>
#include <array>
#include <tuple>

namespace frontier {
namespace {

constexpr int kNoMatch = -1;

// Typos tolerated in a typed word: none below 4 letters, 1 up to 7, 2 from 8.
int typoBound(qsizetype letters)
{
    return letters < 4 ? 0 : letters < 8 ? 1 : 2;
}

// Crossings and places first; then sectors and areas, which are named after the same towns (an
// analyst typing "Tanf" wants the crossing before the sector and the zone); events last.
int tier(SearchEntry::Kind kind)
{
    switch (kind) {
    case SearchEntry::Kind::Crossing:
    case SearchEntry::Kind::Place:
        return 0;
    case SearchEntry::Kind::Sector:
    case SearchEntry::Kind::Area:
        return 1;
    case SearchEntry::Kind::Event:
        break;
    }
    return 2;
}

std::vector<SearchEntry> entriesOf(const Dataset& d)
{
    std::vector<SearchEntry> out;
    for (int i = 0; i < static_cast<int>(d.features().size()); ++i) {
        const FrontierFeature& f = d.feature(i);
        QStringList names{f.displayName(), f.displayNameAr(), f.id};
        for (const FrontierFeature::SideInfo& s : f.sides)
            names << s.name << s.nameAr << s.nameKu;
        names.removeAll(QString()); // a sector's sides have no names of their own
        const bool crossing = f.isCrossing();
        const QString label =
            crossing ? QStringLiteral("Crossing: %1 (%2)") : QStringLiteral("Sector: %1 (%2)");
        out.push_back({crossing ? SearchEntry::Kind::Crossing : SearchEntry::Kind::Sector,
                       label.arg(f.displayName(), f.displayNameAr()), names + f.aliases, i, -1,
                       f.point, std::nullopt, -1});
    }
    const VectorLayer& places = d.layer(BaseLayer::Places);
    for (const Feature& f : places.features) {
        if (f.parts.empty() || f.parts.front().empty())
            continue;
        const QString name = f.attribute(QStringLiteral("name")),
                      nameAr = f.attribute(QStringLiteral("name_ar"));
        QStringList names{name, nameAr, f.attribute(QStringLiteral("name_ku"))};
        names.removeAll(QString()); // most places have no Kurmanji name
        LoadProblems checkedAtLoad;
        out.push_back({SearchEntry::Kind::Place, QStringLiteral("Place: %1 (%2)").arg(name, nameAr),
                       names + AliasField::read(f, places.file, checkedAtLoad), -1, -1,
                       f.parts.front().front(), std::nullopt, -1});
    }
    for (int index = 0; index < static_cast<int>(d.areas().size()); ++index) {
        const DatedArea& a = d.areas()[static_cast<std::size_t>(index)];
        out.push_back({SearchEntry::Kind::Area,
                       QStringLiteral("Area: %1 (%2)").arg(a.name, a.nameAr),
                       QStringList{a.name, a.nameAr, a.id}, -1, -1, a.point, std::nullopt, index});
    }
    for (int index = 0; index < static_cast<int>(d.events().size()); ++index) {
        const Event& e = d.events()[static_cast<std::size_t>(index)];
        QStringList names{e.id, e.summary};
        std::optional<GeoPoint> point = e.point;
        if (e.feature >= 0) {
            const FrontierFeature& c = d.feature(e.feature);
            names << c.displayName() << c.displayNameAr() << c.aliases;
            if (!point)
                point = c.point;
        }
        out.push_back({SearchEntry::Kind::Event,
                       QStringLiteral("Event %1: %2").arg(e.date.toString(), e.summary.left(90)),
                       names, e.feature, index, point, e.date.firstDay(), -1});
    }
    return out;
}

MatchQuality literalMatch(const QString& phrase, const QString& typed)
{
    if (phrase == typed)
        return MatchQuality::Exact;
    const qsizetype at = phrase.indexOf(typed);
    if (at < 0)
        return MatchQuality::Fuzzy;
    if (at == 0 || phrase.at(at - 1) == QLatin1Char(' '))
        return MatchQuality::Prefix;
    return MatchQuality::Substring;
}

} // namespace

SearchIndex::SearchIndex(const Dataset& dataset) : SearchIndex(entriesOf(dataset)) {}

SearchIndex::SearchIndex(std::vector<SearchEntry> entries) : m_entries(std::move(entries))
{
    QHash<QString, int> wordIndex;
    m_keys.reserve(m_entries.size());
    for (const SearchEntry& e : m_entries) {
        Keys k;
        for (const QString& name : e.names) {
            const QStringList words = SearchText::tokens(name);
            if (words.isEmpty())
                continue;
            k.phrases << words.join(QLatin1Char(' '));
            k.compact << words.join(QString());
            for (const QString& w : words) {
                auto it = wordIndex.find(w);
                if (it == wordIndex.end()) {
                    it = wordIndex.insert(w, static_cast<int>(m_words.size()));
                    m_words << w;
                }
                k.words.push_back(*it);
            }
        }
        std::sort(k.words.begin(), k.words.end());
        k.words.erase(std::unique(k.words.begin(), k.words.end()), k.words.end());
        m_keys.push_back(std::move(k));
    }
}

int SearchIndex::distance(QStringView a, QStringView b, int bound)
{
    constexpr qsizetype kMax = 64;
    if (std::abs(a.size() - b.size()) > bound || a.size() > kMax || b.size() > kMax)
        return bound + 1;
    // Three rows of the optimal-string-alignment table: i-2, i-1 and i.
    std::array<std::array<int, kMax + 1>, 3> rows{};
    for (qsizetype j = 0; j <= b.size(); ++j)
        rows[1][static_cast<std::size_t>(j)] = static_cast<int>(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        auto& row = rows[static_cast<std::size_t>((i + 1) % 3)];
        const auto& prev = rows[static_cast<std::size_t>(i % 3)];
        const auto& prev2 = rows[static_cast<std::size_t>((i + 2) % 3)];
        row[0] = static_cast<int>(i);
        int rowMin = row[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const auto uj = static_cast<std::size_t>(j);
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({prev[uj] + 1, row[uj - 1] + 1, prev[uj - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, prev2[uj - 2] + 1);
            row[uj] = d;
            rowMin = std::min(rowMin, d);
        }
        if (rowMin > bound)
            return bound + 1;
    }
    const int d =
        rows[static_cast<std::size_t>((a.size() + 1) % 3)][static_cast<std::size_t>(b.size())];
    return std::min(d, bound + 1);
}

std::vector<SearchMatch> SearchIndex::find(const QString& text, int limit) const
{
    const QStringList typedWords = SearchText::tokens(text);
    if (typedWords.isEmpty() || limit <= 0)
        return {};
    const QString typed = typedWords.join(QLatin1Char(' '));

    // For each typed word, the edits to each known word within that word's bound.
    std::vector<std::vector<int>> wordDistance(
        static_cast<std::size_t>(typedWords.size()),
        std::vector<int>(static_cast<std::size_t>(m_words.size()), kNoMatch));
    for (qsizetype t = 0; t < typedWords.size(); ++t) {
        const int bound = typoBound(typedWords[t].size());
        for (qsizetype w = 0; w < m_words.size(); ++w) {
            const int d = distance(typedWords[t], m_words[w], bound);
            if (d <= bound)
                wordDistance[static_cast<std::size_t>(t)][static_cast<std::size_t>(w)] = d;
        }
    }
    const QString compact = QString(typed).remove(QLatin1Char(' '));
    const int compactBound = typoBound(compact.size());

    std::vector<SearchMatch> matches;
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        const Keys& k = m_keys[i];
        SearchMatch best{static_cast<int>(i), MatchQuality::Fuzzy, compactBound + 1};
        for (qsizetype p = 0; p < k.phrases.size(); ++p) {
            best.quality = std::min(best.quality, literalMatch(k.phrases[p], typed));
            if (best.quality == MatchQuality::Fuzzy)
                best.distance =
                    std::min(best.distance, distance(compact, k.compact[p], compactBound));
        }
        if (best.quality != MatchQuality::Fuzzy) {
            best.distance = 0;
            matches.push_back(best);
            continue;
        }
        // Every typed word near some word of the entry.
        int total = 0;
        for (const auto& perWord : wordDistance) {
            int nearest = kNoMatch;
            for (int w : k.words)
                if (perWord[static_cast<std::size_t>(w)] != kNoMatch &&
                    (nearest == kNoMatch || perWord[static_cast<std::size_t>(w)] < nearest))
                    nearest = perWord[static_cast<std::size_t>(w)];
            if (nearest == kNoMatch) {
                total = kNoMatch;
                break;
            }
            total += nearest;
        }
        if (total != kNoMatch)
            best.distance = std::min(best.distance, total);
        if (best.distance <= compactBound || total != kNoMatch)
            matches.push_back(best);
    }
    auto rank = [this](const SearchMatch& m) {
        return std::tuple(tier(m_entries[static_cast<std::size_t>(m.entry)].kind), m.quality,
                          m.distance, m.entry);
    };
    const auto end = matches.begin() +
                     std::min<std::ptrdiff_t>(limit, static_cast<std::ptrdiff_t>(matches.size()));
    std::partial_sort(
        matches.begin(), end, matches.end(),
        [&](const SearchMatch& a, const SearchMatch& b) { return rank(a) < rank(b); });
    matches.erase(end, matches.end());
    return matches;
}

} // namespace frontier
