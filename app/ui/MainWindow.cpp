#include "MainWindow.h"

#include "AtlasModel.h"
#include "BookmarksController.h"
#include "ChangesPanel.h"
#include "DatasetController.h"
#include "DockLayout.h"
#include "EditController.h"
#include "ExportController.h"
#include "ExtentConversion.h"
#include "FeaturePanel.h"
#include "LayersPanel.h"
#include "MapCanvas.h"
#include "MapToolsController.h"
#include "OverlayIdentify.h"
#include "OverlayLoader.h"
#include "OverlayPanel.h"
#include "ScrollingDock.h"
#include "SearchBox.h"
#include "SessionController.h"
#include "SettingsFormat.h"
#include "SplitView.h"
#include "StatusLine.h"
#include "StyleController.h"
#include "TimeActions.h"
#include "TimelinePanel.h"
#include "WindowMenus.h"
#include "geo/Crs.h"
#include "render/MapRenderer.h"
#include "time/TimeController.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QMessageBox>
#include <QScreen>
#include <QStatusBar>
#include <QUndoStack>

namespace frontier {

MainWindow::MainWindow(std::shared_ptr<const Timeline> timeline, const MapSettings& initial,
                       QWidget* parent)
    : MainWindow(std::make_unique<MapRenderer>(std::move(timeline)), initial, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<MapRenderer> renderer, const MapSettings& initial,
                       QWidget* parent)
    : QMainWindow(parent), m_model(new AtlasModel(renderer->sharedTimeline(), this))
{
    SettingsFormat::install(); // before the first QSettings: the session's file must survive a full
                               // disk
    m_canvas = new MapCanvas(*m_model, std::move(renderer), this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    setView(initial);
    m_split = new SplitView(*m_model, *m_canvas, this);
    setCentralWidget(m_split);
    m_time = new TimeController(*m_model, this);
    m_timeActions = new TimeActions(*m_time, this);
    m_timeActions->addTo(this); // the shortcuts work while the Time menu is closed
    m_search = new SearchBox(this);
    const auto indexDataset = [this] {
        m_search->setIndex([this] { return SearchIndex(m_model->dataset()); });
    };
    indexDataset();
    m_status = new StatusLine(*m_model, statusBar());
    m_exports = new ExportController(*m_model, *m_canvas, this);
    m_datasets = new DatasetController(*m_model, this);
    m_tools = new MapToolsController(*m_model, *m_canvas, this);
    createDocks();
    m_session = new SessionController(*m_model, *m_canvas, *m_time, *m_overlayLoader, this);
    m_editor = new EditController(*m_model, *m_featurePanel, *m_datasets, this);
    m_bookmarks = new BookmarksController(
        *m_model, *m_canvas, (new WindowMenus(*this, *m_timeActions))->bookmarksMenu(), this);

    connect(m_canvas, &MapCanvas::settingsChanged, this, &MainWindow::showSettings);
    connect(m_canvas, &MapCanvas::cursorMoved, m_status, &StatusLine::showCursor);
    connect(m_split, &SplitView::compareCanvasCreated, this, [this](MapCanvas* compare) {
        connect(compare, &MapCanvas::cursorMoved, m_status, &StatusLine::showCursor);
    });
    connect(m_search, &SearchBox::entryChosen, this, &MainWindow::goTo);
    connect(m_layersPanel, &LayersPanel::layersChanged, this, [this](unsigned l) {
        MapSettings s = m_canvas->settings();
        s.layers = l;
        m_canvas->setSettings(s);
    });
    connect(m_layersPanel, &LayersPanel::decorationsChanged, this, [this](unsigned d) {
        MapSettings s = m_canvas->settings();
        s.decorations = d;
        m_canvas->setSettings(s);
    });
    connect(m_layersPanel, &LayersPanel::labelsChanged, this, [this](LabelLanguage l) {
        MapSettings s = m_canvas->settings();
        s.labels = l;
        m_canvas->setSettings(s);
    });
    connect(m_layersPanel, &LayersPanel::crsRequested, this, &MainWindow::setCrs);
    connect(m_model, &AtlasModel::datasetChanged, this, [this, indexDataset] {
        indexDataset();
        showTitle();
    });
    connect(m_exports, &ExportController::message, this, &MainWindow::inform);
    connect(m_tools, &MapToolsController::message, this, &MainWindow::inform);
    connect(m_tools, &MapToolsController::warning, this, &MainWindow::warn);
    connect(m_tools, &MapToolsController::crsChosen, this, &MainWindow::setCrs);
    connect(m_datasets, &DatasetController::message, this, &MainWindow::inform);
    connect(m_editor, &EditController::message, this, &MainWindow::inform);
    connect(m_editor->undoStack(), &QUndoStack::cleanChanged, this,
            [this](bool clean) { setWindowModified(!clean); });
    connect(m_exports, &ExportController::warning, this, &MainWindow::warn);
    connect(m_bookmarks, &BookmarksController::warning, this, &MainWindow::warn);
    connect(m_session, &SessionController::warning, this, &MainWindow::warn);
    connect(m_overlayLoader, &OverlayLoader::message, this, &MainWindow::inform);
    connect(m_overlayLoader, &OverlayLoader::warning, this, &MainWindow::warn);

    showSettings(m_canvas->settings());
    showTitle();
    // Never larger than the screen: a 1366x768 laptop shows the whole window.
    const QSize available = screen() ? screen()->availableSize() : QSize(1400, 900);
    resize(std::min(1400, available.width()), std::min(900, available.height()));
    m_canvas->setFocus();
}

MainWindow::~MainWindow()
{
    delete m_split; // the canvases, before the model they observe
}

void MainWindow::setView(const MapSettings& view)
{
    m_model->setDate(view.date);
    m_model->setCompareDate(view.compareDate);
    MapSettings settings = view;
    if (!settings.extent.isValid())
        settings.extent = m_canvas->renderer().homeExtent(settings.crs);
    m_canvas->setSettings(settings);
}

void MainWindow::adopt(std::unique_ptr<MapRenderer> renderer, const MapSettings& view)
{
    std::shared_ptr<const Timeline> timeline = renderer->sharedTimeline();
    m_canvas->adopt(std::move(renderer));
    m_model->setTimeline(std::move(timeline));
    setView(view);
}

const Timeline& MainWindow::timeline() const
{
    return m_model->timeline();
}

void MainWindow::createDocks()
{
    m_timelinePanel = new TimelinePanel(*m_model, *m_time, *m_timeActions, this);
    m_featurePanel = new FeaturePanel(*m_model, this);
    m_layersPanel = new LayersPanel(this);
    m_overlayPanel = new OverlayPanel(*m_model, this);
    m_layersPanel->setOverlayPanel(m_overlayPanel);
    m_overlayLoader = new OverlayLoader(*m_model, *m_canvas, *m_overlayPanel, this);
    new StyleController(*m_model, *m_overlayPanel, this);
    new OverlayIdentify(*m_canvas); // owned by the canvas
    m_changesPanel = new ChangesPanel(*m_model, this);
    QDockWidget* selection =
        ScrollingDock::make(tr("Selection"), QStringLiteral("featureDock"), m_featurePanel, this);
    QDockWidget* layers =
        ScrollingDock::make(tr("Layers"), QStringLiteral("layersDock"), m_layersPanel, this);
    QDockWidget* changes =
        ScrollingDock::make(tr("Changes"), QStringLiteral("changesDock"), m_changesPanel, this);
    QDockWidget* time =
        ScrollingDock::make(tr("Timeline"), QStringLiteral("timelineDock"), m_timelinePanel, this);
    DockLayout::arrange(*this, {selection, layers, changes}, time);
    connect(m_model, &AtlasModel::selectionChanged, selection, [selection](int c) {
        if (c >= 0)
            selection->raise();
    });
}

void MainWindow::showTitle()
{
    const Dataset& d = m_model->dataset();
    setWindowTitle(tr("%1 (%2)[*] — Frontier Atlas")
                       .arg(d.name(), QString::fromLatin1(d.contentHash().left(8))));
}

void MainWindow::showSettings(const MapSettings& s)
{
    m_layersPanel->showSettings(s, m_canvas->renderer().transform(s.crs).name());
    m_timelinePanel->setLabels(s.labels);
}

void MainWindow::goTo(const SearchEntry& entry)
{
    if (entry.date)
        m_model->setDate(*entry.date);
    // An area is shown at the current date when it holds then, else from its first day.
    if (entry.area >= 0) {
        const DatedArea& area = m_model->dataset().areas()[static_cast<std::size_t>(entry.area)];
        if (!area.holdsOn(m_model->date()))
            m_model->setDate(area.start.firstDay());
    }
    if (entry.feature >= 0)
        m_model->setSelectedFeature(entry.feature);
    if (entry.event >= 0)
        m_featurePanel->showEvent(entry.event);
    if (entry.point)
        m_tools->centreOn(*entry.point);
}

bool MainWindow::setCrs(const QString& text)
{
    const QString crs = Crs::normalize(text);
    MapRenderer& renderer = m_canvas->renderer();
    try {
        renderer.projected(crs);
    } catch (const ProjError& e) {
        m_layersPanel->showCrsError(
            tr("“%1” is not a CRS PROJ knows: %2").arg(text.left(60), QString::fromUtf8(e.what())));
        return false;
    }
    m_layersPanel->showCrsError({});
    MapSettings s = m_canvas->settings();
    s.extent = ExtentConversion::convert(renderer, s.extent, s.crs, crs);
    s.crs = crs;
    m_canvas->setSettings(s);
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_editor->maySwitch()) {
        event->ignore();
        return;
    }
    m_time->pause();
    // The status bar goes with the window: a lost session is told in a box.
    if (const QString error = m_session->save(); !error.isEmpty())
        QMessageBox::warning(this, tr("Session not saved"),
                             error + tr(". The window closes without keeping its session."));
    event->accept();
}

void MainWindow::warn(const QString& message)
{
    qWarning("frontier-atlas: %s", qUtf8Printable(message));
    statusBar()->showMessage(message, 10000);
}

void MainWindow::inform(const QString& message)
{
    statusBar()->showMessage(message, 5000);
}

} // namespace frontier
