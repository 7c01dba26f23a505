#include "StateTable.h"

#include "Csv.h"
#include "time/Timeline.h"

namespace frontier {
namespace {

QString yesNo(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// An invalid date (the start of the record) is an empty cell.
QString dateCell(Date date)
{
    return date.isValid() ? date.toString() : QString();
}

} // namespace

QString StateTable::since(Date date)
{
    return date.isValid() ? QStringLiteral("since ") + date.toString()
                          : QStringLiteral("since the start of the record");
}

QStringList StateTable::header()
{
    QStringList h{QStringLiteral("date"),           QStringLiteral("in_coverage"),
                  QStringLiteral("crossing"),       QStringLiteral("name"),
                  QStringLiteral("name_ar"),        QStringLiteral("status"),
                  QStringLiteral("status_since"),   QStringLiteral("status_approximate"),
                  QStringLiteral("status_disputed")};
    for (Side side : kSides) {
        const QString p = sideCode(side).toLower() + QLatin1Char('_');
        h << p + QStringLiteral("controller") << p + QStringLiteral("with")
          << p + QStringLiteral("since") << p + QStringLiteral("approximate")
          << p + QStringLiteral("disputed");
    }
    return h;
}

QString StateTable::toCsv(const Timeline& timeline, Date date, std::span<const FeatureState> states)
{
    const Dataset& d = timeline.dataset();
    QString csv = Csv::row(header());
    for (const FeatureState& s : states) {
        const FrontierFeature& c = d.feature(s.feature);
        QStringList row{date.toString(),
                        yesNo(timeline.inCoverage(date)),
                        c.id,
                        c.displayName(),
                        c.displayNameAr(),
                        statusName(s.status),
                        dateCell(s.statusSinceDate),
                        yesNo(s.statusApproximate),
                        yesNo(s.statusDisputed)};
        for (Side side : kSides) {
            const SideState& ss = s.side(side);
            QStringList with;
            for (int w : ss.with)
                with << d.actorId(w);
            row << d.actorId(ss.controller) << with.join(QLatin1Char(' ')) << dateCell(ss.sinceDate)
                << yesNo(ss.approximate) << yesNo(ss.disputed);
        }
        csv += Csv::row(row);
    }
    return csv;
}

} // namespace frontier
