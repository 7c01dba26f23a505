#pragma once

#include "io/DatasetRecords.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace frontier {

class Dataset;
class FieldProblems;

/// \brief Adds or edits one event: its date (its precision is how much of it is given) and
/// optional end, kind, crossing or sector and side, actor and co-holders or status and
/// restriction, summary, confidence, sources and claims. Each change is checked as `validate`
/// checks the file, the problems shown on their fields; OK stays off while there are any.
class EventDialog : public QDialog {
    Q_OBJECT
public:
    /// `check` gives the problems of a record (EditableDataset::check at its place).
    EventDialog(const Dataset& dataset, const std::vector<Record>& sources, Record event,
                std::function<LoadProblems(const Record&)> check, QWidget* parent = nullptr);
    ~EventDialog() override;

    /// The record as the fields make it.
    Record record() const;
    /// Adds a source that was just created and ticks it.
    void addSource(const Record& source);

signals:
    void newSourceRequested();

private:
    void build(const Dataset& dataset, const std::vector<Record>& sources);
    void fill();
    void revalidate();

    Record m_original;
    std::function<LoadProblems(const Record&)> m_check;
    std::unique_ptr<FieldProblems> m_problems;
    QLineEdit* m_id;
    QLineEdit* m_date;
    QLabel* m_precision;
    QLineEdit* m_end;
    QComboBox* m_kind;
    QComboBox* m_place;
    QComboBox* m_side;
    QComboBox* m_actor;
    QListWidget* m_with;
    QComboBox* m_status;
    QLineEdit* m_restriction;
    QPlainTextEdit* m_summary;
    QComboBox* m_confidence;
    QListWidget* m_sources;
    QPlainTextEdit* m_claims;
    QDialogButtonBox* m_buttons;
};

} // namespace frontier
