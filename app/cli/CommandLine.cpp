#include "CommandLine.h"

#include "CliError.h"

#include <cstdio>

namespace frontier {

CommandLine::CommandLine(const QString& name, const QString& description) : m_name(name)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Not addHelpOption(): its --help-all describes Qt's own options, which no command takes.
    m_parser.addOption(
        {{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Displays this help.")});
    m_parser.addOption(
        {QStringLiteral("data"),
         QStringLiteral("Dataset folder, or database (PG:service=NAME, postgresql://…) (default: "
                        "$FRONTIER_ATLAS_DATA, else the bundled maps)."),
         QStringLiteral("PATH")});
}

bool CommandLine::parse(const QStringList& args, int maxPositional)
{
    QStringList full{program()};
    full += args;
    if (!m_parser.parse(full))
        throw usageError(context() + m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(helpText()), stdout);
        return false;
    }
    if (m_parser.positionalArguments().size() > maxPositional)
        throw usageError(context() + QStringLiteral("unexpected argument \"%1\"")
                                         .arg(m_parser.positionalArguments().at(maxPositional)));
    return true;
}

QString CommandLine::required(const QString& name) const
{
    if (!m_parser.isSet(name))
        throw usageError(context() + QStringLiteral("--%1 is required").arg(name));
    return m_parser.value(name);
}

void CommandLine::addFormatOptions(const QString& what)
{
    m_parser.addOption(
        {QStringLiteral("json"), QStringLiteral("Print JSON instead of %1.").arg(what)});
    m_parser.addOption(
        {QStringLiteral("csv"),
         QStringLiteral("Print CSV (RFC 4180, UTF-8, with a header row) instead of %1.")
             .arg(what)});
}

CommandLine::Format CommandLine::format() const
{
    const bool json = isSet(QStringLiteral("json")), csv = isSet(QStringLiteral("csv"));
    if (json && csv)
        throw usageError(context() + QStringLiteral("--json and --csv cannot be used together"));
    return json ? Format::Json : csv ? Format::Csv : Format::Text;
}

QString CommandLine::helpText() const
{
    QString text = m_parser.helpText();
    // Qt's usage line names the running executable (a path, or a placeholder before the
    // application exists); ours names the program and the command.
    const QString usage = QStringLiteral("Usage: ");
    const qsizetype end = text.indexOf(QLatin1String(" [options]"));
    if (text.startsWith(usage) && end > 0)
        text.replace(usage.size(), end - usage.size(), program());
    return text;
}

QString CommandLine::program() const
{
    return m_name.isEmpty() ? QStringLiteral("frontier-atlas")
                            : QStringLiteral("frontier-atlas ") + m_name;
}

QString CommandLine::context() const
{
    return m_name.isEmpty() ? QString() : m_name + QStringLiteral(": ");
}

} // namespace frontier
