#include "PrintLayout.h"

#include "CompareFigure.h"
#include "Provenance.h"
#include "render/MapRenderer.h"
#include "render/MapText.h"
#include "report/SourceList.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace frontier {
namespace {

constexpr double kColumn = 300; // the locator's and legend's column: the compact legend's width
constexpr double kGap = 20;     // between the maps and the column
constexpr double kHeading = 18; // a panel's heading line
constexpr int kCaptionLines = 6;
constexpr int kWrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

QSizeF pageUnits(const PageFormat& page)
{
    return page.inches() * PrintLayout::kUnitsPerInch;
}

// The line above a map or the locator that names it.
QRectF headingRect(const QRectF& r)
{
    return QRectF(r.left(), r.top() - kHeading, r.width(), kHeading - 3);
}

QRectF rounded(const QRectF& r)
{
    return QRectF(r.toRect());
}

// The list in columns below a header with a subtitle; in a smaller type when that saves a page
// (a last page of a few entries).
SourcePages fittedSourcePages(const MapRenderer& renderer, const std::vector<int>& sources,
                              const PageFrame& frame, const PageFormat& page)
{
    const QRectF& content = frame.content();
    const double top = frame.headerBottom(true) + 12;
    const QRectF area(content.left(), top, content.width(), frame.footerTop() - 14 - top);
    const int columns = page.orientation == QPageLayout::Landscape ? 3 : 2;
    const Dataset& dataset = renderer.timeline().dataset();
    SourcePages pages(dataset, sources, area, columns, frame.font(10));
    if (pages.pageCount() > 1) {
        SourcePages smaller(dataset, sources, area, columns, frame.font(9));
        if (smaller.pageCount() < pages.pageCount())
            return smaller;
    }
    return pages;
}

} // namespace

PrintLayout::PrintLayout(MapRenderer& renderer, const MapSettings& map, Text text, PageFormat page,
                         std::optional<Date> compare)
    : m_renderer(renderer), m_text(std::move(text)), m_page(page), m_pageSize(pageUnits(page)),
      m_frame(renderer, m_pageSize, map.labels), m_locator(renderer, map),
      m_sourceIds(
          SourceList::behind(renderer.timeline(), compare ? std::vector<Date>{map.date, *compare}
                                                          : std::vector<Date>{map.date})),
      m_sources(fittedSourcePages(renderer, m_sourceIds, m_frame, page))
{
    if (m_text.title.trimmed().isEmpty())
        m_text.title = MapText::text(map.labels, QT_TRANSLATE_NOOP("Map", "Iraq–Syria frontier"));
    MapSettings base = map;
    base.devicePixelRatio = 1;
    // The page has its own title and credits, and the legend its own place.
    base.decorations &=
        ~(static_cast<unsigned>(Decoration::Title) | static_cast<unsigned>(Decoration::Legend) |
          static_cast<unsigned>(Decoration::Attribution));
    if (compare) {
        const CompareFigure figure(base, *compare);
        m_panels.assign(figure.panels().begin(), figure.panels().end());
    } else {
        m_panels = {base};
    }
    const QRectF& content = m_frame.content();
    const double top = m_frame.headerBottom(!m_text.subtitle.isEmpty()) + 12;
    QRectF body(content.left(), top, content.width(), m_frame.footerTop() - 14 - top);
    if (!m_text.caption.isEmpty()) {
        // At most kCaptionLines lines, so that the maps keep their room; the rest is cut.
        const QFontMetricsF metrics(m_frame.font(11));
        const double h = std::min(
            metrics.boundingRect(QRectF(0, 0, body.width(), 1e6), kWrap, m_text.caption).height(),
            kCaptionLines * metrics.lineSpacing());
        m_captionRect = QRectF(body.left(), body.bottom() - h, body.width(), h);
        body.setBottom(m_captionRect.top() - 10);
    }
    layOutFirstPage(body);
}

void PrintLayout::layOutFirstPage(const QRectF& body)
{
    QRectF maps = body, column;
    if (m_page.orientation == QPageLayout::Landscape) {
        maps.setWidth(body.width() - kColumn - kGap);
        column = QRectF(maps.right() + kGap, body.top(), kColumn, body.height());
        const double h = std::clamp(kColumn * m_locator.aspect(), 120.0, column.height() * 0.45);
        m_locatorRect = QRectF(column.left(), column.top() + kHeading, kColumn, h);
        m_legendRect = QRectF(column.left(), m_locatorRect.bottom() + 14, kColumn,
                              column.bottom() - m_locatorRect.bottom() - 14);
    } else {
        const double rowHeight = std::clamp(body.height() * 0.36, 240.0, 330.0);
        maps.setHeight(body.height() - rowHeight - kGap);
        const QRectF row(body.left(), maps.bottom() + kGap, body.width(), rowHeight);
        m_legendRect = QRectF(row.right() - kColumn, row.top(), kColumn, row.height());
        const double h = row.height() - kHeading;
        const double w = std::min(row.width() - kColumn - kGap, h / m_locator.aspect());
        m_locatorRect = QRectF(row.left(), row.top() + kHeading, w, h);
    }
    m_locatorRect = rounded(m_locatorRect);
    // Two maps side by side on a wide area, one above the other on a tall one.
    const std::size_t n = m_panels.size();
    const bool across = maps.width() >= maps.height();
    const double gap = 14;
    const QSizeF each = across ? QSizeF((maps.width() - gap * (n - 1)) / n, maps.height())
                               : QSizeF(maps.width(), (maps.height() - gap * (n - 1)) / n);
    for (std::size_t i = 0; i < n; ++i) {
        const QPointF at = maps.topLeft() + (across ? QPointF(i * (each.width() + gap), 0)
                                                    : QPointF(0, i * (each.height() + gap)));
        const QRectF r = rounded(QRectF(at + QPointF(0, kHeading), each - QSizeF(0, kHeading)));
        m_panelRects.push_back(r);
        m_panels[i].size = r.size().toSize();
    }
}

QMap<QString, QString> PrintLayout::provenance() const
{
    QMap<QString, QString> text = Provenance::of(
        m_renderer.timeline(), m_panels.back(), m_renderer.transform(m_panels.back().crs).name(),
        m_panels.size() > 1 ? std::optional(m_panels.front().date) : std::nullopt);
    text.insert(QStringLiteral("Title"), m_text.title);
    return text;
}

QString PrintLayout::provenanceLine() const
{
    QStringList dates;
    for (const MapSettings& p : m_panels)
        dates << p.date.toString();
    QString line = QStringLiteral("Date %1").arg(dates.join(QStringLiteral(" and ")));
    const MapSettings& last = m_panels.back();
    if (m_panels.size() == 1 && last.compareDate.isValid())
        line += QStringLiteral(" (changes since %1)").arg(last.compareDate.toString());
    return line + QStringLiteral(" · dataset SHA-256 %1 · CRS %2")
                      .arg(QString::fromLatin1(m_renderer.timeline().dataset().contentHash()),
                           m_renderer.transform(last.crs).name());
}

void PrintLayout::paintMaps(QPainter& painter) const
{
    const Style& style = m_renderer.style();
    const LabelLanguage language = m_panels.back().labels;
    for (std::size_t i = 0; i < m_panels.size(); ++i) {
        const QRectF r = m_panelRects[i];
        const QString date = MapText::date(language, m_panels[i].date);
        painter.setPen(style.text);
        painter.setFont(m_frame.font(12, true));
        painter.drawText(headingRect(r), m_frame.leading() | Qt::AlignBottom, date);
        if (const Date since = m_panels[i].compareDate; since.isValid()) {
            const QFont note = m_frame.font(10);
            const double dateWidth = QFontMetricsF(painter.font()).horizontalAdvance(date);
            painter.setPen(style.secondaryText);
            painter.setFont(note);
            painter.drawText(
                headingRect(r), m_frame.trailing() | Qt::AlignBottom,
                QFontMetricsF(note).elidedText(
                    MapText::text(language,
                                  QT_TRANSLATE_NOOP("Map", "dashed rings: changed since %1"))
                        .arg(since.toString()),
                    Qt::ElideRight, r.width() - dateWidth - 12));
        }
        painter.save();
        painter.setClipRect(r);
        painter.translate(r.topLeft());
        m_renderer.render(painter, m_panels[i]);
        painter.restore();
        painter.setPen(QPen(style.panelLine, style.panelLineWidth));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
    }
    painter.setPen(style.text);
    painter.setFont(m_frame.font(12, true));
    painter.drawText(headingRect(m_locatorRect), m_frame.leading() | Qt::AlignBottom,
                     MapText::text(language, QT_TRANSLATE_NOOP("Map", "Locator")));
    m_locator.paint(painter, m_locatorRect);
    // One legend for all the maps: the later one's, which marks the changes.
    m_renderer.paintDecoration(painter, m_panels.back(), Decoration::Legend, m_legendRect);
}

void PrintLayout::paint(QPainter& painter, int page) const
{
    const Style& style = m_renderer.style();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), m_pageSize), style.paper);
    if (page == 0) {
        m_frame.paintHeader(painter, m_text.title, m_text.subtitle);
        paintMaps(painter);
        if (!m_text.caption.isEmpty()) {
            painter.setPen(style.text);
            painter.setFont(m_frame.font(11));
            painter.save();
            painter.setClipRect(m_captionRect);
            painter.drawText(m_captionRect, kWrap, m_text.caption);
            painter.restore();
        }
    } else {
        const LabelLanguage language = m_panels.back().labels;
        QStringList dates;
        for (const MapSettings& p : m_panels)
            dates << MapText::date(language, p.date);
        m_frame.paintHeader(
            painter,
            MapText::text(language, QT_TRANSLATE_NOOP("Map", "Sources: %1")).arg(m_text.title),
            MapText::text(language, QT_TRANSLATE_NOOP("Map", "Behind each crossing's and "
                                                             "sector's state and the dated "
                                                             "areas on %1"))
                .arg(dates.join(MapText::text(language, QT_TRANSLATE_NOOP("Map", " and ")))));
        m_sources.paint(painter, page - 1, style.text);
    }
    m_frame.paintFooter(painter, {provenanceLine(), page, pageCount(), m_sourceIds.size()});
    painter.restore();
}

} // namespace frontier
