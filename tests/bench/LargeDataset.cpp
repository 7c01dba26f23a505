#include "LargeDataset.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace frontier::test {
namespace {

constexpr int kCrossings = 1000;

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
}

} // namespace

QString largeDatasetFolder()
{
    static QTemporaryDir dir;
    static const bool made = [] {
        writeLargeDataset(dir.path(), 1000000);
        return true;
    }();
    (void)made;
    return dir.path();
}

void writeLargeDataset(const QString& path, int eventCount)
{
    const QDir dir(path);
    const QDir maps(QStringLiteral(FRONTIER_MAPS_DIR));
    for (const char* f :
         {"countries.geojson", "governorates.geojson", "rivers.geojson", "frontier.geojson",
          "places.geojson", "actors.json", "sources.json", "dataset.json"})
        QFile::copy(maps.filePath(QLatin1String(f)), dir.filePath(QLatin1String(f)));
    QByteArray crossings = "{\"type\":\"FeatureCollection\",\"features\":[";
    for (int c = 0; c < kCrossings; ++c) {
        crossings +=
            QStringLiteral(
                "%1{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%2,%"
                "3]},"
                "\"properties\":{\"id\":\"c%4\",\"name_iq\":\"IQ %4\",\"name_sy\":\"SY %4\"}}")
                .arg(c ? QStringLiteral(",") : QString())
                .arg(38.8 + c * 0.0035, 0, 'f', 5)
                .arg(33.4 + c * 0.0037, 0, 'f', 5)
                .arg(c)
                .toUtf8();
    }
    write(dir.filePath(QStringLiteral("crossings.geojson")), crossings + "]}");
    static const char* actors[] = {"iraq", "isis", "syria-gov", "sdf", "krg", "syrian-opposition"};
    static const char* statuses[] = {"open", "closed", "restricted"};
    QByteArray events;
    events.reserve(eventCount * 330);
    for (int i = 0; i < eventCount; ++i) {
        const int c = i % kCrossings,
                  k = i / kCrossings; // 1,000 events per crossing, in date order
        const int day = 1 + k * 5;    // spread over 2012–2025
        const int year = 2012 + day / 365, doy = day % 365, month = 1 + doy / 31 % 12,
                  dom = 1 + doy % 28;
        const bool control = i % 3 != 0;
        events +=
            QStringLiteral(
                "{\"type\":\"Feature\",\"geometry\":null,\"properties\":{\"id\":\"e%1\","
                "\"date\":\"%2-%3-%4\","
                "\"kind\":\"%5\",\"crossing\":\"c%6\",\"side\":%7,\"actor\":%8,\"status\":%9,"
                "\"summary\":\"generated\",\"sources\":[\"%10\"],\"confidence\":\"medium\"}}\n")
                .arg(i)
                .arg(year)
                .arg(month, 2, 10, QLatin1Char('0'))
                .arg(dom, 2, 10, QLatin1Char('0'))
                .arg(control ? QStringLiteral("control") : QStringLiteral("status"))
                .arg(c)
                .arg(control ? (k % 2 ? QStringLiteral("\"IQ\"") : QStringLiteral("\"SY\""))
                             : QStringLiteral("null"))
                .arg(control ? QStringLiteral("\"%1\"").arg(QLatin1String(actors[i % 6]))
                             : QStringLiteral("null"))
                .arg(control ? QStringLiteral("null")
                             : QStringLiteral("\"%1\"").arg(QLatin1String(statuses[i % 3])))
                .arg(QStringLiteral("asharq-2019-09-30-qaim"))
                .toUtf8();
    }
    write(dir.filePath(QStringLiteral("events.geojsonl")), events);
}

} // namespace frontier::test
