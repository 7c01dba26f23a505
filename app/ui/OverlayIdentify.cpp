#include "OverlayIdentify.h"

#include "MapCanvas.h"
#include "io/GdalIo.h"
#include "render/MapRenderer.h"

#include <QDialog>
#include <QHeaderView>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QTableWidget>
#include <QToolTip>
#include <QVBoxLayout>

namespace frontier {
namespace {

QString dateLine(const Overlay& overlay, std::size_t feature)
{
    const OverlayFeature& f = overlay.features[feature];
    if (f.precision == OverlayDatePrecision::None)
        return {};
    const QString precision =
        f.precision == OverlayDatePrecision::Year    ? OverlayIdentify::tr("year")
        : f.precision == OverlayDatePrecision::Month ? OverlayIdentify::tr("month")
        : f.precision == OverlayDatePrecision::Week  ? OverlayIdentify::tr("week")
                                                     : OverlayIdentify::tr("day");
    return OverlayIdentify::tr("%1 (known to the %2)").arg(overlay.dateText(feature), precision);
}

} // namespace

OverlayIdentify::OverlayIdentify(MapCanvas& canvas) : QObject(&canvas), m_canvas(canvas)
{
    canvas.installEventFilter(this);
}

bool OverlayIdentify::eventFilter(QObject*, QEvent* event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        const auto* help = static_cast<QHelpEvent*>(event);
        const MapSettings s = m_canvas.effectiveSettings();
        const auto hit = m_canvas.renderer().overlayAt(s, help->pos());
        if (!hit) {
            QToolTip::hideText();
            return false;
        }
        const OverlayView& view = s.overlays[hit->overlay];
        QStringList lines{view.overlay->name};
        for (const QString& field : {view.style.labelField, view.style.categoryField})
            if (const int c = view.overlay->column(field); c >= 0)
                lines << view.overlay->value(hit->feature, c);
        lines << dateLine(*view.overlay, hit->feature);
        lines.removeAll(QString());
        QToolTip::showText(help->globalPos(), lines.join(u'\n'), &m_canvas);
        return true;
    }
    case QEvent::MouseButtonPress:
        m_pressed = static_cast<QMouseEvent*>(event)->position().toPoint();
        return false;
    case QEvent::MouseButtonRelease: {
        const QPoint pos = static_cast<QMouseEvent*>(event)->position().toPoint();
        // A click, not the end of a drag, and not on a crossing (which has its own panel).
        if (m_pressed && (pos - *m_pressed).manhattanLength() < 4 && m_canvas.featureAt(pos) < 0)
            identify(pos);
        m_pressed.reset();
        return false;
    }
    default:
        return false;
    }
}

void OverlayIdentify::identify(QPoint pos)
{
    const MapSettings s = m_canvas.effectiveSettings();
    const auto hit = m_canvas.renderer().overlayAt(s, pos);
    if (!hit)
        return;
    const Overlay& overlay = *s.overlays[hit->overlay].overlay;
    if (!m_dialog) {
        m_dialog = new QDialog(&m_canvas);
        m_dialog->setObjectName(QStringLiteral("overlayFeatureDialog"));
        m_table = new QTableWidget(0, 2, m_dialog);
        m_table->setHorizontalHeaderLabels({tr("Field"), tr("Value")});
        m_table->horizontalHeader()->setStretchLastSection(true);
        m_table->verticalHeader()->hide();
        m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        (new QVBoxLayout(m_dialog))->addWidget(m_table);
        m_dialog->resize(480, 520);
    }
    std::vector<std::pair<QString, QString>> rows{{tr("Layer"), overlay.name}};
    if (const QString date = dateLine(overlay, hit->feature); !date.isEmpty())
        rows.emplace_back(tr("Date"), date);
    for (auto& attribute : GdalIo::instance().attributes(overlay, hit->feature))
        rows.push_back(std::move(attribute));
    m_table->setRowCount(static_cast<int>(rows.size()));
    for (std::size_t r = 0; r < rows.size(); ++r) {
        m_table->setItem(static_cast<int>(r), 0, new QTableWidgetItem(rows[r].first));
        m_table->setItem(static_cast<int>(r), 1, new QTableWidgetItem(rows[r].second));
    }
    m_dialog->setWindowTitle(overlay.name);
    m_dialog->show();
    m_dialog->raise();
}

} // namespace frontier
