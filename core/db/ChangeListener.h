#pragma once

#include "io/DatasetRecords.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace frontier {

class DbConnection;

/// \brief Hears the changes other connections make to a shared dataset: the server's triggers
/// NOTIFY on every saved record and on every push that moves records or changes another file of
/// the dataset, and this listens on its own connection, woken by Qt's event
/// loop when the connection's socket has something to read. When the connection breaks it
/// connects again, waiting longer after each failure up to half a second, and tells the changes
/// the audit recorded meanwhile.
class ChangeListener : public QObject {
    Q_OBJECT
public:
    /// Connects and listens; throws DbError.
    explicit ChangeListener(const QString& spec, QObject* parent = nullptr);
    ~ChangeListener() override;

signals:
    /// A record was inserted, changed (`revision` is its new one) or deleted (`revision` 0).
    void recordChanged(frontier::RecordKind kind, const QString& id, qint64 revision);
    /// Records of `table` moved in their order, or (`table` dataset_files) another file of the
    /// dataset changed: no record's change, and only a whole read shows it.
    void placesOrFilesChanged(const QString& table);
    /// The connection broke: changes are heard again once it is made again.
    void lost(const QString& message);
    /// Listening again, after the changes missed meanwhile were told.
    void restored();

private:
    class Receiver;

    /// Connects and LISTENs; throws DbError.
    void listen();
    void readNotifications();
    void reconnect();
    /// Tells a change unless it was told already (`change` is its audit row's id).
    void heard(RecordKind kind, const QString& id, qint64 revision, qint64 change);
    /// Tells a change to the records' places or the files unless it was told already (`change`
    /// is its dataset_changes row's id).
    void heard(const QString& table, qint64 change);

    QString m_spec;
    std::unique_ptr<DbConnection> m_db;
    std::unique_ptr<Receiver> m_receiver;
    QSocketNotifier* m_notifier = nullptr;
    QTimer m_retry;
    int m_retryMs = 0;
    QString m_seen;             ///< the snapshot of the last connection, made after its LISTEN
    QSet<qint64> m_told;        ///< the audit rows told (forgotten all at once at kToldKept)
    QSet<qint64> m_toldDataset; ///< the dataset_changes rows told (likewise)
    static constexpr qsizetype kToldKept = 10000;
};

} // namespace frontier
