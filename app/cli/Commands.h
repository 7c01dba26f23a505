#pragma once

#include <QStringList>

namespace frontier {

/// Each subcommand takes its arguments (after the subcommand's name) and returns the exit code;
/// usage and runtime failures are thrown as CliError.
int runExport(const QStringList& args);
int runExportFrames(const QStringList& args);
int runLayout(const QStringList& args);
int runInfo(const QStringList& args);
int runState(const QStringList& args);
int runEvents(const QStringList& args);
int runChanges(const QStringList& args);
int runValidate(const QStringList& args);
int runDb(const QStringList& args);
int runHistory(const QStringList& args);

} // namespace frontier
