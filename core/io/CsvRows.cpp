#include "CsvRows.h"

namespace frontier {
namespace {

constexpr qint64 kBlock = 8 << 20;     // reading the file through
constexpr qint64 kRowBlock = 64 << 10; // reading one row again (identify)

// The end of the row starting at `from` (its line break), or npos when `text` ends first.
std::size_t rowEnd(std::string_view text, std::size_t from)
{
    bool quoted = false;
    for (std::size_t i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            return i;
    }
    return std::string_view::npos;
}

} // namespace

CsvRows::CsvRows(const QString& path, std::uint64_t offset)
    : m_file(path), m_blockSize(offset == 0 ? kBlock : kRowBlock)
{
    if (!m_file.open(QIODevice::ReadOnly) || !m_file.seek(static_cast<qint64>(offset))) {
        m_file.close();
        return;
    }
    m_blockOffset = offset;
    fill();
    if (offset == 0 && m_block.starts_with("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool CsvRows::fill()
{
    m_block.erase(0, m_pos);
    m_blockOffset += m_pos;
    m_pos = 0;
    const std::size_t had = m_block.size();
    m_block.resize(had + static_cast<std::size_t>(m_blockSize));
    const qint64 n = m_file.read(m_block.data() + had, m_blockSize);
    m_block.resize(had + static_cast<std::size_t>(std::max<qint64>(n, 0)));
    m_end = n < m_blockSize;
    return n > 0;
}

bool CsvRows::next(std::vector<std::string_view>& fields)
{
    fields.clear();
    std::size_t end = rowEnd(m_block, m_pos);
    while (end == std::string_view::npos && !m_end) {
        fill(); // the row goes on past the block: read on, and look again from its start
        end = rowEnd(m_block, 0);
    }
    if (end == std::string_view::npos)
        end = m_block.size(); // the last row, without a line break
    if (m_pos >= end && m_pos >= m_block.size())
        return false;
    m_rowOffset = m_blockOffset + m_pos;
    std::string_view row(m_block.data() + m_pos, end - m_pos);
    m_pos = end + 1;
    if (row.ends_with('\r'))
        row.remove_suffix(1);
    m_unquoted.clear();
    m_unquoted.reserve(row.size()); // views into it stay valid: it never grows past this
    std::size_t i = 0;
    while (true) {
        if (i < row.size() && row[i] == '"') {
            const std::size_t start = m_unquoted.size();
            for (++i; i < row.size(); ++i) {
                if (row[i] != '"')
                    m_unquoted += row[i];
                else if (i + 1 < row.size() && row[i + 1] == '"')
                    m_unquoted += row[++i];
                else
                    break;
            }
            const std::size_t comma = row.find(',', i);
            fields.emplace_back(m_unquoted.data() + start, m_unquoted.size() - start);
            if (comma == std::string_view::npos)
                return true;
            i = comma + 1;
            continue;
        }
        const std::size_t comma = row.find(',', i);
        fields.push_back(row.substr(i, comma == std::string_view::npos ? row.npos : comma - i));
        if (comma == std::string_view::npos)
            return true;
        i = comma + 1;
    }
}

} // namespace frontier
