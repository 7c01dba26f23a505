#include "SwimlaneChart.h"

#include "EventText.h"
#include "render/MapText.h"
#include "render/SymbolPainter.h"
#include "time/TimeController.h"
#include "time/Timeline.h"

#include <QDate>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace frontier {
namespace {

const std::int32_t kFirst = AtlasModel::minimumDate().julianDay();
const std::int32_t kLast = AtlasModel::maximumDate().julianDay() + 1; // exclusive

const Intervals& rowIntervals(const Timeline& t, int feature, int row)
{
    return row < 2 ? t.controlIntervals(feature, kSides[static_cast<std::size_t>(row)])
                   : t.statusIntervals(feature);
}

const StateInterval* intervalAt(const Intervals& intervals, std::int32_t jd)
{
    for (const StateInterval& iv : intervals)
        if (iv.contains(jd))
            return &iv;
    return nullptr;
}

} // namespace

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
    m_collapsed[static_cast<std::size_t>(group)] = collapsed;
    layoutLanes();
}

void SwimlaneChart::layoutLanes()
{
    const Dataset& d = m_timeline->dataset();
    m_lanes.clear();
    double top = kTop;
    const auto add = [&](Group group, int feature) {
        m_lanes.push_back({group, feature, top});
        top += laneHeight(m_lanes.back());
    };
    for (const auto& [group, first, count] :
         {std::tuple{Group::Crossings, 0, d.crossings().size()},
          std::tuple{Group::Sectors, d.firstSector(), d.sectors().size()}}) {
        if (count == 0)
            continue;
        add(group, -1);
        if (!isCollapsed(group))
            for (int i = 0; i < static_cast<int>(count); ++i)
                add(group, first + i);
    }
    m_bottom = top;
    setMinimumHeight(sizeHint().height());
    updateGeometry();
    update();
}

double SwimlaneChart::laneHeight(const Lane& lane) const
{
    if (lane.feature < 0)
        return kHeader;
    return rowCount(lane.feature) == 3 ? 2 * kBand + kTrack + 2 + kGap : 2 * kBand + kGap;
}

int SwimlaneChart::rowCount(int feature) const
{
    return m_timeline->dataset().feature(feature).isCrossing() ? 3 : 2;
}

const SwimlaneChart::Lane* SwimlaneChart::laneAt(double y) const
{
    for (const Lane& lane : m_lanes)
        if (y >= lane.top && y < lane.top + laneHeight(lane))
            return &lane;
    return nullptr;
}

double SwimlaneChart::xOf(std::int32_t jd) const
{
    const double w = std::max(1, width() - kLabelWidth - kRight);
    return kLabelWidth + w * (std::clamp(jd, kFirst, kLast) - kFirst) / double(kLast - kFirst);
}

Date SwimlaneChart::dateAt(double x) const
{
    const double w = std::max(1, width() - kLabelWidth - kRight);
    const auto jd =
        kFirst + static_cast<std::int32_t>(std::floor((x - kLabelWidth) / w * (kLast - kFirst)));
    return Date::fromJulianDay(std::clamp(jd, kFirst, kLast - 1));
}

QRectF SwimlaneChart::rowRect(int feature, int row) const
{
    const auto lane = std::find_if(m_lanes.begin(), m_lanes.end(),
                                   [feature](const Lane& l) { return l.feature == feature; });
    if (feature < 0 || lane == m_lanes.end() || row >= rowCount(feature))
        return {};
    const double top = lane->top + (row == 2 ? 2 * kBand + 2 : row * kBand);
    return QRectF(QPointF(kLabelWidth, top),
                  QPointF(width() - kRight, top + (row == 2 ? kTrack : kBand)));
}

QRectF SwimlaneChart::groupRect(Group group) const
{
    for (const Lane& lane : m_lanes)
        if (lane.feature < 0 && lane.group == group)
            return QRectF(0, lane.top, width(), kHeader);
    return {};
}

QSize SwimlaneChart::sizeHint() const
{
    return QSize(640, static_cast<int>(std::ceil(m_bottom)) + kAxis);
}

void SwimlaneChart::paintRow(QPainter& p, int feature, int row) const
{
    const Dataset& d = m_timeline->dataset();
    const SymbolPainter symbols(m_style);
    const QRectF band = rowRect(feature, row);
    for (const StateInterval& iv : rowIntervals(*m_timeline, feature, row)) {
        if (iv.end <= kFirst || iv.start >= kLast)
            continue;
        const QRectF r(QPointF(xOf(iv.start), band.top()),
                       QPointF(xOf(iv.end == kOpenEnd ? kLast : iv.end), band.bottom()));
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
    const QRectF r(0, lane.top, width(), kHeader);
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
    for (int row = 0; row < rowCount(feature); ++row) {
        const QRectF r = rowRect(feature, row);
        const QString code =
            row < 2 ? EventText::code(kSides[static_cast<std::size_t>(row)]) : QString();
        const QString label =
            row == 2         ? tr("status")
            : f.isCrossing() ? MapText::sideName(f.sides[static_cast<std::size_t>(row)], m_labels) +
                                   QStringLiteral(" (") + code + QLatin1Char(')')
                             : code;
        p.drawText(labelRect(r, kLabelWidth - 6), Qt::AlignRight | Qt::AlignVCenter, label);
    }
    if (f.isCrossing())
        return;
    const QRectF both = rowRect(feature, 0).united(rowRect(feature, 1));
    const QRectF nameRect = labelRect(both, kLabelWidth - 28);
    p.drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(font).elidedText(MapText::featureName(f, m_labels), Qt::ElideRight,
                                              nameRect.width()));
}

void SwimlaneChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    for (const Lane& lane : m_lanes) {
        if (lane.feature < 0) {
            paintHeader(p, lane);
            continue;
        }
        for (int row = 0; row < rowCount(lane.feature); ++row)
            paintRow(p, lane.feature, row);
        paintLabels(p, lane.feature);
    }
    // Year axis.
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    p.setPen(palette().mid().color());
    for (int year = AtlasModel::minimumDate().year(); year <= AtlasModel::maximumDate().year();
         ++year) {
        const double x = xOf(Date::fromYmd(year, 1, 1).julianDay());
        p.drawLine(QPointF(x, kTop), QPointF(x, m_bottom + 3));
        p.drawText(QRectF(x + 2, m_bottom, 40, kAxis), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(year));
    }
    // Cursor at the current date.
    const double x = xOf(m_date.julianDay());
    p.setPen(QPen(m_style.dateCursor, m_style.dateCursorWidth));
    p.drawLine(QPointF(x, 0), QPointF(x, m_bottom));
}

int SwimlaneChart::featureAtY(double y) const
{
    const Lane* lane = laneAt(y);
    return lane ? lane->feature : -1;
}

void SwimlaneChart::mousePressEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    const Lane* lane = laneAt(e->position().y());
    if (lane && lane->feature < 0) {
        setCollapsed(lane->group, !isCollapsed(lane->group));
        return;
    }
    if (lane)
        emit featureRequested(lane->feature);
    if (e->position().x() >= kLabelWidth)
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
    const QString text = describe(help->pos());
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

QString SwimlaneChart::describe(QPointF pos) const
{
    const Dataset& d = m_timeline->dataset();
    const Lane* lane = laneAt(pos.y());
    if (!lane)
        return {};
    if (lane->feature < 0)
        return tr("Click to collapse or expand");
    const FrontierFeature& f = d.feature(lane->feature);
    const QString name = MapText::featureName(f, m_labels);
    if (pos.x() < kLabelWidth)
        return f.isCrossing() ? name : name + QStringLiteral("\n") + EventText::kmRange(f);
    for (int row = 0; row < rowCount(lane->feature); ++row) {
        if (!rowRect(lane->feature, row).contains(pos))
            continue;
        const Date at = dateAt(pos.x());
        const StateInterval* iv =
            intervalAt(rowIntervals(*m_timeline, lane->feature, row), at.julianDay());
        if (!iv)
            return {};
        // A crossing's side is named by its town; a sector's by the sector and the side code.
        const QString side =
            f.isCrossing() ? MapText::sideName(f.sides[static_cast<std::size_t>(row)], m_labels)
                           : name;
        QString what = row < 2
                           ? QStringLiteral("%1 (%2): %3")
                                 .arg(side, EventText::code(kSides[static_cast<std::size_t>(row)]),
                                      EventText::actor(d, iv->actor, m_labels))
                           : QStringLiteral("%1: %2").arg(name, EventText::status(iv->status));
        const QString to =
            iv->end == kOpenEnd ? QStringLiteral("…") : Date::fromJulianDay(iv->end - 1).toString();
        what += QStringLiteral("\n%1 – %2")
                    .arg(Date::fromJulianDay(std::max(iv->start, kFirst)).toString(), to);
        if (iv->isGap())
            what += tr("\nno source covers this period");
        if (iv->approximate)
            what += tr("\napproximate date");
        if (iv->disputed)
            what += tr("\ndisputed");
        return what;
    }
    return {};
}

} // namespace frontier
