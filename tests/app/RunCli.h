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

/// The environment of a command run as a script would: no Qt platform and no display, which the
/// commands must not need.
inline QProcessEnvironment commandEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    return env;
}

/// Runs `program` with `args` in `env`. `childSetup` runs in the child before the program starts
/// (QProcess::setChildProcessModifier): limits, another user.
inline CliRun runProgram(const QString& program, const QStringList& args,
                         const QProcessEnvironment& env,
                         const std::function<void()>& childSetup = {})
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.start(program, args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

/// Runs the built program on the bundled maps of the source tree.
inline CliRun runCli(const QStringList& args, const std::function<void()>& childSetup = {})
{
    QProcessEnvironment env = commandEnvironment();
    env.insert(QStringLiteral("FRONTIER_ATLAS_DATA"), QStringLiteral(FRONTIER_MAPS_DIR));
    return runProgram(QStringLiteral(FRONTIER_BINARY), args, env, childSetup);
}

} // namespace frontier::test
