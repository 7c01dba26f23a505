#include "SwimlaneChart.h"

#include "EventText.h"
#include "SwimlaneTip.h"
#include "render/MapText.h"
#include "render/SymbolPainter.h"
#include "time/TimeController.h"
#include "time/Timeline.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace frontier {

using Lane = SwimlaneLayout::Lane;

SwimlaneChart::SwimlaneChart(std::shared_ptr<const Timeline> timeline, Style style, QWidget* parent)
    : QWidget(parent), m_timeline(std::move(timeline)), m_style(std::move(style)),
      m_actorColors(m_style.actorColors(m_timeline->dataset()))
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    layoutLanes();
}

void SwimlaneChart::setTimeline(std::shared_ptr<const Timeline> timeline)
{
    m_timeline = std::move(timeline);
    m_actorColors = m_style.actorColors(m_timeline->dataset());
    m_selected = -1;
    layoutLanes();
}

void SwimlaneChart::setStyle(const Style& style)
{
    m_style = style;
    m_actorColors = m_style.actorColors(m_timeline->dataset());
    update();
}

void SwimlaneChart::setDate(Date date)
{
    if (date == m_date)
        return;
    m_date = date;
    update();
}

void SwimlaneChart::setSelectedFeature(int feature)
{
    m_selected = feature;
    update();
}

void SwimlaneChart::setLabels(LabelLanguage labels)
{
    m_labels = labels;
    update();
}

void SwimlaneChart::setCollapsed(Group group, bool collapsed)
{
    m_layout.setCollapsed(group, collapsed);
    layoutLanes();
}

void SwimlaneChart::layoutLanes()
{
    m_layout.layOut(m_timeline->dataset());
    setMinimumHeight(sizeHint().height());
    updateGeometry();
    update();
}

double SwimlaneChart::xOf(std::int32_t jd) const
{
    return SwimlaneLayout::xOf(jd, width());
}

Date SwimlaneChart::dateAt(double x) const
{
    return SwimlaneLayout::dateAt(x, width());
}

QRectF SwimlaneChart::rowRect(int feature, int row) const
{
    return m_layout.rowRect(feature, row, width());
}

QRectF SwimlaneChart::groupRect(Group group) const
{
    return m_layout.groupRect(group, width());
}

int SwimlaneChart::featureAtY(double y) const
{
    const Lane* lane = m_layout.laneAt(y);
    return lane ? lane->feature : -1;
}

QSize SwimlaneChart::sizeHint() const
{
    return QSize(640, static_cast<int>(std::ceil(m_layout.bottom())) + SwimlaneLayout::kAxis);
}

void SwimlaneChart::paintRow(QPainter& p, int feature, int row) const
{
    const Dataset& d = m_timeline->dataset();
    const SymbolPainter symbols(m_style);
    const QRectF band = rowRect(feature, row);
    const std::int32_t end = SwimlaneLayout::endDay();
    for (const StateInterval& iv : SwimlaneLayout::intervals(*m_timeline, feature, row)) {
        if (iv.end <= SwimlaneLayout::firstDay() || iv.start >= end)
            continue;
        const QRectF r(QPointF(xOf(iv.start), band.top()),
                       QPointF(xOf(iv.end == kOpenEnd ? end : iv.end), band.bottom()));
        if (row == 2) {
            symbols.fillStatusPeriod(p, r, iv.isGap() ? CrossingStatus::Unknown : iv.status,
                                     iv.approximate, iv.disputed);
            continue;
        }
        const bool unknown = iv.isGap() || iv.actor < 0 || iv.actor == d.unknownActor();
        const auto color = [&](int actor) {
            return m_actorColors[static_cast<std::size_t>(actor)];
        };
        symbols.fillControlPeriod(p, r, unknown ? m_style.unknownActor : color(iv.actor), unknown,
                                  iv.with.empty() ? QColor() : color(iv.with.front()),
                                  iv.approximate, iv.disputed);
    }
}

void SwimlaneChart::paintHeader(QPainter& p, const Lane& lane) const
{
    const QRectF r = groupRect(lane.group);
    p.fillRect(r.adjusted(0, 1, 0, -1), palette().alternateBase());
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 0.9);
    p.setFont(f);
    p.setPen(palette().text().color());
    const Dataset& d = m_timeline->dataset();
    const bool crossings = lane.group == Group::Crossings;
    const auto count = crossings ? d.crossings().size() : d.sectors().size();
    p.drawText(r.adjusted(6, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("%1 %2 (%3)")
                   .arg(isCollapsed(lane.group) ? QStringLiteral("▸") : QStringLiteral("▾"),
                        crossings ? tr("Crossings") : tr("Frontier sectors"))
                   .arg(count));
}

// A crossing's rows are named by its sides' towns and "status"; a sector's two bands share its
// name (elided; the tooltip has it whole), with each band's side code.
void SwimlaneChart::paintLabels(QPainter& p, int feature) const
{
    const FrontierFeature& f = m_timeline->dataset().feature(feature);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    font.setBold(feature == m_selected);
    p.setFont(font);
    p.setPen(palette().text().color());
    const auto labelRect = [](const QRectF& row, double right) {
        return QRectF(2, row.top() - 2, right - 2, row.height() + 4);
    };
    for (int row = 0; row < m_layout.rowCount(feature); ++row) {
        const QRectF r = rowRect(feature, row);
        const QString code =
            row < 2 ? EventText::code(kSides[static_cast<std::size_t>(row)]) : QString();
        const QString label =
            row == 2         ? tr("status")
            : f.isCrossing() ? MapText::sideName(f.sides[static_cast<std::size_t>(row)], m_labels) +
                                   QStringLiteral(" (") + code + QLatin1Char(')')
                             : code;
        p.drawText(labelRect(r, SwimlaneLayout::kLabelWidth - 6), Qt::AlignRight | Qt::AlignVCenter,
                   label);
    }
    if (f.isCrossing())
        return;
    const QRectF both = rowRect(feature, 0).united(rowRect(feature, 1));
    const QRectF nameRect = labelRect(both, SwimlaneLayout::kLabelWidth - 28);
    p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(font).elidedText(MapText::featureName(f, m_labels), Qt::ElideRight,
                                              nameRect.width()));
}

void SwimlaneChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    for (const Lane& lane : m_layout.lanes()) {
        if (lane.feature < 0) {
            paintHeader(p, lane);
            continue;
        }
        for (int row = 0; row < m_layout.rowCount(lane.feature); ++row)
            paintRow(p, lane.feature, row);
        paintLabels(p, lane.feature);
    }
    paintAxis(p);
}

// The years under the lanes, and the cursor at the current date.
void SwimlaneChart::paintAxis(QPainter& p) const
{
    const double bottom = m_layout.bottom();
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    p.setPen(palette().mid().color());
    for (int year = AtlasModel::minimumDate().year(); year <= AtlasModel::maximumDate().year();
         ++year) {
        const double x = xOf(Date::fromYmd(year, 1, 1).julianDay());
        p.drawLine(QPointF(x, SwimlaneLayout::kTop), QPointF(x, bottom + 3));
        p.drawText(QRectF(x + 2, bottom, 40, SwimlaneLayout::kAxis),
                   Qt::AlignLeft | Qt::AlignVCenter, QString::number(year));
    }
    const double x = xOf(m_date.julianDay());
    p.setPen(QPen(m_style.dateCursor, m_style.dateCursorWidth));
    p.drawLine(QPointF(x, 0), QPointF(x, bottom));
}

void SwimlaneChart::mousePressEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const Lane* lane = m_layout.laneAt(e->position().y());
    if (lane && lane->feature < 0) {
        setCollapsed(lane->group, !isCollapsed(lane->group));
        return;
    }
    if (lane)
        emit featureRequested(lane->feature);
    if (e->position().x() >= SwimlaneLayout::kLabelWidth)
        emit dateRequested(dateAt(e->position().x()));
}

void SwimlaneChart::mouseMoveEvent(QMouseEvent* e)
{
    if (e->buttons() & Qt::LeftButton)
        emit dateRequested(dateAt(e->position().x()));
}

bool SwimlaneChart::event(QEvent* e)
{
    if (e->type() != QEvent::ToolTip)
        return QWidget::event(e);
    auto* help = static_cast<QHelpEvent*>(e);
    const QString text = SwimlaneTip(*m_timeline, m_layout, m_labels).at(help->pos(), width());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

} // namespace frontier
