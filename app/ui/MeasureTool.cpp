#include "MeasureTool.h"

#include "AtlasModel.h"
#include "MapCanvas.h"
#include "geo/Geodesic.h"
#include "geo/Measurement.h"
#include "render/MapRenderer.h"

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

namespace frontier {
namespace {

constexpr double kClickSlack = 4;          ///< px a press may move and still be a click
constexpr double kCloseReach = 8;          ///< px from the first point that closes the shape
constexpr std::size_t kListedSegments = 8; ///< segments listed in the result box
constexpr double kOnFrontierKm = 5;        ///< an end this near the frontier is measured along it
const QColor kPathColour(0xd4, 0x00, 0x7a);

QString kmText(double meters)
{
    return MeasureTool::tr("%1 km (%2 nmi)")
        .arg(meters / 1000, 0, 'f', meters < 10000 ? 2 : 1)
        .arg(Measurement::nauticalMiles(meters), 0, 'f', 1);
}

} // namespace

MeasureTool::MeasureTool(MapCanvas& canvas)
    : QObject(&canvas), m_canvas(canvas), m_action(new QAction(tr("&Measure"), this)),
      m_box(new QLabel(&canvas))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_M));
    m_action->setToolTip(
        tr("Measure geodesic distances, azimuths and areas: click points on the map (M)"));
    m_box->setObjectName(QStringLiteral("measureBox"));
    m_box->setStyleSheet(QStringLiteral(
        "QLabel { background: rgba(255,255,255,235); border: 1px solid #888; padding: 5px; }"));
    m_box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_box->hide();
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        clear();
        m_canvas.setCursor(on ? Qt::CrossCursor : Qt::ArrowCursor);
    });
    canvas.installEventFilter(this); // after MapInput: sees the events first
}

void MeasureTool::clear()
{
    m_points.clear();
    m_closed = false;
    changed();
}

void MeasureTool::addPoint(QPointF pos)
{
    const auto geo = m_canvas.toGeo(pos);
    if (!geo)
        return;
    const std::vector<QPointF> screen = screenPoints(m_canvas.effectiveSettings());
    if (m_closed) { // a click after a closed shape starts a new one
        m_points.clear();
        m_closed = false;
    } else if (!screen.empty() && QLineF(screen.back(), pos).length() < kClickSlack) {
        return; // the second click of a double click
    } else if (screen.size() >= 3 && QLineF(screen.front(), pos).length() <= kCloseReach) {
        m_closed = true;
        changed();
        return;
    }
    m_points.push_back(*geo);
    changed();
}

void MeasureTool::changed()
{
    const QString text = resultText();
    m_box->setText(text);
    m_box->setVisible(!text.isEmpty());
    m_box->adjustSize();
    m_box->move(std::max(0, m_canvas.width() - m_box->width() - 70), 8);
    m_canvas.update();
}

QString MeasureTool::resultText() const
{
    if (m_points.size() < 2)
        return m_action->isChecked() && m_points.empty() ? tr("Click points on the map to measure")
                                                         : QString();
    const Measurement m = Measurement::of(m_points, m_closed);
    QStringList lines{(m_closed ? tr("Perimeter %1") : tr("Distance %1")).arg(kmText(m.meters))};
    // The last few segments only: the box stays on the map however many points there are.
    const std::size_t first =
        m.segments.size() > kListedSegments ? m.segments.size() - kListedSegments : 0;
    if (first > 0)
        lines << tr("(%1 earlier segments)").arg(first);
    for (std::size_t i = first; i < m.segments.size(); ++i)
        lines << tr("%1. %2, azimuth %3°")
                     .arg(i + 1)
                     .arg(kmText(m.segments[i].meters))
                     .arg(m.segments[i].azimuth, 0, 'f', 1);
    if (m.squareMeters)
        lines << tr("Area %1 km²").arg(*m.squareMeters / 1e6, 0, 'f', 1);
    const FrontierLine& frontier = m_canvas.renderer().timeline().dataset().frontierLine();
    if (!m_closed && !frontier.isEmpty()) {
        const auto near = [&](GeoPoint p) {
            return Geodesic::closestOnLine(p, frontier.vertices()).meters <= kOnFrontierKm * 1000;
        };
        if (near(m_points.front()) && near(m_points.back())) {
            const double a = frontier.kmAt(m_points.front()), b = frontier.kmAt(m_points.back());
            lines << tr("Along the frontier: km %1 to km %2, %3 km")
                         .arg(a, 0, 'f', 1)
                         .arg(b, 0, 'f', 1)
                         .arg(std::abs(b - a), 0, 'f', 1);
        }
    }
    return lines.join(u'\n');
}

std::vector<QPointF> MeasureTool::screenPoints(const MapSettings& settings) const
{
    std::vector<QPointF> out;
    const CoordinateTransform& t = m_canvas.renderer().transform(settings.crs);
    const Viewport vp = MapRenderer::viewport(settings);
    for (const GeoPoint& p : m_points)
        if (const auto m = t.forward(p))
            out.push_back(vp.toScreen(*m));
    return out;
}

void MeasureTool::paint(QPainter& painter, const MapSettings& settings) const
{
    if (m_points.empty())
        return;
    const std::vector<QPointF> screen = screenPoints(settings);
    // Segment by segment with flat caps, not one polyline with round joins: antialiased round
    // joins and caps cost ten times as much, and a path crossing the map hundreds of times took
    // seconds a frame. The discs drawn on the points cover the joints.
    std::vector<QLineF> segments;
    for (std::size_t i = 1; i < screen.size(); ++i)
        segments.emplace_back(screen[i - 1], screen[i]);
    if (m_closed && screen.size() > 2)
        segments.emplace_back(screen.back(), screen.front());
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (const QPen& pen : {QPen(Qt::white, 4.5, Qt::SolidLine, Qt::FlatCap),
                            QPen(kPathColour, 2, Qt::SolidLine, Qt::FlatCap)}) {
        painter.setPen(pen);
        for (const QLineF& segment : segments)
            painter.drawLine(segment);
    }
    painter.setBrush(Qt::white);
    for (const QPointF& p : screen)
        painter.drawEllipse(p, 3.5, 3.5);
    painter.restore();
}

bool MeasureTool::eventFilter(QObject*, QEvent* event)
{
    if (!m_action->isChecked())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        m_pressPos = static_cast<QMouseEvent*>(event)->position();
        return false; // a drag still pans
    case QEvent::MouseButtonRelease: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton ||
            (e->position() - m_pressPos).manhattanLength() >= kClickSlack)
            return false;
        addPoint(e->position());
        return true; // a click measures; it does not select
    }
    case QEvent::MouseButtonDblClick:
        return true;
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape) {
            clear();
            return true;
        }
        if (key == Qt::Key_Backspace && !m_points.empty()) {
            if (m_closed)
                m_closed = false;
            else
                m_points.pop_back();
            changed();
            return true;
        }
        return false;
    }
    default:
        return false;
    }
}

} // namespace frontier
