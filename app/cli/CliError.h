#pragma once

#include <QString>

#include <stdexcept>

namespace frontier {

/// Exit codes of every subcommand.
enum ExitCode { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

/// \brief A command-line failure: the message for stderr and the exit code.
class CliError : public std::runtime_error {
public:
    CliError(const QString& message, int exitCode)
        : std::runtime_error(message.toStdString()), m_exitCode(exitCode)
    {
    }
    int exitCode() const { return m_exitCode; }
    QString message() const { return QString::fromStdString(what()); }

private:
    int m_exitCode;
};

inline CliError usageError(const QString& message)
{
    return CliError(message, kExitUsage);
}

} // namespace frontier
