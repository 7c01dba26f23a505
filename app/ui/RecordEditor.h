#pragma once

#include "edit/EditableDataset.h"

#include <optional>

class QWidget;

namespace frontier {

/// The dialog that edits a record of its kind (EventDialog, CatalogDialog), shown modal.
namespace RecordEditor {

/// `record` in its kind's dialog, checked against `edits` at its place: as accepted, or none.
std::optional<Record> edit(RecordKind kind, const Record& record, const EditableDataset& edits,
                           const Dataset& dataset, QWidget* parent);

} // namespace RecordEditor
} // namespace frontier
