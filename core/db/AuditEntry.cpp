#include "AuditEntry.h"

#include "RecordDiff.h"

namespace frontier {
namespace {

const QString kProperties = QStringLiteral("properties");
const QString kGeometry = QStringLiteral("geom");

} // namespace

std::vector<FieldChange> AuditEntry::fieldChanges() const
{
    std::vector<FieldChange> changed;
    for (FieldChange& change :
         RecordDiff::fields(oldValue.value(kProperties).toObject(), oldValue.value(kGeometry),
                            newValue.value(kProperties).toObject(), newValue.value(kGeometry)))
        if (change.differs())
            changed.push_back(std::move(change));
    return changed;
}

QStringList AuditEntry::changes() const
{
    if (oldValue.isEmpty())
        return {QStringLiteral("created")};
    if (newValue.isEmpty())
        return {QStringLiteral("deleted")};
    const auto compact = [](const QJsonValue& value) {
        return value.isUndefined() ? QStringLiteral("(none)") : RecordDiff::json(value);
    };
    QStringList changed;
    for (const FieldChange& c : fieldChanges())
        changed << QStringLiteral("%1: %2 → %3").arg(c.field, compact(c.before), compact(c.after));
    return changed;
}

} // namespace frontier
