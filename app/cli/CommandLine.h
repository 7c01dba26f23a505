#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace frontier {

/// \brief A subcommand's QCommandLineParser with the shared options (--help, --data), and the
/// usage-error handling all subcommands share (unknown option, missing value, stray argument).
/// An empty name is the program's own command line, the window's.
class CommandLine {
public:
    CommandLine(const QString& name, const QString& description);
    QCommandLineParser& parser() { return m_parser; }
    /// Parses `args` (argv without the program and subcommand); throws a usage CliError.
    /// Returns false when --help was asked for (the help was printed).
    bool parse(const QStringList& args, int maxPositional = 0);
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    /// A required option's value; throws a usage CliError when it is missing.
    QString required(const QString& name) const;
    QString dataPath() const { return m_parser.value(QStringLiteral("data")); }

    /// How a listing command prints: a text table, JSON or CSV.
    enum class Format { Text, Json, Csv };
    /// Adds --json and --csv; `what` names the text output ("a table").
    void addFormatOptions(const QString& what);
    /// The format chosen; throws a usage CliError when both --json and --csv are given.
    Format format() const;

private:
    /// The --help text: usage, description and every option.
    QString helpText() const;
    QString program() const;
    /// "NAME: ", the start of a usage error's message (nothing for the window's options).
    QString context() const;

    QString m_name;
    QCommandLineParser m_parser;
};

} // namespace frontier
