#include "SwimlaneLegend.h"

#include "EventText.h"

#include "render/SymbolPainter.h"
#include "time/Timeline.h"

#include <QPainter>
#include <QStyle>

#include <set>

namespace frontier {
namespace {

constexpr int kSwatch = 14;
constexpr int kSpacing = 12;
constexpr int kRowHeight = 18;

} // namespace

SwimlaneLegend::SwimlaneLegend(std::shared_ptr<const Timeline> timeline, Style style,
                               QWidget* parent)
    : QWidget(parent), m_style(std::move(style))
{
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    setTimeline(std::move(timeline));
}

void SwimlaneLegend::setStyle(const Style& style, std::shared_ptr<const Timeline> timeline)
{
    m_style = style;
    setTimeline(std::move(timeline));
}

void SwimlaneLegend::setLabels(LabelLanguage labels)
{
    m_labels = labels;
    showItems();
}

void SwimlaneLegend::setTimeline(std::shared_ptr<const Timeline> timeline)
{
    m_timeline = std::move(timeline);
    showItems();
}

void SwimlaneLegend::showItems()
{
    const Timeline& timeline = *m_timeline;
    const Dataset& d = timeline.dataset();
    std::set<int> shown; // controllers in dataset order
    for (int c = 0; c < static_cast<int>(d.features().size()); ++c)
        for (Side side : kSides)
            for (const StateInterval& iv : timeline.controlIntervals(c, side)) {
                if (!iv.isGap() && iv.actor >= 0 && iv.actor != d.unknownActor())
                    shown.insert(iv.actor);
                shown.insert(iv.with.begin(), iv.with.end());
            }
    m_items.clear();
    const std::vector<QColor> colors = m_style.actorColors(d);
    for (int a : shown)
        m_items.push_back({EventText::actor(d, a, m_labels), colors[static_cast<std::size_t>(a)]});
    m_items.push_back({tr("unknown"), m_style.unknownActor, CrossingStatus::Unknown, true});
    for (const CrossingStatus status :
         {CrossingStatus::Open, CrossingStatus::Restricted, CrossingStatus::Closed})
        m_items.push_back({EventText::status(status), QColor(), status});
    m_items.push_back(
        {tr("approximate date"), m_style.unknownStatus, CrossingStatus::Unknown, false, true});
    m_items.push_back(
        {tr("disputed"), palette().base().color(), CrossingStatus::Unknown, false, false, true});
    // For screen readers, what the picture shows.
    QStringList names;
    for (const Item& item : m_items)
        names << item.text;
    setAccessibleDescription(names.join(QStringLiteral(", ")));
    updateGeometry();
    update();
}

template <typename Place> int SwimlaneLegend::layout(int width, Place place) const
{
    const QFontMetrics fm(font());
    int x = 0, y = 0;
    for (const Item& item : m_items) {
        const int w = kSwatch + 4 + fm.horizontalAdvance(item.text);
        if (x > 0 && x + w > width) {
            x = 0;
            y += kRowHeight;
        }
        place(item, QRect(x, y + (kRowHeight - kSwatch) / 2, kSwatch, kSwatch),
              QRect(x + kSwatch + 4, y, w - kSwatch - 4, kRowHeight));
        x += w + kSpacing;
    }
    return y + kRowHeight;
}

int SwimlaneLegend::heightForWidth(int width) const
{
    return layout(width, [](const Item&, const QRect&, const QRect&) {});
}

QSize SwimlaneLegend::sizeHint() const
{
    return QSize(640, heightForWidth(640));
}

void SwimlaneLegend::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const SymbolPainter symbols(m_style);
    // Laid out from the left, then mirrored in a right-to-left window: it reads from the right.
    layout(width(), [&](const Item& item, QRect swatch, QRect text) {
        swatch = QStyle::visualRect(layoutDirection(), rect(), swatch);
        text = QStyle::visualRect(layoutDirection(), rect(), text);
        if (item.color.isValid())
            symbols.fillControlPeriod(p, swatch, item.color, item.unknown, QColor(),
                                      item.approximate, item.disputed);
        else
            symbols.fillStatusPeriod(p, swatch, item.status, false, false);
        p.setPen(palette().text().color());
        p.drawText(text, Qt::AlignLeft | Qt::AlignVCenter, item.text);
    });
}

} // namespace frontier
