#include "Provenance.h"

#include "report/SourceList.h"

#include <QCoreApplication>

namespace frontier {

QMap<QString, QString> Provenance::of(const Timeline& timeline, const MapSettings& s,
                                      const QString& crsName, std::optional<Date> earlier)
{
    const Dataset& d = timeline.dataset();
    std::vector<Date> dates{s.date};
    if (earlier)
        dates.push_back(*earlier);
    QStringList ids;
    for (int source : SourceList::behind(timeline, dates))
        ids << d.sources()[static_cast<std::size_t>(source)].id;
    ids.sort();
    const MapRect e = s.extent;
    QMap<QString, QString> text{
        {QStringLiteral("Title"),
         earlier ? QStringLiteral("Iraq–Syria frontier on %1 and %2")
                       .arg(earlier->toString(), s.date.toString())
                 : QStringLiteral("Iraq–Syria frontier crossings on %1").arg(s.date.toString())},
        {QStringLiteral("Software"),
         QStringLiteral("Frontier Atlas %1").arg(QCoreApplication::applicationVersion())},
        {QStringLiteral("frontier:date"), s.date.toString()},
        {QStringLiteral("frontier:dataset-sha256"), QString::fromLatin1(d.contentHash())},
        {QStringLiteral("frontier:crs"), s.crs},
        {QStringLiteral("frontier:crs-name"), crsName},
        {QStringLiteral("frontier:extent"), QStringLiteral("%1,%2,%3,%4")
                                                .arg(e.xmin, 0, 'f', 3)
                                                .arg(e.ymin, 0, 'f', 3)
                                                .arg(e.xmax, 0, 'f', 3)
                                                .arg(e.ymax, 0, 'f', 3)},
        {QStringLiteral("frontier:labels"), labelLanguageCode(s.labels)},
        {QStringLiteral("frontier:sources"), ids.join(QLatin1Char(','))},
    };
    if (earlier)
        text.insert(QStringLiteral("frontier:compare-date"), earlier->toString());
    return text;
}

} // namespace frontier
