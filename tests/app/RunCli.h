#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

namespace frontier::test {

/// \brief Runs the real frontier-atlas binary, as a user or a script would.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// `childSetup` runs in the child before the program starts (QProcess::setChildProcessModifier):
/// limits, another user.
inline CliRun runCli(const QStringList& args, const std::function<void()>& childSetup = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the commands must work with no platform set
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("FRONTIER_ATLAS_DATA"), QStringLiteral(FRONTIER_MAPS_DIR));
    p.setProcessEnvironment(env);
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.start(QStringLiteral(FRONTIER_BINARY), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace frontier::test
