#include "EditController.h"

#include "AtlasModel.h"
#include "CatalogDialog.h"
#include "DatasetController.h"
#include "EventDialog.h"
#include "FeaturePanel.h"
#include "HistoryDialog.h"
#include "RecordEditor.h"
#include "SharedSaver.h"
#include "UndoableEdits.h"
#include "db/DatasetSource.h"
#include "io/DatasetReader.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace frontier {

EditController::EditController(AtlasModel& model, FeaturePanel& panel, DatasetController& datasets,
                               QWidget* window)
    : QObject(window), m_model(model), m_panel(panel), m_window(window),
      m_edits(new UndoableEdits(
          model, [this] { return m_saver->pull(); }, window)),
      m_saver(new SharedSaver(
          model, *m_edits->undoStack(), datasets.watcher(), window,
          [this](RecordKind k, const Record& r) { m_edits->replace(k, r); },
          [this](RecordKind k, const Record& r) -> std::optional<Record> {
              EditableDataset* edits = m_edits->open();
              return edits ? RecordEditor::edit(k, r, *edits, m_model.dataset(), m_window)
                           : std::nullopt;
          }))
{
    // maySwitch asked about unsaved edits first, and a colleague's change is not read over
    // unsaved or waiting ones.
    connect(m_edits, &UndoableEdits::discarded, m_saver, &SharedSaver::forget);
    datasets.setGuard([this] { return maySwitch(); });
    connect(m_saver, &SharedSaver::message, this, &EditController::message);
}

QUndoStack* EditController::undoStack() const
{
    return m_edits->undoStack();
}

double EditController::lastUpdateMs() const
{
    return m_edits->lastUpdateMs();
}

void EditController::addMenus(QMenu* file, QMenuBar* bar)
{
    QAction* save = file->addAction(tr("&Save"), QKeySequence::Save, this, &EditController::save);
    save->setObjectName(QStringLiteral("saveAction"));
    file->addAction(tr("Save &as…"), QKeySequence::SaveAs, this, &EditController::saveAs);
    QMenu* edit = bar->addMenu(tr("&Edit"));
    QAction* undo = undoStack()->createUndoAction(edit, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = undoStack()->createRedoAction(edit, tr("&Redo"));
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

int EditController::selectedEventRecord()
{
    const int event = m_panel.currentEvent();
    if (event < 0)
        emit message(tr("Select an event in the history of a crossing or sector first."));
    EditableDataset* edits = event < 0 ? nullptr : m_edits->open();
    if (!edits)
        return -1;
    return edits->indexOf(RecordKind::Event,
                          m_model.dataset().events()[static_cast<std::size_t>(event)].id);
}

void EditController::addEvent()
{
    const EditableDataset* edits = m_edits->open();
    if (!edits)
        return;
    Record event;
    event.geometry = QJsonValue::Null;
    openEventDialog(static_cast<int>(edits->records().events.size()), event);
}

void EditController::editEvent()
{
    const int index = selectedEventRecord();
    if (index < 0)
        return;
    openEventDialog(index, m_edits->opened()->records().events[static_cast<std::size_t>(index)]);
}

void EditController::openEventDialog(int index, const Record& event)
{
    auto* dialog = new EventDialog(
        m_model.dataset(), m_edits->opened()->records().sources, event,
        [this, index](const Record& r) {
            return m_edits->opened()->check(RecordKind::Event, index, r);
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, index, add = event.id.isEmpty()] {
        const Record r = dialog->record();
        if (m_edits->commit(add ? tr("Add event %1").arg(r.id) : tr("Edit event %1").arg(r.id),
                            RecordKind::Event, index, r))
            showEventAfterEdit(r.id);
    });
    connect(dialog, &EventDialog::newSourceRequested, dialog, [this, dialog] {
        const auto& sources = m_edits->opened()->records().sources;
        const auto before = sources.size();
        editCatalog(RecordKind::Source);
        if (sources.size() > before)
            dialog->addSource(sources.back());
    });
    dialog->open();
}

void EditController::retireEvent()
{
    const int index = selectedEventRecord();
    if (index < 0)
        return;
    Record r = m_edits->opened()->records().events[static_cast<std::size_t>(index)];
    r.properties.insert(QStringLiteral("retired"), QDate::currentDate().toString(Qt::ISODate));
    m_edits->commit(tr("Retire event %1").arg(r.id), RecordKind::Event, index, r);
}

void EditController::editCatalog(RecordKind kind)
{
    const EditableDataset* edits = m_edits->open();
    if (!edits)
        return;
    CatalogDialog dialog(
        kind, edits->records().of(kind),
        [edits, kind](const Record& r, int index) { return edits->check(kind, index, r); },
        kind == RecordKind::Source ? -1 : 0, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Record r = dialog.record();
    const bool add = dialog.index() == static_cast<int>(edits->records().of(kind).size());
    const QString what = kind == RecordKind::Actor
                             ? (add ? tr("Add actor %1") : tr("Edit actor %1"))
                             : (add ? tr("Add source %1") : tr("Edit source %1"));
    m_edits->commit(what.arg(r.id), kind, dialog.index(), r);
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
    if (undoStack()->isClean())
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
    EditableDataset* edits = m_edits->opened();
    if (!edits)
        return true; // nothing edited
    const QString folder = m_model.dataset().origin();
    if (DatasetSource::isDatabase(folder)) {
        if (!m_saver->save(edits->records(), edits->touched()))
            return false;
        edits->clearTouched();
        undoStack()->clear(); // shared now: taken back by another edit, which the history shows
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
    if (!m_edits->open())
        return false;
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Save the dataset in"));
    return !folder.isEmpty() && saveTo(folder);
}

bool EditController::saveTo(const QString& folder)
{
    EditableDataset* edits = m_edits->opened();
    if (!edits)
        return false;
    const bool shared = DatasetSource::isDatabase(m_model.dataset().origin());
    const auto files = shared ? m_saver->filesIn(folder, edits->records()) : edits->files(folder);
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
        edits->rebase(saved.dataset);
        m_edits->publish(saved.dataset);
    }
    undoStack()->setClean();
    emit message(tr("Saved to %1").arg(QDir::toNativeSeparators(folder)));
    return true;
}

} // namespace frontier
