#pragma once

#include <QString>

#include <stdexcept>

namespace frontier {

/// \brief A failure of the shared dataset's server, in words that name no credentials.
class DbError : public std::runtime_error {
public:
    enum class Kind {
        Unavailable, ///< no server, or the connection broke: the transaction was not committed
        Refused,     ///< the server said no: a grant, a constraint, a value it does not take
        Schema,      ///< the database's schema is not the one this program knows
    };

    DbError(Kind kind, const QString& message)
        : std::runtime_error(message.toStdString()), m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }
    QString message() const { return QString::fromStdString(what()); }

private:
    Kind m_kind;
};

} // namespace frontier
