#pragma once

#include "RecordDiff.h"
#include "io/DatasetRecords.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace frontier {

/// \brief One change to a record as the server's audit table keeps it.
struct AuditEntry {
    QDateTime changedAt;
    QString changedBy; ///< the database role that made it
    RecordKind kind = RecordKind::Event;
    QString id;
    qint64 revision = 0;  ///< the revision the change made; 0 for a deletion
    QJsonObject oldValue; ///< the row before (empty for an insertion)
    QJsonObject newValue; ///< the row after (empty for a deletion)

    /// The fields that changed, each with its old and new value.
    std::vector<FieldChange> fieldChanges() const;
    /// "created", "deleted", or each field that changed: `summary: "old" → "new"` (the
    /// properties' fields, then `geometry`), values as compact JSON.
    QStringList changes() const;
};

} // namespace frontier
