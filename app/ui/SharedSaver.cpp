#include "SharedSaver.h"

#include "AtlasModel.h"
#include "ConflictDialog.h"
#include "db/DatasetSource.h"
#include "db/DbError.h"
#include "db/RecordDiff.h"
#include "db/SharedDatasetWatcher.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>
#include <QUndoStack>

namespace frontier {

SharedSaver::SharedSaver(AtlasModel& model, const QUndoStack& undo, SharedDatasetWatcher& watcher,
                         QWidget* window, Apply apply, Edit edit)
    : QObject(window), m_model(model), m_window(window), m_apply(std::move(apply)),
      m_edit(std::move(edit))
{
    watcher.setHold([this, &undo] {
        return !undo.isClean() || waiting() || m_busy || QApplication::activeModalWidget();
    });
    watcher.setKnown([this](RecordKind kind, const QString& id, qint64 revision) {
        return m_shared && revision > 0 && m_shared->revision(kind, id) >= revision;
    });
    m_retry.setInterval(3000);
    connect(&m_retry, &QTimer::timeout, this, &SharedSaver::resend);
    forget();
}

SharedSaver::~SharedSaver() = default;

QString SharedSaver::journalPath(const QString& spec)
{
    const QByteArray key = QCryptographicHash::hash(DatasetSource::displayName(spec).toUtf8(),
                                                    QCryptographicHash::Sha256);
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(
            QStringLiteral("journal/%1.jsonl").arg(QString::fromLatin1(key.toHex().left(16))));
}

const DatasetRecords* SharedSaver::pull()
{
    const QString origin = m_model.dataset().origin();
    try {
        if (m_shared)
            m_shared->refresh();
        else
            m_shared = std::make_unique<SharedRecords>(origin, journalPath(origin));
        return &m_shared->records();
    } catch (const DbError& e) {
        QMessageBox::warning(m_window, tr("Cannot edit this dataset"),
                             tr("Its server cannot be read: %1").arg(e.message()));
        return nullptr;
    }
}

void SharedSaver::forget()
{
    const QString origin = m_model.dataset().origin();
    // The same database read again (a colleague's change): pull() takes only what changed.
    if (m_shared && m_shared->spec() != DatasetSource::displayName(origin))
        m_shared.reset();
    if (DatasetSource::isDatabase(origin) && QFile::exists(journalPath(origin)))
        m_retry.start();
}

std::vector<AtomicFiles::File> SharedSaver::filesIn(const QString& folder,
                                                    const DatasetRecords& edited)
{
    if (!m_shared && !pull())
        return {};
    std::vector<AtomicFiles::File> files = edited.files(folder);
    for (AtomicFiles::File& f : m_shared->otherFilesIn(folder))
        files.push_back(std::move(f));
    return files;
}

bool SharedSaver::save(const DatasetRecords& edited, const std::set<RecordKey>& touched)
{
    if (!m_shared && !pull())
        return false;
    m_busy = true;
    int saved = 0, kept = 0, unsaved = 0;
    QString lastMessage;
    for (const PendingEdit& edit : m_shared->changesIn(edited, &touched)) {
        SaveResult result = m_shared->send(edit);
        lastMessage = result.message;
        switch (settle(edit, std::move(result))) {
        case Fate::Saved:
            ++saved;
            break;
        case Fate::Kept:
            ++kept;
            break;
        case Fate::Unsaved:
            ++unsaved;
            break;
        }
    }
    m_busy = false;
    const QString server = DatasetSource::displayName(m_model.dataset().origin());
    if (kept > 0) {
        m_retry.start();
        emit message(tr("The server cannot be reached: %n edit(s) kept on this computer and sent "
                        "again when it is back. You can keep working. (%1)",
                        nullptr, kept)
                         .arg(lastMessage));
    } else if (unsaved == 0) {
        emit message(tr("Saved %n edit(s) to %1", nullptr, saved).arg(server));
    }
    return unsaved == 0;
}

SharedSaver::Fate SharedSaver::settle(PendingEdit edit, SaveResult result)
{
    using Choice = ConflictDialog::Choice;
    while (result.outcome == SaveResult::Outcome::Conflict) {
        ConflictDialog dialog(edit.record, result.current, m_window);
        dialog.exec();
        const Choice choice = dialog.choice();
        if (choice == Choice::None)
            return Fate::Unsaved;
        if (choice == Choice::KeepTheirs) {
            m_shared->adopt(edit.kind, *result.current);
            m_apply(edit.kind, result.current->record);
            return Fate::Saved;
        }
        if (choice == Choice::EditMerge) {
            const Record* base = m_shared->find(edit.kind, edit.record.id);
            const std::optional<Record> merged =
                m_edit(edit.kind, RecordDiff::merge(base ? *base : Record{}, edit.record,
                                                    result.current->record));
            if (!merged)
                continue; // back to the choice
            edit.record = *merged;
            m_apply(edit.kind, edit.record);
        }
        // Saved on the server's revision: checked again, so a newer change is a conflict too.
        edit.baseRevision = result.current ? result.current->revision : 0;
        result = m_shared->send(edit);
    }
    switch (result.outcome) {
    case SaveResult::Outcome::Saved:
        return Fate::Saved;
    case SaveResult::Outcome::Queued:
        return Fate::Kept;
    case SaveResult::Outcome::Refused:
    case SaveResult::Outcome::Conflict:
        break;
    }
    QMessageBox::warning(m_window, tr("Not saved"),
                         tr("The server refused %1: %2\nYour edit is kept in this window; File → "
                            "Save as… keeps a copy of the dataset in a folder.")
                             .arg(edit.record.id, result.message));
    return Fate::Unsaved;
}

void SharedSaver::resend()
{
    if (m_busy)
        return;
    if (!m_shared) {
        try {
            m_shared = std::make_unique<SharedRecords>(m_model.dataset().origin(),
                                                       journalPath(m_model.dataset().origin()));
        } catch (const DbError&) {
            return; // still away: tried again at the next tick
        }
    }
    m_busy = true;
    int saved = 0;
    for (SharedRecords::Sent& sent : m_shared->resend())
        saved += settle(sent.edit, std::move(sent.result)) == Fate::Saved;
    m_busy = false;
    if (!m_shared->hasJournal())
        m_retry.stop();
    if (saved > 0)
        emit message(tr("The server is back: %n kept edit(s) saved", nullptr, saved));
}

} // namespace frontier
