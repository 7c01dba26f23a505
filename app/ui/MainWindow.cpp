#include "MainWindow.h"

#include "CrossingPanel.h"
#include "EventText.h"
#include "ExtentConversion.h"
#include "LayersPanel.h"
#include "MapCanvas.h"
#include "SearchBox.h"
#include "SettingsFormat.h"
#include "SnapshotFile.h"
#include "TimeActions.h"
#include "TimelinePanel.h"
#include "WindowSession.h"
#include "geo/CoordinateFormat.h"
#include "geo/Crs.h"
#include "io/DatasetReader.h"
#include "render/MapRenderer.h"
#include "time/TimeController.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

namespace frontier {
namespace {

QDockWidget* dock(const QString& title, const QString& name, QWidget* content, QMainWindow* window)
{
    auto* d = new QDockWidget(title, window);
    d->setObjectName(name);
    d->setWidget(content);
    return d;
}

} // namespace

MainWindow::MainWindow(std::shared_ptr<const Timeline> timeline, const MapSettings& initial, QWidget* parent)
    : MainWindow(std::make_unique<MapRenderer>(std::move(timeline)), initial, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<MapRenderer> renderer, const MapSettings& initial, QWidget* parent)
    : QMainWindow(parent), m_timeline(renderer->sharedTimeline()), m_renderer(std::move(renderer)),
      m_time(new TimeController(m_timeline, this))
{
    setWindowTitle(QStringLiteral("Frontier Atlas"));
    SettingsFormat::install(); // before the first QSettings: the session's file must survive a full disk
    m_canvas = new MapCanvas(*m_renderer, this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    setCentralWidget(m_canvas);
    m_timeActions = new TimeActions(*m_time, this);
    m_timeActions->addTo(this); // the shortcuts work while the Time menu is closed
    m_search = new SearchBox(this);
    m_search->setEntries(SearchEntry::all(m_timeline->dataset()));
    createDocks();
    createMenus();

    m_coordinates = new QLabel(this);
    m_selection = new QLabel(this);
    statusBar()->addWidget(m_selection, 1);
    statusBar()->addPermanentWidget(m_coordinates);

    connect(m_canvas, &MapCanvas::settingsChanged, this, &MainWindow::showSettings);
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursor);
    connect(m_canvas, &MapCanvas::crossingClicked, this, &MainWindow::selectCrossing);
    connect(m_time, &TimeController::dateChanged, m_canvas, &MapCanvas::setDate);
    connect(m_time, &TimeController::dateChanged, m_crossingPanel, &CrossingPanel::setDate);
    connect(m_time, &TimeController::dateChanged, this, &MainWindow::showSelection);
    connect(m_crossingPanel, &CrossingPanel::dateRequested, m_time, &TimeController::setDate);
    connect(m_search, &SearchBox::entryChosen, this, &MainWindow::goTo);
    connect(m_layersPanel, &LayersPanel::layersChanged, this, [this](unsigned l) { changeSettings([l](MapSettings& s) { s.layers = l; }); });
    connect(m_layersPanel, &LayersPanel::decorationsChanged, this, [this](unsigned d) { changeSettings([d](MapSettings& s) { s.decorations = d; }); });
    connect(m_layersPanel, &LayersPanel::labelsChanged, this, [this](LabelLanguage l) { changeSettings([l](MapSettings& s) { s.labels = l; }); });
    connect(m_layersPanel, &LayersPanel::crsRequested, this, &MainWindow::setCrs);

    MapSettings s = initial;
    if (!s.extent.isValid()) s.extent = m_renderer->homeExtent(s.crs);
    m_canvas->setSettings(s);
    m_time->setDate(s.date);
    m_canvas->setDate(m_time->date());
    m_crossingPanel->setDate(m_time->date());
    showSettings(m_canvas->settings());
    {
        QSettings settings;
        m_bookmarks = Bookmark::load(settings);
    }
    rebuildBookmarksMenu();
    resize(1400, 900);
    m_canvas->setFocus();
}

MainWindow::~MainWindow()
{
    delete m_canvas; // before the renderer it refers to
}

void MainWindow::createDocks()
{
    m_timelinePanel = new TimelinePanel(m_timeline, *m_time, *m_timeActions, this);
    m_crossingPanel = new CrossingPanel(m_timeline, this);
    m_layersPanel = new LayersPanel(this);
    QDockWidget* crossing = dock(QStringLiteral("Crossing"), QStringLiteral("crossingDock"), m_crossingPanel, this);
    QDockWidget* layers = dock(QStringLiteral("Layers"), QStringLiteral("layersDock"), m_layersPanel, this);
    QDockWidget* time = dock(QStringLiteral("Timeline"), QStringLiteral("timelineDock"), m_timelinePanel, this);
    addDockWidget(Qt::RightDockWidgetArea, crossing);
    addDockWidget(Qt::RightDockWidgetArea, layers);
    tabifyDockWidget(crossing, layers);
    crossing->raise();
    addDockWidget(Qt::BottomDockWidgetArea, time);
    resizeDocks({crossing}, {420}, Qt::Horizontal);
    connect(m_canvas, &MapCanvas::crossingClicked, crossing, [crossing](int c) {
        if (c >= 0) crossing->raise();
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(QStringLiteral("&File"));
    file->addAction(QStringLiteral("&Open dataset…"), QKeySequence::Open, this, &MainWindow::askDataset);
    file->addAction(QStringLiteral("&Export snapshot…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, &MainWindow::askSnapshot);
    file->addAction(QStringLiteral("Export &frames…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), this, &MainWindow::askFrames);
    file->addSeparator();
    file->addAction(QStringLiteral("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QStringLiteral("&View"));
    QAction* home = m_viewMenu->addAction(QStringLiteral("&Home"), QKeySequence(Qt::CTRL | Qt::Key_H), m_canvas, &MapCanvas::showHome);
    home->setToolTip(QStringLiteral("Show the whole frontier (Ctrl+H)"));
    QAction* zoomIn = m_viewMenu->addAction(QStringLiteral("Zoom &in"), QKeySequence::ZoomIn, this, [this] { zoom(2); });
    QAction* zoomOut = m_viewMenu->addAction(QStringLiteral("Zoom &out"), QKeySequence::ZoomOut, this, [this] { zoom(0.5); });
    QAction* find = m_viewMenu->addAction(QStringLiteral("&Find…"), QKeySequence::Find, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_viewMenu->addSeparator();
    for (QDockWidget* d : findChildren<QDockWidget*>()) m_viewMenu->addAction(d->toggleViewAction());

    QMenu* time = menuBar()->addMenu(QStringLiteral("&Time"));
    m_timeActions->addTo(time);
    m_bookmarksMenu = menuBar()->addMenu(QStringLiteral("&Bookmarks"));

    QToolBar* bar = addToolBar(QStringLiteral("Map"));
    bar->setObjectName(QStringLiteral("mapToolBar"));
    bar->addActions({home, zoomIn, zoomOut});
    bar->addSeparator();
    m_search->setMaximumWidth(420);
    bar->addWidget(m_search);
    find->setToolTip(QStringLiteral("Find a crossing, place or event by name (Ctrl+F)"));
}

void MainWindow::changeSettings(const std::function<void(MapSettings&)>& change)
{
    MapSettings s = m_canvas->settings();
    change(s);
    m_canvas->setSettings(s);
}

void MainWindow::zoom(double factor)
{
    const QPointF c(m_canvas->width() / 2.0, m_canvas->height() / 2.0);
    m_canvas->setExtent(MapRenderer::viewport(m_canvas->effectiveSettings()).zoomed(factor, c).extent());
}

void MainWindow::showSettings(const MapSettings& s)
{
    m_layersPanel->showSettings(s, m_renderer->transform(s.crs).name());
}

void MainWindow::showCursor(const std::optional<GeoPoint>& p)
{
    m_coordinates->setText(p ? CoordinateFormat::decimal(*p) + QStringLiteral("   ") + CoordinateFormat::dms(*p) : QString());
}

void MainWindow::selectCrossing(int crossing)
{
    m_canvas->setSelectedCrossing(crossing);
    m_crossingPanel->setCrossing(crossing);
    m_timelinePanel->setSelectedCrossing(crossing);
    showSelection();
}

void MainWindow::showSelection()
{
    const int crossing = m_canvas->selectedCrossing();
    if (crossing < 0) {
        m_selection->clear();
        return;
    }
    const Dataset& d = m_timeline->dataset();
    const CrossingState st = m_timeline->crossingStateAt(crossing, m_time->date());
    m_selection->setText(QStringLiteral("%1 — %2 · IQ side: %3 · SY side: %4")
                             .arg(d.crossings()[static_cast<std::size_t>(crossing)].displayName(), statusName(st.status),
                                  EventText::actor(d, st.side(Side::IQ).controller), EventText::actor(d, st.side(Side::SY).controller)));
}

void MainWindow::goTo(const SearchEntry& entry)
{
    if (entry.date) m_time->setDate(*entry.date);
    if (entry.crossing >= 0) selectCrossing(entry.crossing);
    if (!entry.point) return;
    try {
        const MapPoint p = m_renderer->transform(m_canvas->settings().crs).forward(*entry.point);
        const MapRect e = m_canvas->settings().extent;
        m_canvas->setExtent({p.x - e.width() / 2, p.y - e.height() / 2, p.x + e.width() / 2, p.y + e.height() / 2});
    } catch (const ProjError&) {
        warn(QStringLiteral("%1 cannot be shown in this CRS").arg(entry.label));
    }
}

bool MainWindow::setCrs(const QString& text)
{
    const QString crs = Crs::normalize(text);
    try {
        m_renderer->projected(crs);
    } catch (const ProjError& e) {
        m_layersPanel->showCrsError(QStringLiteral("“%1” is not a CRS PROJ knows: %2").arg(text.left(60), QString::fromUtf8(e.what())));
        return false;
    }
    m_layersPanel->showCrsError({});
    const MapSettings old = m_canvas->settings();
    changeSettings([&](MapSettings& s) {
        s.extent = ExtentConversion::convert(*m_renderer, old.extent, old.crs, crs);
        s.crs = crs;
    });
    return true;
}

bool MainWindow::openDataset(const QString& path)
{
    const DatasetReader::Result result = DatasetReader::read(path);
    if (!result.ok()) {
        QStringList lines;
        for (const LoadProblem& p : result.problems) lines << p.toString();
        auto* box = new QMessageBox(QMessageBox::Warning, QStringLiteral("Open dataset"),
                                    QStringLiteral("%1 was not opened: %2 problem(s). The current dataset stays.").arg(QDir::toNativeSeparators(path)).arg(lines.size()),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("datasetProblems"));
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    selectCrossing(-1);
    m_timeline = std::make_shared<const Timeline>(result.dataset);
    auto renderer = std::make_unique<MapRenderer>(m_timeline);
    m_canvas->setRenderer(*renderer);
    m_renderer = std::move(renderer);
    m_time->setTimeline(m_timeline);
    m_timelinePanel->setTimeline(m_timeline);
    m_crossingPanel->setTimeline(m_timeline);
    m_search->setEntries(SearchEntry::all(m_timeline->dataset()));
    statusBar()->showMessage(QStringLiteral("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
    return true;
}

MapSettings MainWindow::snapshotSettings(const SnapshotDialog::Options& o) const
{
    MapSettings s = m_canvas->settings();
    s.size = o.size;
    s.devicePixelRatio = o.dpi / 96.0;
    const auto set = [&](Decoration d, bool on) {
        s.decorations = on ? s.decorations | static_cast<unsigned>(d) : s.decorations & ~static_cast<unsigned>(d);
    };
    set(Decoration::Legend, o.legend);
    set(Decoration::Title, o.title);
    return s;
}

QString MainWindow::exportSnapshot(const SnapshotDialog::Options& o)
{
    const QString error = SnapshotFile::write(*m_renderer, snapshotSettings(o), o.path, o.dpi);
    if (error.isEmpty()) statusBar()->showMessage(QStringLiteral("Wrote %1").arg(QDir::toNativeSeparators(o.path)), 5000);
    else warn(error);
    return error;
}

int MainWindow::exportFrames(const FramesDialog::Options& o, const std::function<bool(int, int)>& progress)
{
    const FrameSeries series(o.from, o.to, o.step);
    if (!QDir().mkpath(o.directory)) {
        warn(QStringLiteral("cannot create the folder %1").arg(o.directory));
        return 0;
    }
    MapSettings s = m_canvas->settings();
    s.size = o.size;
    s.devicePixelRatio = 1;
    const int total = static_cast<int>(series.dates().size());
    for (int i = 0; i < total; ++i) {
        if (!progress(i, total)) return i;
        s.date = series.dates()[static_cast<std::size_t>(i)];
        const QString error = SnapshotFile::write(*m_renderer, s, FrameSeries::framePath(o.directory, i), 96);
        if (!error.isEmpty()) {
            warn(error);
            return i;
        }
    }
    progress(total, total);
    return total;
}

void MainWindow::addBookmark(const QString& name)
{
    const MapSettings& s = m_canvas->settings();
    m_bookmarks.push_back({name, s.crs, s.extent, m_time->date()});
    saveBookmarks();
    rebuildBookmarksMenu();
}

void MainWindow::applyBookmark(int index)
{
    const Bookmark& b = m_bookmarks.at(static_cast<std::size_t>(index));
    if (!WindowSession::isValidCrs(b.crs)) {
        warn(QStringLiteral("bookmark “%1”: its CRS is not known any more").arg(b.name));
        return;
    }
    changeSettings([&](MapSettings& s) {
        s.crs = b.crs;
        s.extent = b.extent;
    });
    m_time->setDate(b.date);
}

void MainWindow::rebuildBookmarksMenu()
{
    m_bookmarksMenu->clear();
    m_bookmarksMenu->addAction(QStringLiteral("&Add bookmark…"), QKeySequence(Qt::CTRL | Qt::Key_D), this, &MainWindow::askBookmark);
    QAction* clear = m_bookmarksMenu->addAction(QStringLiteral("&Remove all"), this, [this] {
        m_bookmarks.clear();
        saveBookmarks();
        rebuildBookmarksMenu();
    });
    clear->setEnabled(!m_bookmarks.empty());
    m_bookmarksMenu->addSeparator();
    for (int i = 0; i < static_cast<int>(m_bookmarks.size()); ++i) {
        const Bookmark& b = m_bookmarks[static_cast<std::size_t>(i)];
        m_bookmarksMenu->addAction(QStringLiteral("%1 (%2)").arg(b.name, b.date.toString()), this, [this, i] { applyBookmark(i); });
    }
}

void MainWindow::restoreSession(bool includeView)
{
    QSettings settings;
    if (settings.status() != QSettings::NoError) {
        warn(QStringLiteral("the settings file %1 is unreadable and was ignored").arg(settings.fileName()));
        return;
    }
    if (settings.contains(QStringLiteral("window/geometry")) && !restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        warn(QStringLiteral("ignored the saved window geometry"));
    if (settings.contains(QStringLiteral("window/state")) && !restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        warn(QStringLiteral("ignored the saved window layout"));
    if (!includeView) return;
    QStringList warnings;
    MapSettings view = m_canvas->settings();
    view.date = m_time->date();
    view = WindowSession::loadView(settings, view, warnings);
    m_canvas->setSettings(view);
    m_time->setDate(view.date);
    for (const QString& w : warnings) warn(w);
}

QString MainWindow::saveSession()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    WindowSession::saveView(settings, m_canvas->settings());
    const QString error = SettingsFormat::save(settings);
    if (!error.isEmpty()) warn(error + QStringLiteral("; the session was not kept"));
    return error;
}

void MainWindow::saveBookmarks()
{
    QSettings settings;
    Bookmark::save(settings, m_bookmarks);
    if (const QString error = SettingsFormat::save(settings); !error.isEmpty()) warn(error + QStringLiteral("; the bookmarks were not kept"));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_time->pause();
    // The status bar goes with the window: a lost session is told in a box.
    if (const QString error = saveSession(); !error.isEmpty())
        QMessageBox::warning(this, QStringLiteral("Session not saved"), error + QStringLiteral(". The window closes without keeping its session."));
    event->accept();
}

void MainWindow::warn(const QString& message)
{
    qWarning("frontier-atlas: %s", qUtf8Printable(message));
    statusBar()->showMessage(message, 10000);
}

void MainWindow::askSnapshot()
{
    if (m_lastSnapshot.path.isEmpty())
        m_lastSnapshot.path = QDir::home().filePath(QStringLiteral("frontier-%1.png").arg(m_time->date().toString()));
    SnapshotDialog dialog(m_lastSnapshot, this);
    if (dialog.exec() != QDialog::Accepted) return;
    m_lastSnapshot = dialog.options();
    exportSnapshot(m_lastSnapshot);
}

void MainWindow::askFrames()
{
    if (m_lastFrames.directory.isEmpty()) {
        m_lastFrames.from = TimeController::minimum();
        m_lastFrames.to = TimeController::maximum();
        m_lastFrames.directory = QDir::home().filePath(QStringLiteral("frontier-frames"));
    }
    FramesDialog dialog(m_lastFrames, this);
    if (dialog.exec() != QDialog::Accepted) return;
    m_lastFrames = dialog.options();
    QProgressDialog progress(QStringLiteral("Writing frames…"), QStringLiteral("Cancel"), 0, 1, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    const int written = exportFrames(m_lastFrames, [&](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        return !progress.wasCanceled();
    });
    statusBar()->showMessage(QStringLiteral("Wrote %1 frame(s) to %2").arg(written).arg(QDir::toNativeSeparators(m_lastFrames.directory)), 10000);
}

void MainWindow::askDataset()
{
    const QString path = QFileDialog::getExistingDirectory(this, QStringLiteral("Open dataset folder"), m_timeline->dataset().origin());
    if (!path.isEmpty()) openDataset(path);
}

void MainWindow::askBookmark()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, QStringLiteral("Add bookmark"), QStringLiteral("Name"), QLineEdit::Normal,
                                               m_time->date().toString(), &ok);
    if (ok && !name.trimmed().isEmpty()) addBookmark(name.trimmed());
}

} // namespace frontier
