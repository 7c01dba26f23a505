#include "ColumnBuilder.h"

namespace frontier {

void ColumnBuilder::add(Overlay::Column& column, std::string_view text)
{
    if (!column.kept)
        return;
    if (!m_ids.empty() && text == m_last) {
        column.index.push_back(m_lastId);
        return;
    }
    auto it = m_ids.find(text);
    if (it == m_ids.end()) {
        if (m_ids.size() >= m_maxDistinct) {
            column.kept = false;
            column.values.clear();
            column.index = {};
            m_ids = {};
            return;
        }
        it = m_ids.emplace(std::string(text), static_cast<std::uint32_t>(m_ids.size())).first;
        column.values.push_back(
            QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())));
    }
    m_last = it->first;
    m_lastId = it->second;
    column.index.push_back(it->second);
}

} // namespace frontier
