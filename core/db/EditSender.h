#pragma once

#include "EditJournal.h"
#include "SaveResult.h"

#include <vector>

namespace frontier {

class DatasetStore;

/// \brief Saves edits to the server and keeps in the journal those it cannot take now: a
/// connection that breaks during a save leaves nothing on the server (one transaction) and the
/// edit in the journal, to be sent again by resend() when the server is back.
class EditSender {
public:
    EditSender(DatasetStore& store, EditJournal& journal) : m_store(store), m_journal(journal) {}

    /// Saved, Conflict (with the server's version), Refused, or Queued in the journal.
    SaveResult send(const PendingEdit& edit);
    /// Sends the journal's edits again, the oldest first, and keeps those still not taken; one
    /// result per edit sent, stopping at the first that is Queued again.
    std::vector<SaveResult> resend();

private:
    DatasetStore& m_store;
    EditJournal& m_journal;
};

} // namespace frontier
