#include "CommandLine.h"

#include "CliError.h"

#include <cstdio>

namespace frontier {

CommandLine::CommandLine(const QString& name, const QString& description) : m_name(name)
{
    m_parser.setApplicationDescription(description);
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addOption({QStringLiteral("data"), QStringLiteral("Dataset folder (default: $FRONTIER_ATLAS_DATA, else the bundled maps)."),
                        QStringLiteral("PATH")});
}

bool CommandLine::parse(const QStringList& args, int maxPositional)
{
    QStringList full{QStringLiteral("frontier-atlas ") + m_name};
    full += args;
    if (!m_parser.parse(full)) throw usageError(m_name + QStringLiteral(": ") + m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(m_parser.helpText().replace(QStringLiteral("frontier-atlas ") + m_name, QStringLiteral("frontier-atlas ") + m_name)), stdout);
        return false;
    }
    if (m_parser.positionalArguments().size() > maxPositional)
        throw usageError(QStringLiteral("%1: unexpected argument \"%2\"").arg(m_name, m_parser.positionalArguments().at(maxPositional)));
    return true;
}

QString CommandLine::required(const QString& name) const
{
    if (!m_parser.isSet(name)) throw usageError(QStringLiteral("%1: --%2 is required").arg(m_name, name));
    return m_parser.value(name);
}

} // namespace frontier
