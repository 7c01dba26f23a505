#pragma once

#include "model/GeoPoint.h"

#include <QMenu>

namespace frontier {

/// \brief The map's right-click menu for one geographic point: copy it as decimal degrees, DMS
/// or MGRS, or centre the map on it.
class MapContextMenu : public QMenu {
    Q_OBJECT
public:
    explicit MapContextMenu(QWidget* parent = nullptr);
    /// The point the actions act on; set it before popup().
    void setPoint(GeoPoint point);
    GeoPoint point() const { return m_point; }
    QAction* copyDecimalAction() const { return m_decimal; }
    QAction* copyDmsAction() const { return m_dms; }
    QAction* copyMgrsAction() const { return m_mgrs; }
    QAction* centreAction() const { return m_centre; }

signals:
    void centreRequested(frontier::GeoPoint point);

private:
    GeoPoint m_point;
    QAction* m_decimal;
    QAction* m_dms;
    QAction* m_mgrs;
    QAction* m_centre;
};

} // namespace frontier
