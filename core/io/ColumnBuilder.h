#pragma once

#include "overlay/Overlay.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace frontier {

/// \brief Builds one column's dictionary (Overlay::Column) as a file is read: each distinct
/// value once. Past `maxDistinct` values the column is dropped, to be read back from the file on
/// identify.
class ColumnBuilder {
public:
    explicit ColumnBuilder(std::size_t maxDistinct = Overlay::kMaxDistinct)
        : m_maxDistinct(maxDistinct)
    {
    }
    void add(Overlay::Column& column, std::string_view text);

private:
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const
        {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::size_t m_maxDistinct;
    std::unordered_map<std::string, std::uint32_t, Hash, std::equal_to<>> m_ids;
    /// The last value added (a key of m_ids) and its index: columns often repeat the row
    /// above (one source, one actor, an empty tag), and comparing costs less than hashing.
    std::string_view m_last;
    std::uint32_t m_lastId = 0;
};

} // namespace frontier
