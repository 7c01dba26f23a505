#include "EventText.h"

#include "time/Timeline.h"

#include <QStringList>

namespace frontier {
namespace {

const Source& sourceOf(const Dataset& d, int index) { return d.sources()[static_cast<std::size_t>(index)]; }

QString outlets(const Dataset& d, const std::vector<int>& sources)
{
    QStringList names;
    for (int s : sources) names << sourceOf(d, s).outlet;
    return names.join(QStringLiteral(", "));
}

} // namespace

QString EventText::actor(const Dataset& dataset, int actor)
{
    if (actor < 0 || actor == dataset.unknownActor()) return QStringLiteral("unknown");
    return dataset.actors()[static_cast<std::size_t>(actor)].shortName;
}

QString EventText::date(Date date)
{
    switch (date.precision()) {
    case Date::Precision::Day: return date.toString();
    case Date::Precision::Month: return date.toString() + QStringLiteral(" (month)");
    case Date::Precision::Year: return date.toString() + QStringLiteral(" (year)");
    }
    return date.toString();
}

QString EventText::change(const Dataset& d, const Event& e)
{
    QStringList parts;
    if (e.kind == EventKind::Control && e.side) {
        QString text = sideCode(*e.side) + QStringLiteral(" side → ") + actor(d, e.actor);
        if (!e.with.empty()) {
            QStringList with;
            for (int a : e.with) with << actor(d, a);
            text += QStringLiteral(" (with %1)").arg(with.join(QStringLiteral(", ")));
        }
        parts << text;
    }
    if (e.status) {
        QString text = QStringLiteral("status: ") + statusName(*e.status);
        if (!e.restriction.isEmpty()) text += QStringLiteral(" (%1)").arg(e.restriction);
        parts << text;
    }
    if (e.end) parts << QStringLiteral("until ") + date(*e.end);
    if (parts.isEmpty()) parts << eventKindName(e.kind);
    return parts.join(QStringLiteral("; "));
}

QString EventText::sources(const Dataset& d, const std::vector<int>& sources)
{
    QStringList lines;
    for (int index : sources) {
        const Source& s = sourceOf(d, index);
        QString line = s.outlet;
        if (!s.title.isEmpty()) line += QStringLiteral(", “%1”").arg(s.title);
        if (s.published.isValid()) line += QStringLiteral(", ") + s.published.toString();
        if (!s.url.isEmpty()) line += QStringLiteral(", ") + s.url;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString EventText::sourcesHtml(const Dataset& d, const std::vector<int>& sources)
{
    QString html = QStringLiteral("<ul style=\"margin:0\">");
    for (int index : sources) {
        const Source& s = sourceOf(d, index);
        const QString outlet = s.url.isEmpty() ? s.outlet.toHtmlEscaped()
                                               : QStringLiteral("<a href=\"%1\">%2</a>").arg(s.url.toHtmlEscaped(), s.outlet.toHtmlEscaped());
        html += QStringLiteral("<li>%1, “%2”, %3</li>").arg(outlet, s.title.toHtmlEscaped(), s.published.toString());
    }
    return html + QStringLiteral("</ul>");
}

QString EventText::claims(const Dataset& d, const Event& e)
{
    QStringList lines;
    for (const Claim& c : e.claims) {
        QString line = QStringLiteral("%1: %2").arg(c.field, c.value);
        if (c.until) line += QStringLiteral(", until %1").arg(c.until->toString());
        if (!c.sources.empty()) line += QStringLiteral(" (%1)").arg(outlets(d, c.sources));
        if (!c.note.isEmpty()) line += QStringLiteral(" — ") + c.note;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString EventText::crossingTooltip(const Timeline& timeline, int crossing, Date date)
{
    const Dataset& d = timeline.dataset();
    const Crossing& c = d.crossings()[static_cast<std::size_t>(crossing)];
    const CrossingState st = timeline.crossingStateAt(crossing, date);
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3: %4<br>IQ side: %5<br>SY side: %6")
                       .arg(c.displayName().toHtmlEscaped(), c.displayNameAr().toHtmlEscaped(), date.toString(),
                            statusName(st.status), actor(d, st.side(Side::IQ).controller), actor(d, st.side(Side::SY).controller));
    if (st.approximate()) text += QStringLiteral("<br><i>approximate</i>");
    if (st.disputed()) text += QStringLiteral("<br><i>disputed</i>");
    return text;
}

} // namespace frontier
