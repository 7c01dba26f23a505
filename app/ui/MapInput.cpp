#include "MapInput.h"

#include "AtlasModel.h"
#include "EventText.h"
#include "MapCanvas.h"
#include "render/MapRenderer.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace frontier {
namespace {

// The extent after changing the viewport the canvas shows now.
template <typename Change> void applyViewport(MapCanvas* canvas, Change change)
{
    const Viewport now = MapRenderer::viewport(canvas->effectiveSettings());
    canvas->setExtent(change(now).extent());
}

} // namespace

MapInput::MapInput(MapCanvas* canvas) : QObject(canvas), m_canvas(canvas) {}

bool MapInput::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_canvas)
        return false;
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton)
            return false;
        m_pressPos = m_lastPos = e->position();
        m_dragging = false;
        return true;
    }
    case QEvent::MouseMove: {
        auto* e = static_cast<QMouseEvent*>(event);
        emit m_canvas->cursorMoved(m_canvas->toGeo(e->position()));
        if (!(e->buttons() & Qt::LeftButton)) {
            const int hit = m_canvas->featureAt(e->position());
            m_canvas->setCursor(hit >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
            return false;
        }
        if (!m_dragging && (e->position() - m_pressPos).manhattanLength() < 4)
            return true;
        m_dragging = true;
        const QPointF d = e->position() - m_lastPos;
        m_lastPos = e->position();
        applyViewport(m_canvas, [&](const Viewport& v) { return v.panned(d.x(), d.y()); });
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() != Qt::LeftButton)
            return false;
        if (!m_dragging)
            m_canvas->model().setSelectedFeature(m_canvas->featureAt(e->position()));
        m_dragging = false;
        return true;
    }
    case QEvent::ToolTip: {
        auto* e = static_cast<QHelpEvent*>(event);
        const int hit = m_canvas->featureAt(e->pos());
        if (hit < 0 || !m_canvas->settings().date.isValid()) // a compare map with no date yet
            QToolTip::hideText();
        else
            QToolTip::showText(e->globalPos(),
                               EventText::featureTooltip(m_canvas->renderer().timeline(), hit,
                                                         m_canvas->settings().date),
                               m_canvas);
        return true;
    }
    case QEvent::Wheel: {
        auto* e = static_cast<QWheelEvent*>(event);
        const double notches = e->angleDelta().y() / 120.0;
        if (notches == 0)
            return true;
        const QPointF at = e->position();
        applyViewport(m_canvas, [&](const Viewport& v) {
            return v.zoomed(std::pow(kWheelStep, notches), at);
        });
        return true;
    }
    case QEvent::KeyPress: {
        auto* e = static_cast<QKeyEvent*>(event);
        const QPointF centre(m_canvas->width() / 2.0, m_canvas->height() / 2.0);
        const double dx = m_canvas->width() * kKeyPanFraction,
                     dy = m_canvas->height() * kKeyPanFraction;
        switch (e->key()) {
        case Qt::Key_BracketRight:
        case Qt::Key_BracketLeft: { // select each feature in turn, without a mouse
            AtlasModel& model = m_canvas->model();
            const int count = int(model.dataset().features().size());
            const int step = e->key() == Qt::Key_BracketRight ? 1 : count - 1;
            const int from = model.selectedFeature() < 0 && step != 1 ? 0 : model.selectedFeature();
            model.setSelectedFeature((from + step + count) % count);
            return true;
        }
        case Qt::Key_Plus:
        case Qt::Key_Equal:
            applyViewport(m_canvas, [&](const Viewport& v) { return v.zoomed(2, centre); });
            return true;
        case Qt::Key_Minus:
            applyViewport(m_canvas, [&](const Viewport& v) { return v.zoomed(0.5, centre); });
            return true;
        // Plain Left/Right step the date (TimeActions); with Shift they pan, as Up/Down do.
        case Qt::Key_Left:
            if (!(e->modifiers() & Qt::ShiftModifier))
                return false;
            applyViewport(m_canvas, [&](const Viewport& v) { return v.panned(dx, 0); });
            return true;
        case Qt::Key_Right:
            if (!(e->modifiers() & Qt::ShiftModifier))
                return false;
            applyViewport(m_canvas, [&](const Viewport& v) { return v.panned(-dx, 0); });
            return true;
        case Qt::Key_Up:
            applyViewport(m_canvas, [&](const Viewport& v) { return v.panned(0, dy); });
            return true;
        case Qt::Key_Down:
            applyViewport(m_canvas, [&](const Viewport& v) { return v.panned(0, -dy); });
            return true;
        default:
            return false;
        }
    }
    default:
        return false;
    }
}

} // namespace frontier
