#include "Crs.h"

#include <QRegularExpression>

namespace frontier {

QString Crs::defaultDefinition()
{
    return QStringLiteral("+proj=lcc +lat_1=33.5 +lat_2=36.5 +lat_0=35 +lon_0=40.5 +x_0=0 +y_0=0 "
                          "+datum=WGS84 +units=m +no_defs +type=crs");
}

QString Crs::normalize(const QString& userText)
{
    const QString t = userText.trimmed();
    static const QRegularExpression code(QStringLiteral("^(?:epsg:)?(\\d{1,6})$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = code.match(t); m.hasMatch())
        return QStringLiteral("EPSG:") + m.captured(1);
    if (t.isEmpty() || t.compare(QLatin1String("default"), Qt::CaseInsensitive) == 0 ||
        t == defaultName())
        return defaultDefinition();
    return t;
}

} // namespace frontier
