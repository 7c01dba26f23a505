#pragma once

#include <QFile>
#include <QString>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace frontier {

/// \brief Reads a comma-separated file row by row (RFC 4180: quoted fields, doubled quotes and
/// line breaks inside quotes, CRLF or LF), a large block at a time, and says where each row
/// begins so that one row can be read again on its own.
class CsvRows {
public:
    /// Reads from `offset` (a row's start), or from the file's start past a UTF-8 BOM.
    explicit CsvRows(const QString& path, std::uint64_t offset = 0);
    bool isOpen() const { return m_file.isOpen(); }
    /// The next row's fields, unquoted, valid until the next call; false at the end.
    bool next(std::vector<std::string_view>& fields);
    /// Where the row `next` returned last begins in the file.
    std::uint64_t rowOffset() const { return m_rowOffset; }

private:
    bool fill();

    QFile m_file;
    qint64 m_blockSize;    ///< how much to read at a time
    std::string m_block;   ///< the file from m_blockOffset, read ahead
    std::size_t m_pos = 0; ///< the next row's start in m_block
    std::uint64_t m_blockOffset = 0;
    std::uint64_t m_rowOffset = 0;
    bool m_end = false;     ///< nothing left to read into m_block
    std::string m_unquoted; ///< the current row's quoted fields, unquoted
};

} // namespace frontier
