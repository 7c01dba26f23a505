#pragma once

#include "db/AuditEntry.h"

#include <QDialog>

#include <vector>

class QTableWidget;

namespace frontier {

class AtlasModel;

/// \brief An event's changes on the server, the oldest first: when, by which role, the revision,
/// and each field's old and new value, one row a field.
class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(const QString& id, const std::vector<AuditEntry>& entries,
                  QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

    /// The history of `event` of the model's dataset, read from its server; a folder's dataset
    /// or no event selected (-1) is said in a box.
    static void showFor(const AtlasModel& model, int event, QWidget* parent);

private:
    QTableWidget* m_table;
};

} // namespace frontier
