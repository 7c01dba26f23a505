#pragma once

#include "io/DatasetRecords.h"

#include <QObject>
#include <QString>

#include <memory>

class QSocketNotifier;

namespace frontier {

class DbConnection;

/// \brief Hears the changes other connections make to a shared dataset: the server's triggers
/// NOTIFY on every saved record, and this listens on its own connection, woken by Qt's event
/// loop when the connection's socket has something to read.
class ChangeListener : public QObject {
    Q_OBJECT
public:
    /// Connects and listens; throws DbError.
    explicit ChangeListener(const QString& spec, QObject* parent = nullptr);
    ~ChangeListener() override;

signals:
    /// A record was inserted, changed (`revision` is its new one) or deleted (`revision` 0).
    void recordChanged(frontier::RecordKind kind, const QString& id, qint64 revision);
    /// The connection broke: no more changes are heard.
    void lost(const QString& message);

private:
    void readNotifications();

    class Receiver;
    std::unique_ptr<DbConnection> m_db;
    std::unique_ptr<Receiver> m_receiver;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace frontier
