#pragma once

#include <QHash>
#include <QString>

#include <vector>

namespace frontier {

/// Each item's id → its index (the last one for an id met twice, which is a problem already).
template <typename T> QHash<QString, int> idIndex(const std::vector<T>& items)
{
    QHash<QString, int> index;
    index.reserve(static_cast<qsizetype>(items.size()));
    for (std::size_t i = 0; i < items.size(); ++i)
        index.insert(items[i].id, static_cast<int>(i));
    return index;
}

} // namespace frontier
