#include "MainWindow.h"

#include "MapCanvas.h"
#include "geo/CoordinateFormat.h"
#include "render/MapRenderer.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

namespace frontier {

MainWindow::MainWindow(std::shared_ptr<const Timeline> timeline, const MapSettings& initial, QWidget* parent)
    : QMainWindow(parent), m_timeline(std::move(timeline)), m_renderer(std::make_unique<MapRenderer>(m_timeline))
{
    setWindowTitle(QStringLiteral("Frontier Atlas"));
    m_canvas = new MapCanvas(*m_renderer, this);
    m_canvas->setObjectName(QStringLiteral("mapCanvas"));
    MapSettings s = initial;
    if (!s.extent.isValid()) s.extent = m_renderer->homeExtent(s.crs);
    m_canvas->setSettings(s);
    setCentralWidget(m_canvas);

    QToolBar* bar = addToolBar(QStringLiteral("Map"));
    bar->setObjectName(QStringLiteral("mapToolBar"));
    QAction* home = bar->addAction(QStringLiteral("Home"), m_canvas, &MapCanvas::showHome);
    home->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    home->setToolTip(QStringLiteral("Show the whole frontier (Ctrl+H)"));
    QAction* zoomIn = bar->addAction(QStringLiteral("Zoom in"), this, [this] {
        const QPointF c(m_canvas->width() / 2.0, m_canvas->height() / 2.0);
        m_canvas->setExtent(MapRenderer::viewport(m_canvas->effectiveSettings()).zoomed(2, c).extent());
    });
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = bar->addAction(QStringLiteral("Zoom out"), this, [this] {
        const QPointF c(m_canvas->width() / 2.0, m_canvas->height() / 2.0);
        m_canvas->setExtent(MapRenderer::viewport(m_canvas->effectiveSettings()).zoomed(0.5, c).extent());
    });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    bar->addSeparator();
    m_date = new QDateEdit(QDate::fromJulianDay(s.date.julianDay()), bar);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setDateRange(QDate(2012, 1, 1), QDate(2025, 12, 31));
    m_date->setCalendarPopup(true);
    bar->addWidget(new QLabel(QStringLiteral(" Date "), bar));
    bar->addWidget(m_date);
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        m_canvas->setDate(Date::fromJulianDay(static_cast<std::int32_t>(d.toJulianDay())));
    });

    m_coordinates = new QLabel(this);
    m_selection = new QLabel(this);
    statusBar()->addWidget(m_selection, 1);
    statusBar()->addPermanentWidget(m_coordinates);
    connect(m_canvas, &MapCanvas::cursorMoved, this, &MainWindow::showCursor);
    connect(m_canvas, &MapCanvas::crossingClicked, this, &MainWindow::selectCrossing);
    resize(1280, 800);
    m_canvas->setFocus();
}

MainWindow::~MainWindow()
{
    delete m_canvas; // before the renderer it refers to
}

void MainWindow::showCursor(const std::optional<GeoPoint>& p)
{
    m_coordinates->setText(p ? CoordinateFormat::decimal(*p) + QStringLiteral("   ") + CoordinateFormat::dms(*p) : QString());
}

void MainWindow::selectCrossing(int crossing)
{
    m_canvas->setSelectedCrossing(crossing);
    if (crossing < 0) {
        m_selection->clear();
        return;
    }
    const Dataset& d = m_timeline->dataset();
    const Crossing& c = d.crossings()[static_cast<std::size_t>(crossing)];
    const CrossingState st = m_timeline->crossingStateAt(crossing, m_canvas->settings().date);
    const auto actor = [&](int a) { return a < 0 ? QStringLiteral("unknown") : d.actors()[static_cast<std::size_t>(a)].shortName; };
    m_selection->setText(QStringLiteral("%1 — %2 · Iraqi side: %3 · Syrian side: %4")
                             .arg(c.displayName(), statusName(st.status), actor(st.side(Side::IQ).controller), actor(st.side(Side::SY).controller)));
}

} // namespace frontier
