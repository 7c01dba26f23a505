#pragma once

#include <QFile>
#include <QString>

#include <array>
#include <random>

namespace frontier::test {

/// Writes `rows` ACLED-like events as ACLED's CSV export (its columns, in its order), at a few
/// thousand places in the Iraq–Syria region from 2012 to 2025, deterministically. No ACLED data
/// is bundled: tests and benchmarks make their own.
inline bool writeAcledCsv(const QString& path, int rows, unsigned seed = 1)
{
    static constexpr std::array<const char*, 6> kTypes{
        "Battles", "Explosions/Remote violence", "Violence against civilians", "Protests",
        "Riots",   "Strategic developments"};
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    std::mt19937 random(seed);
    const auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(random);
    };
    // ACLED geocodes to named places: events share a few thousand coordinates.
    std::vector<std::pair<double, double>> places(3000);
    for (auto& p : places)
        p = {uniform(36.0, 48.0), uniform(30.0, 37.3)};
    QByteArray out = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,"
                     "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,"
                     "interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,"
                     "location,latitude,longitude,geo_precision,source,source_scale,notes,"
                     "fatalities,tags,timestamp\n";
    for (int i = 0; i < rows; ++i) {
        const auto& place = places[random() % places.size()];
        const int year = 2012 + static_cast<int>(random() % 14);
        const int month = 1 + static_cast<int>(random() % 12);
        const int day = 1 + static_cast<int>(random() % 28);
        const char* type = kTypes[random() % kTypes.size()];
        const int precision = 1 + static_cast<int>(random() % 10 < 8 ? 0 : random() % 3);
        const bool iraq = place.first > 42.0;
        out += QStringLiteral("%1%2,%3-%4-%5,%3,%6,Political violence,%7,Armed clash,"
                              "Military Forces of %8,,1,Islamic State,,2,12,,%9,Middle East,"
                              "%8,Gov %10,District %10,,Place %10,%11,%12,1,Local media,"
                              "Subnational,\"Event %2, near place %10.\",%13,,1700000000\n")
                   .arg(iraq ? "IRQ" : "SYR")
                   .arg(i)
                   .arg(year)
                   .arg(month, 2, 10, QLatin1Char('0'))
                   .arg(day, 2, 10, QLatin1Char('0'))
                   .arg(precision)
                   .arg(QLatin1String(type))
                   .arg(QLatin1String(iraq ? "Iraq" : "Syria"))
                   .arg(iraq ? 368 : 760)
                   .arg(static_cast<int>(&place - places.data()))
                   .arg(place.second, 0, 'f', 4)
                   .arg(place.first, 0, 'f', 4)
                   .arg(random() % 10 < 7 ? 0 : random() % 30)
                   .toUtf8();
        if (out.size() > (1 << 20)) {
            file.write(out);
            out.clear();
        }
    }
    return file.write(out) == out.size() && file.flush();
}

} // namespace frontier::test
