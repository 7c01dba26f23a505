#pragma once

#include <QFont>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace frontier {

class Dataset;

/// \brief The numbered list of sources on a layout's pages: each entry "outlet, “title”, date"
/// wrapped in its column, the columns filled in turn, as many pages as the list needs.
class SourcePages {
public:
    struct Entry {
        int number = 0; ///< from 1
        QString text;
        int page = 0; ///< among the source pages, from 0
        QRectF rect;  ///< the wrapped text's box on its page
    };
    /// `area` is the list's part of a page, split into `columns`.
    SourcePages(const Dataset& dataset, const std::vector<int>& sources, const QRectF& area,
                int columns, const QFont& font);

    int pageCount() const { return m_pages; }
    const std::vector<Entry>& entries() const { return m_entries; }
    void paint(QPainter& painter, int page, const QColor& color) const;

    static QString entryText(const Dataset& dataset, int source);
    static constexpr double kNumberWidth = 26; ///< the gutter the numbers stand in
    static constexpr double kColumnGap = 22;

private:
    QFont m_font;
    std::vector<Entry> m_entries;
    int m_pages = 0;
};

} // namespace frontier
