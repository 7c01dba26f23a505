#include "SharedDatasetWatcher.h"

#include "AtlasModel.h"
#include "ChangeListener.h"
#include "DatasetSource.h"
#include "DbError.h"
#include "RecordTable.h"

#include <utility>

namespace frontier {
namespace {

// Long enough to gather one save's notifications (a transaction's arrive together, at its
// commit), short enough to show them within a second: reading the changes takes ~0.7 s with
// 100,000 events.
constexpr int kSettleMs = 50;

// What a change of a table's order (RecordTable's names) or of the dataset's files is called in a
// message.
QString whatMoved(const QString& table)
{
    switch (RecordTable::kindOf(table).value_or(RecordKind(-1))) {
    case RecordKind::Event:
        return SharedDatasetWatcher::tr("the order of the events");
    case RecordKind::Area:
        return SharedDatasetWatcher::tr("the order of the dated areas");
    case RecordKind::Actor:
        return SharedDatasetWatcher::tr("the order of the actors");
    case RecordKind::Source:
        return SharedDatasetWatcher::tr("the order of the sources");
    }
    return SharedDatasetWatcher::tr("the dataset's files");
}

} // namespace

SharedDatasetWatcher::SharedDatasetWatcher(AtlasModel& model, QObject* parent)
    : QObject(parent), m_model(model)
{
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &SharedDatasetWatcher::reload);
    connect(&m_model, &AtlasModel::datasetChanged, this, &SharedDatasetWatcher::follow);
    follow();
}

SharedDatasetWatcher::~SharedDatasetWatcher() = default;

void SharedDatasetWatcher::follow()
{
    const QString origin = m_model.dataset().origin();
    if (origin == m_origin)
        return;
    m_origin = origin;
    m_listener.reset();
    if (!DatasetSource::isDatabase(origin))
        return;
    try {
        m_listener = std::make_unique<ChangeListener>(origin);
    } catch (const DbError& e) {
        emit message(tr("Colleagues' changes will not be shown: %1").arg(e.message()));
        return;
    }
    connect(m_listener.get(), &ChangeListener::recordChanged, this,
            [this](RecordKind kind, const QString& id, qint64 revision) {
                if (m_known && m_known(kind, id, revision))
                    return;
                m_changed = id;
                m_settle.start(kSettleMs);
            });
    connect(m_listener.get(), &ChangeListener::placesOrFilesChanged, this,
            [this](const QString& table) {
                m_changed = whatMoved(table);
                m_settle.start(kSettleMs);
            });
    connect(m_listener.get(), &ChangeListener::lost, this, &SharedDatasetWatcher::message);
    connect(m_listener.get(), &ChangeListener::restored, this,
            [this] { emit message(tr("Hearing colleagues' changes again")); });
}

void SharedDatasetWatcher::reload()
{
    if (m_held && m_held()) {
        if (!std::exchange(m_told, true))
            emit message(tr("%1 changed on the server: it is shown once your edits are saved")
                             .arg(m_changed));
        m_settle.start(1000);
        return;
    }
    m_told = false;
    const int selected = m_model.selectedFeature();
    const QString selectedId = selected >= 0 ? m_model.dataset().feature(selected).id : QString();
    const LoadProblems problems = m_model.rereadDataset();
    if (!problems.empty()) {
        emit message(
            tr("A colleague's change could not be read: %1").arg(problems.front().toString()));
        return;
    }
    if (!selectedId.isEmpty())
        m_model.setSelectedFeature(m_model.dataset().featureIndex(selectedId));
    emit message(tr("Updated from the server: %1 changed").arg(m_changed));
}

} // namespace frontier
