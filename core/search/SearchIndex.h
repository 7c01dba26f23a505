#pragma once

#include "SearchEntry.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace frontier {

class Dataset;

/// How a name matched what was typed, best first.
enum class MatchQuality { Exact, Prefix, Substring, Fuzzy };

/// \brief One entry found by SearchIndex::find.
struct SearchMatch {
    int entry = -1; ///< index into SearchIndex::entries()
    MatchQuality quality = MatchQuality::Exact;
    int distance = 0; ///< edits a fuzzy match needed
};

/// \brief Every crossing, sector, place, dated area and event of a dataset by its normalised names,
/// found by exact, prefix, substring or near (a typo or two) match.
class SearchIndex {
public:
    SearchIndex() = default;
    explicit SearchIndex(const Dataset& dataset);
    explicit SearchIndex(std::vector<SearchEntry> entries);

    const std::vector<SearchEntry>& entries() const { return m_entries; }
    /// At most `limit` matches for `text`, best first: crossings and places, then sectors and
    /// areas, then events; within each, exact, prefix (of a word), substring, fuzzy (fewest edits
    /// first), then dataset order.
    std::vector<SearchMatch> find(const QString& text, int limit) const;
    /// The restricted Damerau–Levenshtein distance of `a` and `b`, or bound + 1 when above `bound`.
    static int distance(QStringView a, QStringView b, int bound);

private:
    struct Keys {
        QStringList phrases;    ///< SearchText::key of each name
        QStringList compact;    ///< the phrases without spaces ("abu kamal" -> "abukamal")
        std::vector<int> words; ///< indices into m_words
    };
    std::vector<SearchEntry> m_entries;
    std::vector<Keys> m_keys;
    QStringList m_words; ///< every distinct word of every name
};

} // namespace frontier
