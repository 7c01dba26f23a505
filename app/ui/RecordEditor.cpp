#include "RecordEditor.h"

#include "CatalogDialog.h"
#include "EventDialog.h"

namespace frontier::RecordEditor {

std::optional<Record> edit(RecordKind kind, const Record& record, const EditableDataset& edits,
                           const Dataset& dataset, QWidget* parent)
{
    int index = edits.indexOf(kind, record.id);
    if (index < 0)
        index = static_cast<int>(edits.records().of(kind).size());
    if (kind == RecordKind::Event) {
        EventDialog dialog(
            dataset, edits.records().sources, record,
            [&edits, index](const Record& r) { return edits.check(RecordKind::Event, index, r); },
            parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.record();
    }
    std::vector<Record> records = edits.records().of(kind);
    if (static_cast<std::size_t>(index) < records.size())
        records[static_cast<std::size_t>(index)] = record;
    else
        records.push_back(record); // shown filled in, checked as added
    CatalogDialog dialog(
        kind, records,
        [&edits, kind, index](const Record& r, int) { return edits.check(kind, index, r); }, index,
        parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.record();
}

} // namespace frontier::RecordEditor
