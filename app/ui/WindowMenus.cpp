#include "WindowMenus.h"

#include "AboutDialog.h"
#include "AtlasModel.h"
#include "DatasetController.h"
#include "EditController.h"
#include "ExportController.h"
#include "FirstRunTip.h"
#include "HighContrast.h"
#include "MainWindow.h"
#include "MapCanvas.h"
#include "MapToolsController.h"
#include "OverlayLoader.h"
#include "SearchBox.h"
#include "ShortcutsDialog.h"
#include "SplitView.h"
#include "TimeActions.h"
#include "render/MapRenderer.h"

#include <QAction>
#include <QDockWidget>
#include <QMenuBar>
#include <QToolBar>

namespace frontier {

WindowMenus::WindowMenus(MainWindow& window, TimeActions& time) : QObject(&window), m_window(window)
{
    addFileMenu();
    const ViewActions view = addViewMenu();
    time.addTo(m_window.menuBar()->addMenu(tr("&Time")));
    m_bookmarks = m_window.menuBar()->addMenu(tr("&Bookmarks"));
    addHelpMenu();
    addToolBar(view);
}

void WindowMenus::addFileMenu()
{
    QMenu* file = m_window.menuBar()->addMenu(tr("&File"));
    DatasetController* datasets = m_window.datasets();
    file->addAction(tr("&Open dataset…"), QKeySequence::Open, datasets, &DatasetController::ask);
    datasets->addRecentMenu(file);
    m_window.editor()->addMenus(file, m_window.menuBar()); // Save, Save as; the Edit menu
    OverlayLoader* loader = m_window.overlayLoader();
    file->addAction(tr("Add &layer…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), loader,
                    &OverlayLoader::ask);
    file->addAction(tr("Add &PostGIS layer…"), loader, &OverlayLoader::askConnection);
    ExportController* exports = m_window.exports();
    file->addAction(tr("&Export snapshot…"), QKeySequence(Qt::CTRL | Qt::Key_E), exports,
                    &ExportController::askSnapshot);
    file->addAction(tr("Export &frames…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), exports,
                    &ExportController::askFrames);
    file->addAction(tr("&Print layout…"), QKeySequence(Qt::CTRL | Qt::Key_P), exports,
                    &ExportController::askLayout);
    file->addAction(tr("Export the &state table (CSV)…"), exports, &ExportController::askStateCsv);
    file->addAction(tr("Export the event &list (CSV)…"), exports, &ExportController::askEventsCsv);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, &m_window, &QWidget::close);
}

WindowMenus::ViewActions WindowMenus::addViewMenu()
{
    QMenu* view = m_window.menuBar()->addMenu(tr("&View"));
    QAction* home = view->addAction(tr("&Home"), QKeySequence(Qt::CTRL | Qt::Key_H),
                                    m_window.canvas(), &MapCanvas::showHome);
    home->setToolTip(tr("Show the whole frontier (Ctrl+H)"));
    QAction* zoomIn =
        view->addAction(tr("Zoom &in"), QKeySequence::ZoomIn, this, [this] { zoom(2); });
    zoomIn->setToolTip(tr("Zoom in (Ctrl++, or + on the map)"));
    QAction* zoomOut =
        view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, this, [this] { zoom(0.5); });
    zoomOut->setToolTip(tr("Zoom out (Ctrl+−, or − on the map)"));
    QAction* find = view->addAction(tr("&Find…"), QKeySequence::Find, this, [this] {
        m_window.searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_window.searchBox()->selectAll();
    });
    find->setToolTip(tr("Find a crossing, sector, place, area or event by name (Ctrl+F)"));
    view->addSeparator();
    m_window.tools()->addTo(view);
    view->addAction(m_window.splitView()->action());
    view->addAction((new HighContrast(*m_window.canvas(), *m_window.splitView(),
                                      *m_window.timelinePanel(), &m_window))
                        ->action());
    view->addSeparator();
    for (QDockWidget* d : m_window.findChildren<QDockWidget*>())
        view->addAction(d->toggleViewAction());
    return {home, zoomIn, zoomOut, find};
}

void WindowMenus::addHelpMenu()
{
    QMenu* help = m_window.menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard shortcuts"), QKeySequence::HelpContents, this,
                    [this] { ShortcutsDialog(&m_window, &m_window).exec(); });
    help->addAction(tr("&Reading the map"), this,
                    [this] { FirstRunTip::open(m_window.canvas()->renderer(), &m_window); });
    help->addAction(tr("&About Frontier Atlas"), this,
                    [this] { AboutDialog(m_window.model().dataset(), &m_window).exec(); });
}

void WindowMenus::addToolBar(const ViewActions& view)
{
    QToolBar* bar = m_window.addToolBar(tr("Map"));
    bar->setObjectName(QStringLiteral("mapToolBar"));
    MapToolsController* tools = m_window.tools();
    bar->addActions(
        {tools->backAction(), tools->forwardAction(), view.home, view.zoomIn, view.zoomOut});
    bar->addSeparator();
    SearchBox* search = m_window.searchBox();
    search->setMaximumWidth(420);
    search->setToolTip(view.find->toolTip());
    bar->addWidget(search);
}

void WindowMenus::zoom(double factor)
{
    MapCanvas* canvas = m_window.canvas();
    const QPointF c(canvas->width() / 2.0, canvas->height() / 2.0);
    canvas->setExtent(
        MapRenderer::viewport(canvas->effectiveSettings()).zoomed(factor, c).extent());
}

} // namespace frontier
