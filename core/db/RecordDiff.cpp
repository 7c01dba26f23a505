#include "RecordDiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace frontier::RecordDiff {
namespace {

const QString kGeometry = QStringLiteral("geometry");

QJsonValue geometryOf(const Record& r)
{
    return r.geometry.isUndefined() ? QJsonValue() : r.geometry;
}

} // namespace

std::vector<FieldChange> fields(const QJsonObject& before, const QJsonValue& beforeGeometry,
                                const QJsonObject& after, const QJsonValue& afterGeometry)
{
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    std::vector<FieldChange> all;
    for (const QString& key : keys)
        all.push_back({key, before.value(key), after.value(key)});
    all.push_back({kGeometry, beforeGeometry, afterGeometry});
    return all;
}

std::vector<FieldChange> fields(const Record& before, const Record& after)
{
    return fields(before.properties, geometryOf(before), after.properties, geometryOf(after));
}

QString json(const QJsonValue& value)
{
    // QJsonDocument writes arrays and objects only: wrap and unwrap the rest.
    const QByteArray bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(bytes.mid(1, bytes.size() - 2));
}

QString text(const QJsonValue& value)
{
    if (value.isUndefined() || value.isNull())
        return QStringLiteral("—");
    if (value.isString())
        return value.toString();
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            if (!item.isString())
                return json(value);
            items << item.toString();
        }
        return items.join(QStringLiteral("; "));
    }
    return json(value);
}

Record merge(const Record& base, const Record& mine, const Record& theirs)
{
    Record merged = theirs;
    for (const FieldChange& change : fields(base, mine)) {
        if (!change.differs())
            continue;
        if (change.field == kGeometry)
            merged.geometry = change.after;
        else if (change.after.isUndefined())
            merged.properties.remove(change.field);
        else
            merged.properties.insert(change.field, change.after);
    }
    return merged;
}

} // namespace frontier::RecordDiff
