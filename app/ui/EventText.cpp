#include "EventText.h"

#include "UiLanguage.h"
#include "render/MapText.h"
#include "time/Timeline.h"

#include <QStringList>
#include <QTextDocumentFragment>

namespace frontier {
namespace {

const Source& sourceOf(const Dataset& d, int index)
{
    return d.sources()[static_cast<std::size_t>(index)];
}

QString outlets(const Dataset& d, const std::vector<int>& sources)
{
    QStringList names;
    for (int s : sources)
        names << sourceOf(d, s).outlet;
    return names.join(QStringLiteral(", "));
}

} // namespace

QString EventText::actor(const Dataset& dataset, int actor)
{
    return EventText::actor(dataset, actor, UiLanguage::labels(UiLanguage::current()));
}

QString EventText::actor(const Dataset& dataset, int actor, LabelLanguage labels)
{
    if (actor < 0 || actor == dataset.unknownActor())
        return tr("unknown");
    return MapText::actorName(dataset.actors()[static_cast<std::size_t>(actor)], labels);
}

QString EventText::change(const Dataset& d, const Event& e)
{
    QStringList parts;
    if (e.kind == EventKind::Control && e.side) {
        parts << side(*e.side) + QStringLiteral(" → ") + holders(d, e.actor, e.with);
    }
    if (e.status) {
        QString text = tr("status: %1").arg(status(*e.status));
        if (!e.restriction.isEmpty())
            text += QStringLiteral(" (%1)").arg(e.restriction);
        parts << text;
    }
    if (e.end)
        parts << tr("until %1").arg(date(*e.end));
    if (parts.isEmpty())
        parts << kind(e.kind);
    return parts.join(QStringLiteral("; "));
}

QString EventText::sources(const Dataset& d, const std::vector<int>& sources)
{
    QStringList lines;
    for (int index : sources) {
        const Source& s = sourceOf(d, index);
        QString line = s.outlet;
        if (!s.title.isEmpty())
            line += QStringLiteral(", “%1”").arg(s.title);
        if (s.published.isValid())
            line += QStringLiteral(", ") + s.published.toString();
        if (!s.url.isEmpty())
            line += QStringLiteral(", ") + s.url;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString EventText::sourcesHtml(const Dataset& d, const std::vector<int>& sources)
{
    QString html = QStringLiteral("<ul style=\"margin:0\">");
    for (int index : sources) {
        const Source& s = sourceOf(d, index);
        const QString outlet = s.url.isEmpty()
                                   ? s.outlet.toHtmlEscaped()
                                   : QStringLiteral("<a href=\"%1\">%2</a>")
                                         .arg(s.url.toHtmlEscaped(), s.outlet.toHtmlEscaped());
        html += QStringLiteral("<li>%1, “%2”, %3</li>")
                    .arg(outlet, s.title.toHtmlEscaped(), s.publishedText());
    }
    return html + QStringLiteral("</ul>");
}

QString EventText::claims(const Dataset& d, const Event& e)
{
    QStringList lines;
    for (const Claim& c : e.claims) {
        QString line = QStringLiteral("%1: %2").arg(c.field, c.value);
        if (c.until)
            line += tr(", until %1").arg(c.until->toString());
        if (!c.sources.empty())
            line += QStringLiteral(" (%1)").arg(outlets(d, c.sources));
        if (!c.note.isEmpty())
            line += QStringLiteral(" — ") + c.note;
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString EventText::holders(const Dataset& d, int controller, std::span<const int> with)
{
    QString text = actor(d, controller);
    if (with.empty())
        return text;
    QStringList names;
    for (int a : with)
        names << actor(d, a);
    return text + tr(" (with %1)").arg(names.join(QStringLiteral(", ")));
}

QStringList EventText::disputes(const Dataset& d, std::span<const ClaimRef> claims)
{
    QStringList lines;
    for (const ClaimRef& ref : claims) {
        const Event& e = d.events()[static_cast<std::size_t>(ref.event)];
        const Claim& c = e.claims[static_cast<std::size_t>(ref.claim)];
        QString line = c.field == QLatin1String("date")
                           ? tr("the date of %1 (%2): %3").arg(e.id, e.date.toString(), c.value)
                           : QStringLiteral("%1: %2").arg(c.field, c.value);
        if (c.until)
            line += tr(", until %1").arg(c.until->toString());
        QStringList sources;
        for (int s : c.sources) {
            const Source& src = sourceOf(d, s);
            sources
                << QStringLiteral("%1, “%2”, %3").arg(src.outlet, src.title, src.publishedText());
        }
        if (!sources.isEmpty())
            line += QStringLiteral(" (%1)").arg(sources.join(QStringLiteral("; ")));
        if (!c.note.isEmpty())
            line += QStringLiteral(" — ") + c.note;
        lines << line;
    }
    return lines;
}

QString EventText::kmRange(const FrontierFeature& feature)
{
    return tr("km %1–%2").arg(QString::number(feature.fromKm), QString::number(feature.toKm));
}

QString EventText::featureTooltip(const Timeline& timeline, int feature, Date date)
{
    const Dataset& d = timeline.dataset();
    const FrontierFeature& f = d.feature(feature);
    const FeatureState st = timeline.featureStateAt(feature, date);
    QString text = QStringLiteral("<b>%1</b><br>%2<br>%3")
                       .arg(f.displayName().toHtmlEscaped(), f.displayNameAr().toHtmlEscaped(),
                            date.toString());
    if (f.isCrossing())
        text += QStringLiteral(": ") + status(st.status);
    else
        text += QStringLiteral(" · ") + kmRange(f);
    for (Side side : kSides) {
        const SideState& s = st.side(side);
        text += QStringLiteral("<br>%1: %2")
                    .arg(EventText::side(side), holders(d, s.controller, s.with).toHtmlEscaped());
    }
    if (st.approximate())
        text += tr("<br><i>approximate: dated only to the month or year</i>");
    QStringList disputed = disputes(d, st.statusDisputes);
    for (const SideState& s : st.sides)
        disputed << disputes(d, s.disputes);
    disputed.removeDuplicates();
    for (QString& line : disputed)
        line = line.toHtmlEscaped();
    if (!disputed.isEmpty())
        text += tr("<br><i>disputed:</i><br>") + disputed.join(QStringLiteral("<br>"));
    return text;
}

QString EventText::mapDescription(const Timeline& timeline, Date date, int selected)
{
    const auto plain = [&](int feature) {
        return QTextDocumentFragment::fromHtml(featureTooltip(timeline, feature, date))
            .toPlainText()
            .replace(u'\n', QStringLiteral("; "));
    };
    if (!date.isValid())
        return tr("No date to show yet.");
    if (selected >= 0)
        return tr("Selected: %1").arg(plain(selected));
    QStringList lines{tr("%1. Press ] or [ to select each crossing and sector in "
                         "turn.")
                          .arg(date.toString())};
    for (int c = 0; c < int(timeline.dataset().crossings().size()); ++c)
        lines << plain(c);
    return lines.join(u'\n');
}

QString EventText::status(CrossingStatus status)
{
    switch (status) {
    case CrossingStatus::Open:
        return tr("open");
    case CrossingStatus::Closed:
        return tr("closed");
    case CrossingStatus::Restricted:
        return tr("restricted");
    case CrossingStatus::Unknown:
        break;
    }
    return tr("unknown");
}

QString EventText::confidence(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High:
        return tr("high confidence");
    case Confidence::Medium:
        break;
    case Confidence::Low:
        return tr("low confidence");
    }
    return tr("medium confidence");
}

QString EventText::kind(EventKind kind)
{
    switch (kind) {
    case EventKind::Control:
        return tr("control");
    case EventKind::Status:
        return tr("status");
    case EventKind::Incident:
        return tr("incident");
    case EventKind::Statement:
        return tr("statement");
    case EventKind::Report:
        break;
    }
    return tr("report");
}

QString EventText::code(Side side)
{
    return side == Side::IQ ? tr("IQ") : tr("SY");
}

QString EventText::side(Side side)
{
    return side == Side::IQ ? tr("IQ side") : tr("SY side");
}

} // namespace frontier
