#include "CrossingPanel.h"

#include "EventText.h"
#include "geo/CoordinateFormat.h"
#include "time/Timeline.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QVBoxLayout>

namespace frontier {
namespace {

constexpr int kJulianDayRole = Qt::UserRole;

QString flags(bool approximate, bool disputed)
{
    QStringList f;
    if (approximate) f << QStringLiteral("approximate");
    if (disputed) f << QStringLiteral("<span style=\"color:#d01030\">disputed</span>");
    return f.isEmpty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(f.join(QStringLiteral(", ")));
}

QString since(std::int32_t jd) { return jd <= kTimelineStart ? QString() : QStringLiteral(" since ") + Date::fromJulianDay(jd).toString(); }

} // namespace

CrossingPanel::CrossingPanel(std::shared_ptr<const Timeline> timeline, QWidget* parent)
    : QWidget(parent), m_timeline(std::move(timeline)), m_details(new QLabel(this)), m_history(new QListWidget(this))
{
    m_details->setObjectName(QStringLiteral("crossingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_history->setObjectName(QStringLiteral("crossingHistory"));
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_history->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(scroll, 3);
    layout->addWidget(new QLabel(QStringLiteral("<b>History</b> — click a row to go to its date"), this));
    layout->addWidget(m_history, 2);
    connect(m_history, &QListWidget::itemClicked, this, &CrossingPanel::activate);
    connect(m_history, &QListWidget::itemActivated, this, &CrossingPanel::activate);
    showDetails();
}

void CrossingPanel::setTimeline(std::shared_ptr<const Timeline> timeline)
{
    m_timeline = std::move(timeline);
    m_crossing = -1;
    fillHistory();
    showDetails();
}

void CrossingPanel::setCrossing(int crossing)
{
    if (crossing == m_crossing) return;
    m_crossing = crossing;
    fillHistory();
    showDetails();
}

void CrossingPanel::setDate(Date date)
{
    if (date == m_date) return;
    m_date = date;
    showDetails();
}

void CrossingPanel::activate(QListWidgetItem* item)
{
    emit dateRequested(Date::fromJulianDay(item->data(kJulianDayRole).toInt()));
}

QString CrossingPanel::sideHtml(int side) const
{
    const Dataset& d = m_timeline->dataset();
    const SideState st = m_timeline->crossingStateAt(m_crossing, m_date).sides[static_cast<std::size_t>(side)];
    QString controller = EventText::actor(d, st.controller);
    for (int a : st.with) controller += QStringLiteral(" + ") + EventText::actor(d, a);
    QString html = QStringLiteral("<p><b>%1 side:</b> %2%3%4")
                       .arg(sideCode(kSides[static_cast<std::size_t>(side)]), controller.toHtmlEscaped(), since(st.since), flags(st.approximate, st.disputed));
    if (st.event < 0) return html + QStringLiteral("<br><i>no source covers this date</i></p>");
    const Event& e = d.events()[static_cast<std::size_t>(st.event)];
    return html + QStringLiteral("<br>%1</p>").arg(e.summary.toHtmlEscaped()) + EventText::sourcesHtml(d, e.sources);
}

void CrossingPanel::showDetails()
{
    if (m_crossing < 0) {
        m_details->setText(QStringLiteral("<p>Click a crossing on the map, or find one with Ctrl+F.</p>"));
        return;
    }
    const Dataset& d = m_timeline->dataset();
    const Crossing& c = d.crossings()[static_cast<std::size_t>(m_crossing)];
    const CrossingState st = m_timeline->crossingStateAt(m_crossing, m_date);
    QString html = QStringLiteral("<h3 style=\"margin-bottom:2px\">%1</h3><p style=\"margin-top:0\">").arg(c.displayName().toHtmlEscaped());
    for (Side side : kSides) {
        const Crossing::SideInfo& s = c.side(side);
        html += QStringLiteral("%1: %2 · <span dir=\"rtl\">%3</span> (%4)%5<br>")
                    .arg(sideCode(side), s.name.toHtmlEscaped(), s.nameAr.toHtmlEscaped(), s.governorate.toHtmlEscaped(),
                         c.official ? QString() : QStringLiteral(", unofficial"));
    }
    html += QStringLiteral("</p><p>%1<br>%2<br>MGRS %3</p>")
                .arg(CoordinateFormat::decimal(c.point), CoordinateFormat::dms(c.point), CoordinateFormat::mgrs(c.point));
    html += QStringLiteral("<h4 style=\"margin-bottom:2px\">On %1</h4>").arg(m_date.toString());
    html += QStringLiteral("<p><b>Status:</b> %1%2%3").arg(statusName(st.status), since(st.statusSince), flags(st.statusApproximate, st.statusDisputed));
    if (st.statusEvent >= 0) {
        const Event& e = d.events()[static_cast<std::size_t>(st.statusEvent)];
        html += QStringLiteral("<br>%1</p>").arg(e.summary.toHtmlEscaped()) + EventText::sourcesHtml(d, e.sources);
    } else {
        html += QStringLiteral("</p>");
    }
    html += sideHtml(0) + sideHtml(1);
    m_details->setText(html);
}

void CrossingPanel::fillHistory()
{
    m_history->clear();
    if (m_crossing < 0) return;
    const Dataset& d = m_timeline->dataset();
    for (int index : m_timeline->eventsOf(m_crossing)) {
        const Event& e = d.events()[static_cast<std::size_t>(index)];
        QString text = QStringLiteral("%1 — %2\n%3").arg(EventText::date(e.date), EventText::change(d, e), e.summary);
        text += QStringLiteral("\nSources: ") + EventText::sources(d, e.sources).replace(QLatin1Char('\n'), QStringLiteral("; "));
        if (!e.claims.empty()) text += QStringLiteral("\nDisputed: ") + EventText::claims(d, e).replace(QLatin1Char('\n'), QStringLiteral("; "));
        auto* item = new QListWidgetItem(text, m_history);
        item->setData(kJulianDayRole, e.date.julianDay());
        item->setToolTip(e.id);
    }
}

} // namespace frontier
