#include "AuditEntry.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace frontier {
namespace {

QString compact(const QJsonValue& value)
{
    if (value.isUndefined())
        return QStringLiteral("(none)");
    // QJsonDocument writes arrays and objects only: wrap and unwrap the rest.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

} // namespace

QStringList AuditEntry::changes() const
{
    if (oldValue.isEmpty())
        return {QStringLiteral("created")};
    if (newValue.isEmpty())
        return {QStringLiteral("deleted")};
    const QJsonObject before = oldValue.value(QStringLiteral("properties")).toObject();
    const QJsonObject after = newValue.value(QStringLiteral("properties")).toObject();
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    keys.sort();
    QStringList changed;
    const auto compare = [&changed](const QString& name, const QJsonValue& from,
                                    const QJsonValue& to) {
        if (from != to)
            changed << QStringLiteral("%1: %2 → %3").arg(name, compact(from), compact(to));
    };
    for (const QString& key : keys)
        compare(key, before.value(key), after.value(key));
    compare(QStringLiteral("geometry"), oldValue.value(QStringLiteral("geom")),
            newValue.value(QStringLiteral("geom")));
    return changed;
}

} // namespace frontier
