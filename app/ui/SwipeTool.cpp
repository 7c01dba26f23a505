#include "SwipeTool.h"

#include "AtlasModel.h"
#include "MapCanvas.h"
#include "render/MapRenderer.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"

#include <QAction>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace frontier {
namespace {

constexpr double kGrab = 6; ///< px either side of the line that grab it

} // namespace

SwipeTool::SwipeTool(MapCanvas& canvas)
    : QObject(&canvas), m_canvas(canvas),
      m_action(new QAction(tr("&Swipe to the compare date"), this))
{
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_W));
    m_action->setToolTip(
        tr("Show the compare date (Changes dock) left of a line you drag across the map (W)"));
    connect(m_action, &QAction::toggled, &m_canvas, qOverload<>(&QWidget::update));
    connect(&m_canvas.model(), &AtlasModel::compareDateChanged, &m_canvas,
            qOverload<>(&QWidget::update));
    canvas.installEventFilter(this);
}

bool SwipeTool::isShown() const
{
    return m_action->isChecked() && m_canvas.model().compareDate().isValid();
}

double SwipeTool::lineX() const
{
    return std::round(m_position * m_canvas.width());
}

void SwipeTool::paint(QPainter& painter, const MapSettings& settings, RenderCache* cache) const
{
    if (!isShown())
        return;
    MapSettings other = settings;
    other.date = m_canvas.model().compareDate();
    other.compareDate = Date{};
    const double x = lineX();
    painter.save();
    painter.setClipRect(QRectF(0, 0, x, m_canvas.height()));
    m_canvas.renderer().render(painter, other, cache); // one base image serves both dates
    painter.restore();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 5));
    painter.drawLine(QPointF(x, 0), QPointF(x, m_canvas.height()));
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    painter.drawLine(QPointF(x, 0), QPointF(x, m_canvas.height()));
    const QFont font = RenderContext::mapFont(m_canvas.renderer().style(), 13, true);
    const double y = m_canvas.height() - 60;
    const Style& style = m_canvas.renderer().style();
    TextPainter::draw(painter, QRectF(x - 210, y, 200, 20), font,
                      QStringLiteral("◀ ") + other.date.toString(), style.text, style.halo, 2,
                      Qt::AlignRight | Qt::AlignVCenter);
    TextPainter::draw(painter, QRectF(x + 10, y, 200, 20), font,
                      settings.date.toString() + QStringLiteral(" ▶"), style.text, style.halo, 2,
                      Qt::AlignLeft | Qt::AlignVCenter);
    painter.restore();
}

bool SwipeTool::eventFilter(QObject*, QEvent* event)
{
    if (!isShown())
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton || std::abs(e->position().x() - lineX()) > kGrab)
            return false;
        m_dragging = true;
        return true;
    }
    case QEvent::MouseMove: {
        if (!m_dragging) {
            const auto* e = static_cast<QMouseEvent*>(event);
            if (std::abs(e->position().x() - lineX()) <= kGrab)
                m_canvas.setCursor(Qt::SplitHCursor);
            else if (m_canvas.cursor().shape() == Qt::SplitHCursor)
                m_canvas.unsetCursor();
            return false;
        }
        const auto* e = static_cast<QMouseEvent*>(event);
        m_position = std::clamp(e->position().x() / std::max(1, m_canvas.width()), 0.0, 1.0);
        m_canvas.update();
        return true;
    }
    case QEvent::MouseButtonRelease:
        if (!m_dragging)
            return false;
        m_dragging = false;
        return true;
    default:
        return false;
    }
}

} // namespace frontier
