#include "DateFilterSql.h"

#include <QDate>

#include <ogrsf_frmts.h>

namespace frontier {
namespace {

QString column(QString name)
{
    return u'"' + name.replace(u'"', QLatin1String("\"\"")) + u'"';
}

QString day(std::int32_t julianDay)
{
    return u'\'' + QDate::fromJulianDay(julianDay).toString(Qt::ISODate) + u'\'';
}

} // namespace

QString dateFilterSql(const QString& dateColumn, const QString& endColumn,
                      std::optional<std::int32_t> firstDay, std::int32_t lastDay)
{
    // "Before the next day" also holds for a timestamp late on the last day.
    QString sql = column(dateColumn) + QLatin1String(" < ") + day(lastDay + 1);
    if (!firstDay)
        return sql;
    if (endColumn.isEmpty())
        return sql + QLatin1String(" AND ") + column(dateColumn) + QLatin1String(" >= ") +
               day(*firstDay);
    return sql +
           QStringLiteral(" AND (%1 IS NULL OR %1 >= %2)").arg(column(endColumn), day(*firstDay));
}

// A WHERE on the date column where it holds dates (text may hold month-precise dates, which compare
// wrongly as text). The rows read still pass the map's own filter, so the condition need only keep
// every row that may show.
void pushDateFilter(OGRLayer& layer, DateColumns columns, DateRange shown, const TimeFilter& filter)
{
    const OGRFeatureDefn& defn = *layer.GetLayerDefn();
    const auto isDate = [&](int field) {
        const OGRFieldType type = defn.GetFieldDefn(field)->GetType();
        return type == OFTDate || type == OFTDateTime;
    };
    if (!isDate(columns.date))
        return;
    const auto name = [&](int field) {
        return QString::fromUtf8(defn.GetFieldDefn(field)->GetNameRef());
    };
    // ACLED's week and month precision spread a row's days around its date.
    const int margin = columns.acledPrecision ? 31 : 0;
    std::optional<std::int32_t> first;
    if (filter.mode != TimeFilter::Mode::UpTo && (columns.end < 0 || isDate(columns.end)))
        first = filter.firstShown(shown.from) - margin;
    const QString sql =
        dateFilterSql(name(columns.date), columns.end >= 0 ? name(columns.end) : QString(), first,
                      filter.lastShown(Date::fromJulianDay(shown.to.lastJulianDay())) + margin);
    layer.SetAttributeFilter(sql.toUtf8().constData());
}

} // namespace frontier
