#pragma once

#include "LocatorMap.h"
#include "PageFormat.h"
#include "PageFrame.h"
#include "SourcePages.h"
#include "render/MapSettings.h"

#include <QMap>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QPainter;

namespace frontier {

class MapRenderer;

/// \brief A report's print layout: on the first page a title, subtitle, the map (or two dates'
/// maps side by side) with scale bar and north arrow, a locator inset, the legend, a caption and
/// the provenance line; on the pages after it, the numbered sources behind every state shown.
/// Every page has the same frame (PageFrame).
///
/// It paints on any QPaintDevice in page units of 1/96 inch (`kUnitsPerInch`), the map through
/// the one MapRenderer, so a PDF keeps its text and vectors and a PNG is the same page in pixels.
class PrintLayout {
public:
    struct Text {
        QString title;    ///< one line; the default when empty
        QString subtitle; ///< one line, or none
        QString caption;  ///< wrapped, up to six lines
    };
    static constexpr double kUnitsPerInch = 96;

    /// `map` gives the view (extent, CRS, labels, layers), the date and any changes-since date;
    /// `compare`, a second date whose map goes beside it (CompareFigure's panels).
    PrintLayout(MapRenderer& renderer, const MapSettings& map, Text text, PageFormat page,
                std::optional<Date> compare = std::nullopt);

    QSizeF pageSize() const { return m_pageSize; }
    int pageCount() const { return 1 + m_sources.pageCount(); }
    /// Paints page `page` (from 0) with the painter's origin at the page's top-left corner and
    /// its unit 1/96 inch.
    void paint(QPainter& painter, int page) const;

    const PageFormat& format() const { return m_page; }
    const Text& text() const { return m_text; }
    /// The maps, earlier first, and where each lies on the first page.
    const std::vector<MapSettings>& panels() const { return m_panels; }
    QRectF panelRect(std::size_t panel) const { return m_panelRects[panel]; }
    QRectF locatorRect() const { return m_locatorRect; }
    QRectF legendRect() const { return m_legendRect; }
    /// The numbered sources (indices into Dataset::sources()), in their order on the page.
    const std::vector<int>& sources() const { return m_sourceIds; }
    const SourcePages& sourcePages() const { return m_sources; }
    /// What the written file records: date(s), dataset hash, CRS, extent, the sources' ids.
    QMap<QString, QString> provenance() const;
    /// "date · dataset SHA-256 … · CRS", as the footer prints it.
    QString provenanceLine() const;

private:
    void layOutFirstPage(const QRectF& body);
    void paintMaps(QPainter& painter) const;

    MapRenderer& m_renderer;
    Text m_text;
    PageFormat m_page;
    QSizeF m_pageSize;
    PageFrame m_frame;
    std::vector<MapSettings> m_panels;
    std::vector<QRectF> m_panelRects;
    LocatorMap m_locator;
    QRectF m_locatorRect;
    QRectF m_legendRect;
    QRectF m_captionRect;
    std::vector<int> m_sourceIds;
    SourcePages m_sources;
};

} // namespace frontier
