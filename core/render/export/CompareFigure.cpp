#include "CompareFigure.h"

#include "Provenance.h"
#include "SnapshotWriter.h"
#include "render/MapRenderer.h"

#include <QPainter>

#include <algorithm>

namespace frontier {

CompareFigure::CompareFigure(const MapSettings& settings, Date other) : m_figure(settings)
{
    const Date earlier = std::min(settings.date, other), later = std::max(settings.date, other);
    const int column = static_cast<int>(kLegendColumn * settings.devicePixelRatio);
    MapSettings map = settings;
    map.size = QSize((settings.size.width() - column - 2 * kGap) / 2, settings.size.height());
    map.compareDate = Date{};
    map.decorations &= ~static_cast<unsigned>(Decoration::Legend);
    m_panels = {map, map};
    m_panels[0].date = earlier;
    m_panels[0].decorations &= ~static_cast<unsigned>(Decoration::Attribution); // once, right
    m_panels[1].date = later;
    m_panels[1].compareDate = earlier;
}

QRect CompareFigure::panelRect(int panel) const
{
    const QSize map = m_panels[0].size;
    const QPoint at(panel * (map.width() + kGap), 0);
    return panel < 2 ? QRect(at, map)
                     : QRect(at, QSize(m_figure.size.width() - at.x(), map.height()));
}

QImage CompareFigure::render(MapRenderer& renderer) const
{
    QImage figure(m_figure.size, QImage::Format_ARGB32_Premultiplied);
    figure.fill(Qt::white);
    QPainter painter(&figure);
    for (int i = 0; i < 2; ++i) {
        QImage panel = renderer.renderImage(m_panels[static_cast<std::size_t>(i)]);
        panel.setDevicePixelRatio(1); // placed in device pixels
        painter.drawImage(panelRect(i).topLeft(), panel);
    }
    // One legend for both dates, in its own column (the later map's, which compares).
    if (m_figure.hasDecoration(Decoration::Legend)) {
        const double dpr = m_figure.devicePixelRatio;
        const QRectF column = QRectF(panelRect(2)).adjusted(8, 8, -8, -8);
        painter.scale(dpr, dpr);
        renderer.paintDecoration(painter, m_panels[1], Decoration::Legend,
                                 QRectF(column.topLeft() / dpr, column.size() / dpr));
    }
    painter.end();
    figure.setDevicePixelRatio(m_figure.devicePixelRatio);
    return figure;
}

QString CompareFigure::write(MapRenderer& renderer, const QString& path, int dpi) const
{
    const QMap<QString, QString> text =
        Provenance::of(renderer.timeline(), m_panels[1], renderer.transform(m_figure.crs).name(),
                       m_panels[0].date);
    return SnapshotWriter::write(render(renderer), path, std::nullopt, text, dpi);
}

} // namespace frontier
