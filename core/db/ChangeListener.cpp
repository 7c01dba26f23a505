#include "ChangeListener.h"

#include "PqxxHandle.h"
#include "RecordTable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

namespace frontier {

/// The channel the triggers of the first migration notify on.
constexpr char kChannel[] = "frontier_atlas_changes";

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
        const auto kind = RecordTable::kindOf(change.value(QStringLiteral("table")).toString());
        if (kind)
            emit m_listener.recordChanged(*kind, change.value(QStringLiteral("id")).toString(),
                                          change.value(QStringLiteral("revision")).toInteger());
    }

private:
    ChangeListener& m_listener;
};

ChangeListener::ChangeListener(const QString& spec, QObject* parent)
    : QObject(parent), m_db(std::make_unique<DbConnection>(spec))
{
    Pqxx::guarded(spec, [&] {
        pqxx::connection& connection = m_db->handle().connection;
        m_receiver = std::make_unique<Receiver>(*this, connection); // LISTEN
        m_notifier = new QSocketNotifier(connection.sock(), QSocketNotifier::Read, this);
    });
    connect(m_notifier, &QSocketNotifier::activated, this, &ChangeListener::readNotifications);
}

ChangeListener::~ChangeListener() = default;

void ChangeListener::readNotifications()
{
    try {
        // The connection LISTENed on, not one made again after it broke.
        m_receiver->connection().get_notifs();
    } catch (const std::exception& e) {
        m_notifier->setEnabled(false);
        emit lost(m_db->spec() +
                  QCoreApplication::translate("frontier::ChangeListener",
                                              ": no longer hearing changes: ") +
                  QString::fromUtf8(e.what()).section(u'\n', 0, 0));
    }
}

} // namespace frontier
