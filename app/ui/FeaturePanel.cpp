#include "FeaturePanel.h"

#include "AtlasModel.h"
#include "EventText.h"
#include "geo/CoordinateFormat.h"

#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace frontier {
namespace {

constexpr int kJulianDayRole = Qt::UserRole;
constexpr int kEventRole = Qt::UserRole + 1;

QString flags(bool approximate, bool disputed)
{
    QStringList f;
    if (approximate)
        f << FeaturePanel::tr("approximate");
    if (disputed)
        f << QStringLiteral("<span style=\"color:#d01030\">%1</span>")
                 .arg(FeaturePanel::tr("disputed"));
    return f.isEmpty() ? QString()
                       : QStringLiteral(" <i>(%1)</i>").arg(f.join(QStringLiteral(", ")));
}

// "since 2012": the governing event's date as precise as it is known; nothing in a gap.
QString since(const Dataset& d, int event)
{
    return event < 0 ? QString()
                     : FeaturePanel::tr(" since %1")
                           .arg(EventText::date(d.events()[static_cast<std::size_t>(event)].date));
}

QString disputesHtml(const Dataset& d, std::span<const ClaimRef> claims)
{
    const QStringList lines = EventText::disputes(d, claims);
    if (lines.isEmpty())
        return {};
    QString html =
        QStringLiteral("<p style=\"margin-bottom:0\"><span style=\"color:#d01030\">%1</span></p>"
                       "<ul style=\"margin:0\">")
            .arg(FeaturePanel::tr("Disputed by:"));
    for (const QString& line : lines)
        html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    return html + QStringLiteral("</ul>");
}

} // namespace

FeaturePanel::FeaturePanel(AtlasModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_details(new QLabel(this)), m_scroll(new QScrollArea(this)),
      m_history(new QListWidget(this))
{
    m_details->setObjectName(QStringLiteral("featureDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setOpenExternalLinks(true);
    m_details->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_scroll->setWidget(m_details);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setAccessibleName(tr("Selected crossing or sector"));
    m_scroll->setAccessibleDescription(
        tr("Its names, its state at the map's date, what is disputed, and sources"));
    m_details->setAccessibleDescription(m_scroll->accessibleDescription());
    m_history->setObjectName(QStringLiteral("featureHistory"));
    m_history->setWordWrap(true);
    m_history->setAlternatingRowColors(true);
    m_history->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_history->setAccessibleName(tr("History of the crossing or sector"));
    m_history->setAccessibleDescription(
        tr("The events that changed it; Enter or a click goes to the event's date"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_scroll, 3);
    layout->addWidget(new QLabel(tr("<b>History</b> — click a row to go to its date"), this));
    layout->addWidget(m_history, 2);
    connect(m_history, &QListWidget::itemClicked, this, &FeaturePanel::activate);
    connect(m_history, &QListWidget::itemActivated, this, &FeaturePanel::activate);
    connect(&m_model, &AtlasModel::dateChanged, this, &FeaturePanel::showDetails);
    connect(&m_model, &AtlasModel::selectionChanged, this, &FeaturePanel::showFeature);
    connect(&m_model, &AtlasModel::datasetChanged, this, &FeaturePanel::showFeature);
    showFeature();
}

void FeaturePanel::showFeature()
{
    m_feature = m_model.selectedFeature();
    fillHistory();
    showDetails();
}

void FeaturePanel::showEvent(int event)
{
    m_history->clearSelection();
    for (int i = 0; i < m_history->count(); ++i) {
        if (m_history->item(i)->data(kEventRole).toInt() != event)
            continue;
        m_history->setCurrentRow(i);
        m_history->scrollToItem(m_history->item(i), QAbstractItemView::PositionAtCenter);
        return;
    }
}

int FeaturePanel::currentEvent() const
{
    const QListWidgetItem* item = m_history->currentItem();
    return item && item->isSelected() ? item->data(kEventRole).toInt() : -1;
}

void FeaturePanel::activate(QListWidgetItem* item)
{
    m_model.setDate(Date::fromJulianDay(item->data(kJulianDayRole).toInt()));
}

QString FeaturePanel::sideHtml(int side) const
{
    const Dataset& d = m_model.dataset();
    const SideState st = m_model.timeline()
                             .featureStateAt(m_feature, m_model.date())
                             .sides[static_cast<std::size_t>(side)];
    QString html = QStringLiteral("<p><b>%1:</b> %2%3%4")
                       .arg(EventText::side(kSides[static_cast<std::size_t>(side)]),
                            EventText::holders(d, st.controller, st.with).toHtmlEscaped(),
                            since(d, st.event), flags(st.approximate, st.disputed));
    if (st.event < 0)
        return html + tr("<br><i>no source covers this date</i></p>");
    const Event& e = d.events()[static_cast<std::size_t>(st.event)];
    return html + QStringLiteral("<br>%1</p>").arg(e.summary.toHtmlEscaped()) +
           EventText::sourcesHtml(d, e.sources) + disputesHtml(d, st.disputes);
}

void FeaturePanel::showDetails()
{
    const QString before = m_details->text();
    if (m_feature < 0) {
        m_details->setText(tr("<p>Click a crossing or the frontier line on the map, "
                              "or a row in the swimlane, or find one with "
                              "Ctrl+F.</p>"));
        return;
    }
    const QString html = headerHtml() + stateHtml();
    m_details->setText(html);
    // New content starts at its top; the same content keeps the reader's place.
    if (html != before)
        m_scroll->verticalScrollBar()->setValue(0);
}

// What does not change with the date: names, sides and where the feature lies.
QString FeaturePanel::headerHtml() const
{
    const FrontierFeature& f = m_model.dataset().feature(m_feature);
    // The Arabic name gets a paragraph of its own: a paragraph takes its direction from its first
    // letter, so one starting in Arabic would lay out the English lines after it right to left.
    const QString arabic = f.isSector() ? QStringLiteral("<p dir=\"rtl\" style=\"margin:0\">%1</p>")
                                              .arg(f.displayNameAr().toHtmlEscaped())
                                        : QString();
    QString html =
        QStringLiteral("<h3 style=\"margin-bottom:2px\">%1</h3>%2<p style=\"margin-top:0\">")
            .arg(f.displayName().toHtmlEscaped(), arabic);
    if (f.isSector())
        html += EventText::kmRange(f) + tr(" along the frontier<br>");
    for (Side side : kSides) {
        const FrontierFeature::SideInfo& s = f.side(side);
        if (f.isSector())
            html += tr("%1: %2 governorate<br>")
                        .arg(EventText::code(side), s.governorate.toHtmlEscaped());
        else
            html += QStringLiteral("%1: %2 · <span dir=\"rtl\">%3</span> (%4)%5<br>")
                        .arg(EventText::code(side), s.name.toHtmlEscaped(),
                             s.nameAr.toHtmlEscaped(), s.governorate.toHtmlEscaped(),
                             f.official ? QString() : tr(", unofficial"));
    }
    if (f.isSector())
        return html + QStringLiteral("</p>");
    return html + QStringLiteral("</p><p>%1<br>%2<br>MGRS %3</p>")
                      .arg(CoordinateFormat::decimal(f.point), CoordinateFormat::dms(f.point),
                           CoordinateFormat::mgrs(f.point));
}

// The state at the model's date: a crossing's status, then each side's holders, with the events,
// sources and disputing claims behind them. A sector has no status.
QString FeaturePanel::stateHtml() const
{
    const Dataset& d = m_model.dataset();
    QString html = tr("<h4 style=\"margin-bottom:2px\">On %1</h4>").arg(m_model.date().toString());
    if (d.feature(m_feature).isCrossing()) {
        const FeatureState st = m_model.timeline().featureStateAt(m_feature, m_model.date());
        html += tr("<p><b>Status:</b> %1%2%3")
                    .arg(EventText::status(st.status), since(d, st.statusEvent),
                         flags(st.statusApproximate, st.statusDisputed));
        if (st.statusEvent >= 0) {
            const Event& e = d.events()[static_cast<std::size_t>(st.statusEvent)];
            html += QStringLiteral("<br>%1</p>").arg(e.summary.toHtmlEscaped()) +
                    EventText::sourcesHtml(d, e.sources) + disputesHtml(d, st.statusDisputes);
        } else {
            html += QStringLiteral("</p>");
        }
    }
    return html + sideHtml(0) + sideHtml(1);
}

void FeaturePanel::fillHistory()
{
    m_history->clear();
    if (m_feature < 0)
        return;
    const Dataset& d = m_model.dataset();
    for (int index : m_model.timeline().eventsOf(m_feature)) {
        const Event& e = d.events()[static_cast<std::size_t>(index)];
        QString text = QStringLiteral("%1 — %2\n%3")
                           .arg(EventText::date(e.date), EventText::change(d, e), e.summary);
        text += tr("\nSources: ") +
                EventText::sources(d, e.sources).replace(QLatin1Char('\n'), QStringLiteral("; "));
        if (!e.claims.empty())
            text += tr("\nDisputed: ") +
                    EventText::claims(d, e).replace(QLatin1Char('\n'), QStringLiteral("; "));
        auto* item = new QListWidgetItem(text, m_history);
        item->setData(kJulianDayRole, e.date.julianDay());
        item->setData(kEventRole, index);
        item->setToolTip(e.id);
    }
}

} // namespace frontier
