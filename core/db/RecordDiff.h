#pragma once

#include "io/DatasetRecords.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <vector>

namespace frontier {

/// \brief One field of a record in two versions.
struct FieldChange {
    QString field; ///< a property's key, or "geometry"
    QJsonValue before;
    QJsonValue after;
    bool differs() const { return before != after; }
};

/// Two versions of a record compared field by field: the audit's old and new values, the
/// analyst's version and the server's in a conflict.
namespace RecordDiff {

/// Every property of either version (sorted), then `geometry`; an absent one is Undefined.
std::vector<FieldChange> fields(const QJsonObject& before, const QJsonValue& beforeGeometry,
                                const QJsonObject& after, const QJsonValue& afterGeometry);
std::vector<FieldChange> fields(const Record& before, const Record& after);
/// A value as compact JSON.
QString json(const QJsonValue& value);
/// A value as one line: a string as it is, a list of strings joined by "; ", none as "—",
/// anything else as compact JSON.
QString text(const QJsonValue& value);
/// `theirs` with every field that `mine` changed from `base` taken from `mine`: both sides'
/// changes, the analyst's where both changed the same field.
Record merge(const Record& base, const Record& mine, const Record& theirs);

} // namespace RecordDiff
} // namespace frontier
