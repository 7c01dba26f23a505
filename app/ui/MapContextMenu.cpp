#include "MapContextMenu.h"

#include "geo/CoordinateFormat.h"

#include <QClipboard>
#include <QGuiApplication>

namespace frontier {

MapContextMenu::MapContextMenu(QWidget* parent)
    : QMenu(parent), m_decimal(addAction(tr("Copy coordinate (decimal)"))),
      m_dms(addAction(tr("Copy coordinate (DMS)"))), m_mgrs(addAction(tr("Copy coordinate (MGRS)")))
{
    addSeparator();
    m_centre = addAction(tr("Centre map here"));
    const auto copy = [this](QString (*format)(GeoPoint)) {
        QGuiApplication::clipboard()->setText(format(m_point));
    };
    connect(m_decimal, &QAction::triggered, this, [copy] { copy(&CoordinateFormat::decimal); });
    connect(m_dms, &QAction::triggered, this, [copy] { copy(&CoordinateFormat::dms); });
    connect(m_mgrs, &QAction::triggered, this, [copy] { copy(&CoordinateFormat::mgrs); });
    connect(m_centre, &QAction::triggered, this, [this] { emit centreRequested(m_point); });
}

void MapContextMenu::setPoint(GeoPoint point)
{
    m_point = point;
}

} // namespace frontier
