#include "EditController.h"

#include "AtlasModel.h"
#include "CatalogDialog.h"
#include "DatasetController.h"
#include "EventDialog.h"
#include "FeaturePanel.h"
#include "HistoryDialog.h"
#include "RecordCommand.h"
#include "RecordEditor.h"
#include "SharedSaver.h"
#include "db/DatasetSource.h"
#include "io/DatasetReader.h"
#include "io/EventReader.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
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

EditController::EditController(AtlasModel& model, FeaturePanel& panel, DatasetController& datasets,
                               QWidget* window)
    : QObject(window), m_model(model), m_panel(panel), m_window(window),
      m_undo(new QUndoStack(this)),
      m_saver(new SharedSaver(
          model, *m_undo, datasets.watcher(), window,
          [this](RecordKind k, const Record& r) { replace(k, r); },
          [this](RecordKind k, const Record& r) {
              return edits() ? RecordEditor::edit(k, r, *m_edits, m_model.dataset(), m_window)
                             : std::nullopt;
          }))
{
    // Another dataset opened, or read again: its edits start afresh (maySwitch asked about these
    // first, and a colleague's change is not read over unsaved or waiting ones).
    connect(&m_model, &AtlasModel::datasetChanged, this, [this] {
        if (m_publishing)
            return;
        m_undo->clear();
        m_edits.reset();
        m_saver->forget();
    });
    datasets.setGuard([this] { return maySwitch(); });
    connect(m_saver, &SharedSaver::message, this, &EditController::message);
}

void EditController::addMenus(QMenu* file, QMenuBar* bar)
{
    QAction* save = file->addAction(tr("&Save"), QKeySequence::Save, this, &EditController::save);
    save->setObjectName(QStringLiteral("saveAction"));
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &EditController::saveAs);
    QMenu* edit = bar->addMenu(tr("&Edit"));
    QAction* undo = m_undo->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undo->createRedoAction(edit, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addActions({undo, redo});
    edit->addSeparator();
    edit->addAction(tr("&Add event…"), QKeySequence::New, this, &EditController::addEvent);
    QAction* change = edit->addAction(tr("&Edit event…"), QKeySequence(Qt::Key_F2), this,
                                      &EditController::editEvent);
    QAction* retire = edit->addAction(tr("&Retire event"), QKeySequence(Qt::CTRL | Qt::Key_Delete),
                                      this, &EditController::retireEvent);
    QAction* history = edit->addAction(
        tr("Event &history…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), this,
        [this] { HistoryDialog::showFor(m_model, m_panel.currentEvent(), m_window); });
    m_eventActions = {change, retire, history};
    edit->addSeparator();
    edit->addAction(tr("A&ctors…"), this, [this] { editCatalog(RecordKind::Actor); });
    edit->addAction(tr("&Sources…"), this, [this] { editCatalog(RecordKind::Source); });
    // The history list's rows offer the same (right-click, or the menu key).
    m_panel.history()->addActions(m_eventActions);
    m_panel.history()->setContextMenuPolicy(Qt::ActionsContextMenu);
}

EditableDataset* EditController::edits()
{
    if (!m_edits && DatasetSource::isDatabase(m_model.dataset().origin())) {
        if (const DatasetRecords* records = m_saver->pull())
            m_edits = EditableDataset::of(m_model.timeline().datasetPtr(), *records);
    } else if (!m_edits) {
        LoadProblems problems;
        m_edits = EditableDataset::open(m_model.timeline().datasetPtr(), problems);
        if (!m_edits)
            QMessageBox::warning(m_window, tr("Cannot edit this dataset"), problemList(problems));
    }
    return m_edits ? &*m_edits : nullptr;
}

int EditController::selectedEventRecord()
{
    const int event = m_panel.currentEvent();
    if (event < 0)
        emit message(tr("Select an event in the history of a crossing or sector first."));
    if (event < 0 || !edits())
        return -1;
    return m_edits->indexOf(RecordKind::Event,
                            m_model.dataset().events()[static_cast<std::size_t>(event)].id);
}

void EditController::addEvent()
{
    if (!edits())
        return;
    Record event;
    event.geometry = QJsonValue::Null;
    openEventDialog(static_cast<int>(m_edits->records().events.size()), event);
}

void EditController::editEvent()
{
    const int index = selectedEventRecord();
    if (index < 0)
        return;
    openEventDialog(index, m_edits->records().events[static_cast<std::size_t>(index)]);
}

void EditController::openEventDialog(int index, const Record& event)
{
    auto* dialog = new EventDialog(
        m_model.dataset(), m_edits->records().sources, event,
        [this, index](const Record& r) { return m_edits->check(RecordKind::Event, index, r); },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, index, add = event.id.isEmpty()] {
        const Record r = dialog->record();
        if (commit(add ? tr("Add event %1").arg(r.id) : tr("Edit event %1").arg(r.id),
                   RecordKind::Event, index, r))
            showEventAfterEdit(r.id);
    });
    connect(dialog, &EventDialog::newSourceRequested, dialog, [this, dialog] {
        const auto before = m_edits->records().sources.size();
        editCatalog(RecordKind::Source);
        if (m_edits->records().sources.size() > before)
            dialog->addSource(m_edits->records().sources.back());
    });
    dialog->open();
}

void EditController::retireEvent()
{
    const int index = selectedEventRecord();
    if (index < 0)
        return;
    Record r = m_edits->records().events[static_cast<std::size_t>(index)];
    r.properties.insert(QStringLiteral("retired"), QDate::currentDate().toString(Qt::ISODate));
    commit(tr("Retire event %1").arg(r.id), RecordKind::Event, index, r);
}

void EditController::replace(RecordKind kind, const Record& record)
{
    if (!edits())
        return;
    const int index = m_edits->indexOf(kind, record.id);
    apply(kind, index < 0 ? static_cast<int>(m_edits->records().of(kind).size()) : index, record);
}

void EditController::editCatalog(RecordKind kind)
{
    if (!edits())
        return;
    CatalogDialog dialog(
        kind, m_edits->records().of(kind),
        [this, kind](const Record& r, int index) { return m_edits->check(kind, index, r); },
        kind == RecordKind::Source ? -1 : 0, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Record r = dialog.record();
    const bool add = dialog.index() == static_cast<int>(m_edits->records().of(kind).size());
    const QString what = kind == RecordKind::Actor
                             ? (add ? tr("Add actor %1") : tr("Edit actor %1"))
                             : (add ? tr("Add source %1") : tr("Edit source %1"));
    commit(what.arg(r.id), kind, dialog.index(), r);
}

bool EditController::commit(const QString& text, RecordKind kind, int index,
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

void EditController::apply(RecordKind kind, int index, const std::optional<Record>& record)
{
    QElapsedTimer timer;
    timer.start();
    m_edits->put(kind, index, record);
    LoadProblems problems;
    publish(m_edits->build(problems)); // checked whole by commit()
    m_lastUpdateMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void EditController::publish(std::shared_ptr<const Dataset> dataset)
{
    if (!dataset)
        return;
    m_publishing = true;
    m_model.setEditedTimeline(std::make_shared<const Timeline>(std::move(dataset)));
    m_publishing = false;
}

void EditController::showEventAfterEdit(const QString& id)
{
    const int event = m_model.dataset().eventIndex(id);
    if (event < 0)
        return;
    m_model.setDate(m_model.dataset().events()[static_cast<std::size_t>(event)].date.firstDay());
    m_panel.showEvent(event);
}

bool EditController::maySwitch()
{
    if (m_undo->isClean())
        return true;
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved edits"),
        tr("The dataset has edits that are not saved. Save them first?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

bool EditController::save()
{
    if (!m_edits)
        return true; // nothing edited
    const QString folder = m_model.dataset().origin();
    if (DatasetSource::isDatabase(folder)) {
        if (!m_saver->save(m_edits->records(), m_edits->touched()))
            return false;
        m_edits->clearTouched();
        m_undo->clear(); // shared now: taken back by another edit, which the history shows
        return true;
    }
    const bool bundled = !m_bundled.isEmpty() && QDir(folder) == QDir(m_bundled);
    if (!bundled && QFileInfo(folder).isWritable())
        return saveTo(folder);
    QMessageBox::information(m_window, tr("Save as"),
                             tr("The bundled dataset is not changed: choose a folder to save "
                                "your edited copy of it in."));
    return saveAs();
}

bool EditController::saveAs()
{
    if (!edits())
        return false;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Save the dataset in"));
    return !folder.isEmpty() && saveTo(folder);
}

bool EditController::saveTo(const QString& folder)
{
    const bool shared = DatasetSource::isDatabase(m_model.dataset().origin());
    const auto files =
        shared ? m_saver->filesIn(folder, m_edits->records()) : m_edits->files(folder);
    if (files.empty())
        return false; // the server could not be read, as was said
    if (const QString error = AtomicFiles::save(files); !error.isEmpty()) {
        QMessageBox::warning(
            m_window, tr("Not saved"),
            tr("%1\nYour edits are kept: nothing was changed on disk.").arg(error));
        return false;
    }
    // Read back, so the dataset's hash and origin are the files'.
    DatasetReader::Result saved = DatasetReader::read(folder);
    if (saved.ok()) {
        m_edits->rebase(saved.dataset);
        publish(saved.dataset);
    }
    m_undo->setClean();
    emit message(tr("Saved to %1").arg(QDir::toNativeSeparators(folder)));
    return true;
}

} // namespace frontier
