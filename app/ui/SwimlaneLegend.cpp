#include "SwimlaneLegend.h"

#include "SwimlaneStyle.h"
#include "time/Timeline.h"

#include <QPainter>

#include <set>

namespace frontier {
namespace {

constexpr int kSwatch = 14;
constexpr int kSpacing = 12;
constexpr int kRowHeight = 18;

} // namespace

SwimlaneLegend::SwimlaneLegend(std::shared_ptr<const Timeline> timeline, Style style, QWidget* parent)
    : QWidget(parent), m_style(std::move(style))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setTimeline(std::move(timeline));
}

void SwimlaneLegend::setTimeline(std::shared_ptr<const Timeline> timeline)
{
    const Dataset& d = timeline->dataset();
    std::set<int> shown; // controllers in dataset order
    for (int c = 0; c < static_cast<int>(d.crossings().size()); ++c)
        for (Side side : kSides)
            for (const StateInterval& iv : timeline->controlIntervals(c, side)) {
                if (!iv.isGap() && iv.actor >= 0 && iv.actor != d.unknownActor()) shown.insert(iv.actor);
                shown.insert(iv.with.begin(), iv.with.end());
            }
    m_items.clear();
    for (int a : shown) {
        const Actor& actor = d.actors()[static_cast<std::size_t>(a)];
        m_items.push_back({actor.shortName, m_style.actorColor(actor.id)});
    }
    m_items.push_back({QStringLiteral("unknown"), m_style.unknownActor, true});
    m_items.push_back({QStringLiteral("open"), SwimlaneStyle::statusColor(m_style, CrossingStatus::Open)});
    m_items.push_back({QStringLiteral("restricted"), SwimlaneStyle::statusColor(m_style, CrossingStatus::Restricted)});
    m_items.push_back({QStringLiteral("closed"), SwimlaneStyle::statusColor(m_style, CrossingStatus::Closed)});
    m_items.push_back({QStringLiteral("approximate date"), QColor(0x88, 0x88, 0x88), false, true});
    m_items.push_back({QStringLiteral("disputed"), palette().base().color(), false, false, true});
    updateGeometry();
    update();
}

template <typename Place>
int SwimlaneLegend::layout(int width, Place place) const
{
    const QFontMetrics fm(font());
    int x = 0, y = 0;
    for (const Item& item : m_items) {
        const int w = kSwatch + 4 + fm.horizontalAdvance(item.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += kRowHeight;
        }
        place(item, QRect(x, y + (kRowHeight - kSwatch) / 2, kSwatch, kSwatch), QRect(x + kSwatch + 4, y, w - kSwatch - 4, kRowHeight));
        x += w + kSpacing;
    }
    return y + kRowHeight;
}

int SwimlaneLegend::heightForWidth(int width) const
{
    return layout(width, [](const Item&, const QRect&, const QRect&) {});
}

QSize SwimlaneLegend::sizeHint() const { return QSize(640, heightForWidth(640)); }

void SwimlaneLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setPen(palette().text().color());
    layout(width(), [&](const Item& item, const QRect& swatch, const QRect& text) {
        SwimlaneStyle::fill(p, swatch, item.color, item.unknown, item.approximate, item.disputed);
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, item.text);
    });
}

} // namespace frontier
