#pragma once

#include "io/LoadProblem.h"

#include <QHash>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace frontier {

/// \brief Shows the problems of a record being edited on its fields: a line under each field
/// with `validate`'s reason, and what belongs to no field shown under the form.
class FieldProblems {
public:
    /// `general` shows the problems of fields the form has no row for.
    explicit FieldProblems(QLabel* general) : m_general(general) { style(general); }

    /// Adds `field`'s row to `form`, with its problem line under it. `key` is the field's name
    /// in the record ("date", "claims" also takes "claims[0].until").
    void addRow(QFormLayout* form, const QString& label, QWidget* field, const QString& key);
    /// Shows `problems`; true when there are none.
    bool show(const LoadProblems& problems);

private:
    static void style(QLabel* label);

    QHash<QString, QLabel*> m_lines;
    QHash<QString, QWidget*> m_fields;
    QLabel* m_general;
};

} // namespace frontier
