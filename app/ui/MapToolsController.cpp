#include "MapToolsController.h"

#include "AtlasModel.h"
#include "CrsDialog.h"
#include "GoToDialog.h"
#include "MapCanvas.h"
#include "MapClipboard.h"
#include "MapContextMenu.h"
#include "MeasureTool.h"
#include "SwipeTool.h"
#include "render/MapRenderer.h"

#include <QAction>
#include <QMenu>

namespace frontier {

MapToolsController::MapToolsController(AtlasModel& model, MapCanvas& canvas, QWidget* window)
    : QObject(window), m_model(model), m_canvas(canvas), m_window(window),
      m_back(new QAction(tr("&Back"), this)), m_forward(new QAction(tr("For&ward"), this)),
      m_contextMenu(new MapContextMenu(&canvas))
{
    m_back->setObjectName(QStringLiteral("viewBack"));
    m_back->setShortcut(QKeySequence::Back);
    m_back->setToolTip(tr("Back to the previous view and date (Alt+Left)"));
    m_forward->setObjectName(QStringLiteral("viewForward"));
    m_forward->setShortcut(QKeySequence::Forward);
    m_forward->setToolTip(tr("Forward to the next view and date (Alt+Right)"));
    const auto apply = [this](const ViewHistory::Entry& e) {
        MapSettings s = m_canvas.settings();
        s.crs = e.crs;
        s.extent = e.extent;
        m_canvas.setSettings(s);
        m_model.setDate(e.date);
    };
    connect(m_back, &QAction::triggered, this, [this, apply] {
        recordNow(); // what is shown now is where Forward comes back to
        m_history.back(apply);
        showHistory();
    });
    connect(m_forward, &QAction::triggered, this, [this, apply] {
        m_history.forward(apply);
        showHistory();
    });
    // A view or date is recorded once it has held for a moment, so a drag or a played sequence
    // is one step back, not hundreds.
    m_settle.setSingleShot(true);
    m_settle.setInterval(700);
    connect(&m_settle, &QTimer::timeout, this, &MapToolsController::recordNow);
    connect(&m_canvas, &MapCanvas::settingsChanged, &m_settle, qOverload<>(&QTimer::start));
    canvas.setContextMenuPolicy(Qt::CustomContextMenu);
    connect(&canvas, &QWidget::customContextMenuRequested, this, [this](QPoint pos) {
        const std::optional<GeoPoint> p = m_canvas.toGeo(pos);
        if (!p)
            return;
        m_contextMenu->setPoint(*p);
        m_contextMenu->popup(m_canvas.mapToGlobal(pos));
    });
    connect(m_contextMenu, &MapContextMenu::centreRequested, this, &MapToolsController::centreOn);
    recordNow();
}

void MapToolsController::addTo(QMenu* menu)
{
    menu->addAction(m_back);
    menu->addAction(m_forward);
    menu->addSeparator();
    menu->addAction(m_canvas.measureTool()->action());
    menu->addAction(m_canvas.swipeTool()->action());
    QAction* go = menu->addAction(tr("&Go to coordinate…"), QKeySequence(Qt::CTRL | Qt::Key_G),
                                  this, &MapToolsController::askCoordinate);
    go->setToolTip(
        tr("Centre the map on a coordinate typed as decimal degrees, DMS or MGRS (Ctrl+G)"));
    QAction* crs =
        menu->addAction(tr("Choose &projection…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                        this, &MapToolsController::askCrs);
    crs->setToolTip(tr("Choose the map's projection by name or EPSG code (Ctrl+Shift+P)"));
    QAction* copy =
        menu->addAction(tr("&Copy map"), QKeySequence::Copy, this, &MapToolsController::copyMap);
    copy->setToolTip(tr("Copy the map as shown to the clipboard (Ctrl+C)"));
    showHistory();
}

void MapToolsController::recordNow()
{
    const MapSettings& s = m_canvas.settings();
    m_history.push({s.crs, s.extent, m_model.date()});
    showHistory();
}

void MapToolsController::showHistory()
{
    m_back->setEnabled(m_history.canGoBack() || m_settle.isActive());
    m_forward->setEnabled(m_history.canGoForward());
}

void MapToolsController::centreOn(const GeoPoint& point)
{
    const std::optional<MapPoint> p =
        m_canvas.renderer().transform(m_canvas.settings().crs).forward(point);
    if (!p) {
        emit warning(tr("that point cannot be shown in this projection"));
        return;
    }
    const MapRect e = m_canvas.settings().extent;
    m_canvas.setExtent(
        {p->x - e.width() / 2, p->y - e.height() / 2, p->x + e.width() / 2, p->y + e.height() / 2});
}

void MapToolsController::askCoordinate()
{
    GoToDialog dialog(m_window);
    if (dialog.exec() == QDialog::Accepted && dialog.point())
        centreOn(*dialog.point());
}

void MapToolsController::askCrs()
{
    CrsDialog dialog(m_canvas.settings().crs, m_window);
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedId().isEmpty())
        emit crsChosen(dialog.selectedId());
}

void MapToolsController::copyMap()
{
    MapClipboard::copy(m_canvas.renderer(), m_canvas.effectiveSettings());
    emit message(tr("Copied the map of %1 to the clipboard").arg(m_model.date().toString()));
}

} // namespace frontier
