#include "ChangeListener.h"

#include "PqxxHandle.h"
#include "RecordTable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <utility>

namespace frontier {
namespace {

/// The channel the triggers of the first migration notify on.
constexpr char kChannel[] = "frontier_atlas_changes";
// The first retry soon after the loss, then each twice as late: a server back is heard again
// within half a second, and one still away costs two attempts a second.
constexpr int kFirstRetryMs = 50;
constexpr int kLastRetryMs = 500;

// Whether `change` is told for the first time, whichever way it came: by id, as changes commit
// in any order.
bool firstTold(QSet<qint64>& told, qint64 change, qsizetype kept)
{
    if (told.contains(change))
        return false;
    if (told.size() >= kept)
        told.clear();
    told.insert(change);
    return true;
}

} // namespace

class ChangeListener::Receiver : public pqxx::notification_receiver {
public:
    Receiver(ChangeListener& listener, pqxx::connection& connection)
        : pqxx::notification_receiver(connection, kChannel), m_listener(listener)
    {
    }
    pqxx::connection_base& connection() const { return conn(); }
    void operator()(const std::string& payload, int) override
    {
        const QJsonObject change =
            QJsonDocument::fromJson(QByteArray::fromStdString(payload)).object();
        const qint64 id = change.value(QStringLiteral("change")).toInteger();
        if (const QJsonValue table = change.value(QStringLiteral("dataset")); table.isString())
            m_listener.heard(table.toString(), id);
        else if (const auto kind =
                     RecordTable::kindOf(change.value(QStringLiteral("table")).toString()))
            m_listener.heard(*kind, change.value(QStringLiteral("id")).toString(),
                             change.value(QStringLiteral("revision")).toInteger(), id);
    }

private:
    ChangeListener& m_listener;
};

ChangeListener::ChangeListener(const QString& spec, QObject* parent) : QObject(parent), m_spec(spec)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChangeListener::reconnect);
    listen();
}

ChangeListener::~ChangeListener()
{
    m_receiver.reset(); // UNLISTENs on the connection, before it closes
}

void ChangeListener::listen()
{
    auto db = std::make_unique<DbConnection>(m_spec);
    const auto [missed, missedDataset] = Pqxx::guarded(m_spec, [&] {
        pqxx::connection& connection = db->handle().connection;
        auto receiver = std::make_unique<Receiver>(*this, connection); // LISTEN
        // Every change after LISTEN is heard; those the last connection's snapshot did not see
        // are read from the audit (none on the first connection: the dataset was read before).
        pqxx::read_transaction tx(connection);
        const QString now = Pqxx::text(tx.exec_params1("SELECT pg_current_snapshot()::text")[0]);
        pqxx::result records, dataset;
        if (m_db) {
            records = tx.exec_params("SELECT table_name, record_id, coalesce(revision, 0), id "
                                     "FROM audit WHERE " +
                                         RecordTable::unseenIn("$1") + " ORDER BY id",
                                     Pqxx::text(m_seen));
            dataset = tx.exec_params("SELECT table_name, id FROM dataset_changes WHERE " +
                                         RecordTable::unseenIn("$1") + " ORDER BY id",
                                     Pqxx::text(m_seen));
        }
        m_seen = now;
        tx.commit();
        m_receiver.reset();
        m_db = std::move(db);
        m_receiver = std::move(receiver);
        return std::pair(records, dataset);
    });
    m_notifier = new QSocketNotifier(m_db->handle().connection.sock(), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeListener::readNotifications);
    for (const pqxx::row& row : missed)
        if (const auto kind = RecordTable::kindOf(Pqxx::text(row[0])))
            heard(*kind, Pqxx::text(row[1]), row[2].as<qint64>(), row[3].as<qint64>());
    for (const pqxx::row& row : missedDataset)
        heard(Pqxx::text(row[0]), row[1].as<qint64>());
}

void ChangeListener::heard(RecordKind kind, const QString& id, qint64 revision, qint64 change)
{
    if (firstTold(m_told, change, kToldKept))
        emit recordChanged(kind, id, revision);
}

void ChangeListener::heard(const QString& table, qint64 change)
{
    if (firstTold(m_toldDataset, change, kToldKept))
        emit placesOrFilesChanged(table);
}

void ChangeListener::readNotifications()
{
    QString why = QCoreApplication::translate("frontier::ChangeListener", "the server closed it");
    try {
        // The connection LISTENed on, not one made again after it broke.
        pqxx::connection_base& connection = m_receiver->connection();
        connection.get_notifs();
        if (connection.is_open())
            return;
    } catch (const std::exception& e) {
        why = QString::fromUtf8(e.what()).section(u'\n', 0, 0);
    }
    m_notifier->setEnabled(false);
    m_notifier->deleteLater(); // it is the sender
    m_notifier = nullptr;
    m_retryMs = kFirstRetryMs;
    m_retry.start(m_retryMs);
    emit lost(QCoreApplication::translate("frontier::ChangeListener",
                                          "%1: the connection that hears colleagues' changes "
                                          "broke (%2); connecting again")
                  .arg(m_db->spec(), why));
}

void ChangeListener::reconnect()
{
    try {
        listen();
    } catch (const DbError&) {
        m_retryMs = std::min(m_retryMs * 2, kLastRetryMs);
        m_retry.start(m_retryMs);
        return;
    }
    emit restored();
}

} // namespace frontier
