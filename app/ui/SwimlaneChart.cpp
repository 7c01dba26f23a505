#include "SwimlaneChart.h"

#include "EventText.h"
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

namespace frontier {
namespace {

const std::int32_t kFirst = AtlasModel::minimumDate().julianDay();
const std::int32_t kLast = AtlasModel::maximumDate().julianDay() + 1; // exclusive

const Intervals& rowIntervals(const Timeline& t, int crossing, int row)
{
    return row < 2 ? t.controlIntervals(crossing, kSides[static_cast<std::size_t>(row)])
                   : t.statusIntervals(crossing);
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
    setMinimumHeight(sizeHint().height());
}

void SwimlaneChart::setTimeline(std::shared_ptr<const Timeline> timeline)
{
    m_timeline = std::move(timeline);
    m_actorColors = m_style.actorColors(m_timeline->dataset());
    m_selected = -1;
    setMinimumHeight(sizeHint().height());
    update();
}

void SwimlaneChart::setDate(Date date)
{
    if (date == m_date)
        return;
    m_date = date;
    update();
}

void SwimlaneChart::setSelectedCrossing(int crossing)
{
    m_selected = crossing;
    update();
}

int SwimlaneChart::crossingCount() const
{
    return static_cast<int>(m_timeline->dataset().crossings().size());
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

QRectF SwimlaneChart::rowRect(int crossing, int row) const
{
    const double top =
        kTop + crossing * crossingHeight() + (row == 2 ? 2 * kBand + 2 : row * kBand);
    return QRectF(QPointF(kLabelWidth, top),
                  QPointF(width() - kRight, top + (row == 2 ? kTrack : kBand)));
}

QSize SwimlaneChart::sizeHint() const
{
    return QSize(640, kTop + crossingCount() * crossingHeight() + kAxis);
}

void SwimlaneChart::paintRow(QPainter& p, int crossing, int row) const
{
    const Dataset& d = m_timeline->dataset();
    const SymbolPainter symbols(m_style);
    const QRectF band = rowRect(crossing, row);
    for (const StateInterval& iv : rowIntervals(*m_timeline, crossing, row)) {
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

void SwimlaneChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    const Dataset& d = m_timeline->dataset();
    const int n = crossingCount();
    for (int c = 0; c < n; ++c) {
        const FrontierFeature& crossing = d.feature(c);
        QFont f = font();
        f.setPointSizeF(f.pointSizeF() * 0.85);
        f.setBold(c == m_selected);
        p.setFont(f);
        p.setPen(palette().text().color());
        for (int row = 0; row < 3; ++row) {
            paintRow(p, c, row);
            const QRectF r = rowRect(c, row);
            const QString label =
                row < 2
                    ? crossing.sides[static_cast<std::size_t>(row)].name + QStringLiteral(" (") +
                          sideCode(kSides[static_cast<std::size_t>(row)]) + QLatin1Char(')')
                    : QStringLiteral("status");
            p.drawText(QRectF(2, r.top() - 2, kLabelWidth - 6, r.height() + 4),
                       Qt::AlignRight | Qt::AlignVCenter, label);
        }
    }
    // Year axis.
    const double axisTop = kTop + n * crossingHeight();
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.8);
    p.setFont(f);
    p.setPen(palette().mid().color());
    for (int year = AtlasModel::minimumDate().year(); year <= AtlasModel::maximumDate().year();
         ++year) {
        const double x = xOf(Date::fromYmd(year, 1, 1).julianDay());
        p.drawLine(QPointF(x, kTop), QPointF(x, axisTop + 3));
        p.drawText(QRectF(x + 2, axisTop, 40, kAxis), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(year));
    }
    // Cursor at the current date.
    const double x = xOf(m_date.julianDay());
    p.setPen(QPen(m_style.dateCursor, m_style.dateCursorWidth));
    p.drawLine(QPointF(x, 0), QPointF(x, axisTop));
}

int SwimlaneChart::crossingAtY(double y) const
{
    const double row = (y - kTop) / crossingHeight();
    return row >= 0 && row < crossingCount() ? static_cast<int>(row) : -1;
}

void SwimlaneChart::mousePressEvent(QMouseEvent* e)
{
    if (e->button() != Qt::LeftButton)
        return;
    if (const int c = crossingAtY(e->position().y()); c >= 0)
        emit crossingRequested(c);
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
    for (int c = 0; c < crossingCount(); ++c) {
        for (int row = 0; row < 3; ++row) {
            if (!rowRect(c, row).contains(pos))
                continue;
            const Date at = dateAt(pos.x());
            const StateInterval* iv = intervalAt(rowIntervals(*m_timeline, c, row), at.julianDay());
            if (!iv)
                return {};
            const FrontierFeature& crossing = d.feature(c);
            QString what = row < 2 ? QStringLiteral("%1 (%2): %3")
                                         .arg(crossing.sides[static_cast<std::size_t>(row)].name,
                                              sideCode(kSides[static_cast<std::size_t>(row)]),
                                              EventText::actor(d, iv->actor))
                                   : QStringLiteral("%1: %2").arg(crossing.displayName(),
                                                                  statusName(iv->status));
            const QString to = iv->end == kOpenEnd ? QStringLiteral("…")
                                                   : Date::fromJulianDay(iv->end - 1).toString();
            what += QStringLiteral("\n%1 – %2")
                        .arg(Date::fromJulianDay(std::max(iv->start, kFirst)).toString(), to);
            if (iv->isGap())
                what += QStringLiteral("\nno source covers this period");
            if (iv->approximate)
                what += QStringLiteral("\napproximate date");
            if (iv->disputed)
                what += QStringLiteral("\ndisputed");
            return what;
        }
    }
    return {};
}

} // namespace frontier
