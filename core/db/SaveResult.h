#pragma once

#include "io/DatasetRecords.h"

#include <QString>

#include <optional>

namespace frontier {

/// \brief A record as the server holds it: its content and its revision (1 when first saved,
/// one more at each change).
struct StoredRecord {
    Record record;
    qint64 revision = 0;
};

/// \brief What became of saving one record.
struct SaveResult {
    enum class Outcome {
        Saved,    ///< written: `revision` is the record's new one
        Conflict, ///< not written: the base revision was stale; `current` is the server's
        Queued,   ///< not written: the server could not be reached; kept in the local journal
        Refused,  ///< not written: the server refused it (`message` says why)
    };
    Outcome outcome = Outcome::Saved;
    qint64 revision = 0;
    /// On a conflict, the server's version; none when the record was deleted there.
    std::optional<StoredRecord> current;
    QString message;
};

} // namespace frontier
