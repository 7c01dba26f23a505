#include "EditSender.h"

#include "DatasetStore.h"
#include "DbError.h"

#include <QCoreApplication>

namespace frontier {
namespace {

// Saves `edit`; a server out of reach is Queued (the caller journals it), a refusal Refused.
SaveResult trySave(DatasetStore& store, const PendingEdit& edit)
{
    try {
        return store.save(edit.kind, edit.record, edit.baseRevision);
    } catch (const DbError& e) {
        SaveResult result;
        result.outcome = e.kind() == DbError::Kind::Unavailable ? SaveResult::Outcome::Queued
                                                                : SaveResult::Outcome::Refused;
        result.message = e.message();
        return result;
    }
}

} // namespace

SaveResult EditSender::send(const PendingEdit& edit)
{
    SaveResult result = trySave(m_store, edit);
    if (result.outcome != SaveResult::Outcome::Queued) {
        // This edit was made on top of any kept for the record: they are not sent again.
        if (const QString error = m_journal.drop(edit.kind, edit.record.id); !error.isEmpty())
            result.message += QStringLiteral("; ") + error;
        return result;
    }
    if (const QString error = m_journal.append(edit); !error.isEmpty()) {
        result.outcome = SaveResult::Outcome::Refused;
        result.message +=
            QCoreApplication::translate("frontier::EditSender", "; and it could not be kept: ") +
            error;
    } else {
        result.message +=
            QCoreApplication::translate("frontier::EditSender",
                                        "; the edit is kept in %1 and will be sent again")
                .arg(m_journal.path());
    }
    return result;
}

std::vector<SaveResult> EditSender::resend()
{
    std::vector<PendingEdit> pending = m_journal.edits();
    std::vector<SaveResult> results;
    std::size_t sent = 0;
    for (; sent < pending.size(); ++sent) {
        SaveResult result = trySave(m_store, pending[sent]);
        if (result.outcome == SaveResult::Outcome::Queued)
            break;
        results.push_back(std::move(result));
    }
    pending.erase(pending.begin(), pending.begin() + static_cast<std::ptrdiff_t>(sent));
    m_journal.replace(pending);
    return results;
}

} // namespace frontier
