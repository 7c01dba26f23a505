#include "EventTable.h"

#include "Csv.h"

namespace frontier {
QString EventTable::featureId(const Dataset& dataset, const Event& event, FeatureKind kind)
{
    return event.feature >= 0 && dataset.feature(event.feature).kind == kind
               ? dataset.feature(event.feature).id
               : QString();
}

QString EventTable::claimText(const Dataset& dataset, const Claim& claim)
{
    return claim.field + QStringLiteral(": ") + claim.value +
           (claim.until ? QStringLiteral(", until ") + claim.until->toString() : QString()) +
           QStringLiteral(" (") + dataset.sourceIds(claim.sources).join(QStringLiteral(", ")) +
           QLatin1Char(')') +
           (claim.note.isEmpty() ? QString() : QStringLiteral(" — ") + claim.note);
}

QStringList EventTable::header()
{
    return {QStringLiteral("id"),      QStringLiteral("date"),     QStringLiteral("end"),
            QStringLiteral("kind"),    QStringLiteral("crossing"), QStringLiteral("sector"),
            QStringLiteral("side"),    QStringLiteral("actor"),    QStringLiteral("with"),
            QStringLiteral("status"),  QStringLiteral("summary"),  QStringLiteral("confidence"),
            QStringLiteral("sources"), QStringLiteral("disputed")};
}

QString EventTable::toCsv(const Dataset& dataset, const std::vector<int>& events)
{
    QString csv = Csv::row(header());
    for (int i : events) {
        const Event& e = dataset.events()[static_cast<std::size_t>(i)];
        QStringList with, claims;
        for (int w : e.with)
            with << dataset.actorId(w);
        for (const Claim& c : e.claims)
            claims << claimText(dataset, c);
        csv += Csv::row(
            {e.id, e.date.toString(), e.end ? e.end->toString() : QString(), eventKindName(e.kind),
             featureId(dataset, e, FeatureKind::Crossing),
             featureId(dataset, e, FeatureKind::Sector), e.side ? sideCode(*e.side) : QString(),
             e.actor < 0 ? QString() : dataset.actorId(e.actor), with.join(QLatin1Char(' ')),
             e.status ? statusName(*e.status) : QString(), e.summary, confidenceName(e.confidence),
             dataset.sourceIds(e.sources).join(QStringLiteral(", ")),
             claims.join(QStringLiteral("; "))});
    }
    return csv;
}

} // namespace frontier
