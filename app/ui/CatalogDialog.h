#pragma once

#include "io/DatasetRecords.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace frontier {

class FieldProblems;

/// \brief Adds or edits an actor or a source: a choice of the record (or a new one) and a line
/// for each of its fields, checked as `validate` checks the file as they are typed; OK stays
/// off while there are problems.
class CatalogDialog : public QDialog {
    Q_OBJECT
public:
    /// `check` gives the problems of a record put at an index of its kind (the end: added).
    CatalogDialog(RecordKind kind, std::vector<Record> records,
                  std::function<LoadProblems(const Record&, int)> check, int current = -1,
                  QWidget* parent = nullptr);
    ~CatalogDialog() override;

    /// The record being edited, as its fields make it, and its index (the end: a new one).
    Record record() const;
    int index() const;

private:
    struct Field {
        QString key; ///< in the record; "aliases/en" in a nested object
        QString problemKey;
        QString label;
        bool list = false; ///< a list of strings, one a line separated by ";"
        QLineEdit* edit = nullptr;
    };

    void fill();
    void revalidate();

    RecordKind m_kind;
    std::vector<Record> m_records;
    std::function<LoadProblems(const Record&, int)> m_check;
    std::vector<Field> m_fields;
    std::unique_ptr<FieldProblems> m_problems;
    QComboBox* m_choice;
    QDialogButtonBox* m_buttons;
};

} // namespace frontier
