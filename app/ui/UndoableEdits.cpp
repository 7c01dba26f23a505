#include "UndoableEdits.h"

#include "AtlasModel.h"
#include "RecordCommand.h"
#include "db/DatasetSource.h"
#include "time/Timeline.h"

#include <QElapsedTimer>
#include <QMessageBox>
#include <QUndoStack>

namespace frontier {
namespace {

QString problemList(const LoadProblems& problems)
{
    QStringList lines;
    for (const LoadProblem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

UndoableEdits::UndoableEdits(AtlasModel& model, Pull pull, QWidget* window)
    : QObject(window), m_model(model), m_pull(std::move(pull)), m_window(window),
      m_undo(new QUndoStack(this))
{
    connect(&m_model, &AtlasModel::datasetChanged, this, [this] {
        if (m_publishing)
            return;
        m_undo->clear();
        m_edits.reset();
        emit discarded();
    });
}

EditableDataset* UndoableEdits::open()
{
    if (!m_edits && DatasetSource::isDatabase(m_model.dataset().origin())) {
        if (const DatasetRecords* records = m_pull())
            m_edits = EditableDataset::of(m_model.timeline().datasetPtr(), *records);
    } else if (!m_edits) {
        LoadProblems problems;
        m_edits = EditableDataset::open(m_model.timeline().datasetPtr(), problems);
        if (!m_edits)
            QMessageBox::warning(m_window, tr("Cannot edit this dataset"), problemList(problems));
    }
    return opened();
}

bool UndoableEdits::commit(const QString& text, RecordKind kind, int index,
                           std::optional<Record> after)
{
    // Refused before it is pushed when the whole dataset would not load (a record checked alone
    // cannot see all: e.g. an actor's new parent cycle is caught here).
    EditableDataset trial = *m_edits;
    trial.put(kind, index, after);
    LoadProblems problems;
    if (!trial.build(problems)) {
        QMessageBox::warning(m_window, tr("Edit not applied"), problemList(problems));
        return false;
    }
    const auto& list = m_edits->records().of(kind);
    std::optional<Record> before;
    if (static_cast<std::size_t>(index) < list.size())
        before = list[static_cast<std::size_t>(index)];
    m_undo->push(new RecordCommand(
        text, kind, index, std::move(before), std::move(after),
        [this](RecordKind k, int i, const std::optional<Record>& r) { apply(k, i, r); }));
    return true;
}

void UndoableEdits::replace(RecordKind kind, const Record& record)
{
    if (!open())
        return;
    const int index = m_edits->indexOf(kind, record.id);
    apply(kind, index < 0 ? static_cast<int>(m_edits->records().of(kind).size()) : index, record);
}

void UndoableEdits::apply(RecordKind kind, int index, const std::optional<Record>& record)
{
    QElapsedTimer timer;
    timer.start();
    m_edits->put(kind, index, record);
    LoadProblems problems;
    publish(m_edits->build(problems)); // checked whole by commit()
    m_lastUpdateMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void UndoableEdits::publish(std::shared_ptr<const Dataset> dataset)
{
    if (!dataset)
        return;
    m_publishing = true;
    m_model.setEditedTimeline(std::make_shared<const Timeline>(std::move(dataset)));
    m_publishing = false;
}

} // namespace frontier
