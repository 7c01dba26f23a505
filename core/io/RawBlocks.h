#pragma once

#include <QDataStream>
#include <QIODevice>

#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <vector>

namespace frontier::RawBlocks {

/// Writes `v` as its length and its bytes, as they are in memory: for the cache's entries, read
/// back by the same build on the same machine.
template <class T> void write(QDataStream& out, const std::vector<T>& v)
{
    static_assert(std::is_trivially_copyable_v<T>);
    out << quint64(v.size());
    out.writeRawData(reinterpret_cast<const char*>(v.data()),
                     static_cast<qsizetype>(v.size() * sizeof(T)));
}

/// Reads what write() wrote; false, never reading past the end, when the bytes are too few.
template <class T> bool read(QDataStream& in, std::vector<T>& v)
{
    quint64 n = 0;
    in >> n;
    if (in.status() != QDataStream::Ok || n > quint64(in.device()->bytesAvailable()) / sizeof(T))
        return false;
    v.resize(n);
    const auto bytes = static_cast<qsizetype>(n * sizeof(T));
    return in.readRawData(reinterpret_cast<char*>(v.data()), bytes) == bytes;
}

/// True when `starts` splits `count` items into runs (parts into vertices, cells into features):
/// from 0, in order, ending at `count`; what read back may be indexed with.
inline bool areStarts(const std::vector<std::uint32_t>& starts, std::size_t count)
{
    return !starts.empty() && starts.front() == 0 && starts.back() == count &&
           std::is_sorted(starts.begin(), starts.end());
}

} // namespace frontier::RawBlocks
