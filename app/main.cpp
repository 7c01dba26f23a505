#include "cli/ArgumentParsers.h"
#include "cli/CliError.h"
#include "cli/Commands.h"
#include "cli/CommandLine.h"
#include "cli/DataLocator.h"
#include "cli/MapOptions.h"
#include "render/MapRenderer.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QGuiApplication>

#include <cstdio>
#include <functional>
#include <map>

using namespace frontier;

namespace {

const char* const kUsage =
    "Usage: frontier-atlas [COMMAND] [OPTIONS]\n"
    "\n"
    "Without a command, opens the window (options: --date, --extent, --crs, --labels, --data).\n"
    "\n"
    "Commands:\n"
    "  export     Write a PNG snapshot (with .pgw and .prj) of a date\n"
    "  export-frames  Write numbered PNG frames over a date range, for an animation\n"
    "  state      Print every crossing's status and controllers on a date\n"
    "  events     List events with their sources\n"
    "  validate   Check a dataset folder and list every problem\n"
    "  info       Print what the dataset holds\n"
    "\n"
    "Run 'frontier-atlas COMMAND --help' for a command's options.\n"
    "Exit codes: 0 success, 1 failure (data or output), 2 bad arguments.\n";

int runWindow(int argc, char** argv, const QStringList& args)
{
    QApplication app(argc, argv);
    CommandLine cli(QString(), QStringLiteral("Frontier Atlas"));
    cli.parser().addOption({QStringLiteral("date"), QStringLiteral("The date to show (default 2019-09-30)."), QStringLiteral("YYYY-MM-DD")});
    MapOptions::add(cli.parser(), false);
    if (!cli.parse(args)) return kExitOk;
    const Date date = cli.isSet(QStringLiteral("date")) ? ArgumentParsers::date(QStringLiteral("date"), cli.value(QStringLiteral("date")))
                                                        : Date::fromYmd(2019, 9, 30);
    const MapOptions options = MapOptions::read(cli, false);
    auto timeline = std::make_shared<const Timeline>(DataLocator::load(cli.dataPath()));
    MapRenderer probe(timeline);
    MapSettings initial = options.settings(probe, date);
    initial.devicePixelRatio = 1;
    MainWindow window(timeline, initial);
    // The last session's view, unless the command line names one.
    window.restoreSession(!cli.isSet(QStringLiteral("date")) && !cli.isSet(QStringLiteral("extent")));
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i) args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(QStringLiteral("Frontier Atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("Frontier Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTIER_VERSION));

    const std::map<QString, std::function<int(const QStringList&)>> commands{
        {QStringLiteral("export"), runExport}, {QStringLiteral("export-frames"), runExportFrames},
        {QStringLiteral("state"), runState}, {QStringLiteral("events"), runEvents},
        {QStringLiteral("validate"), runValidate}, {QStringLiteral("info"), runInfo}};
    try {
        if (!args.isEmpty() && (args.front() == QLatin1String("--help") || args.front() == QLatin1String("-h"))) {
            std::fputs(kUsage, stdout);
            return kExitOk;
        }
        if (!args.isEmpty() && args.front() == QLatin1String("--version")) {
            std::printf("frontier-atlas %s\n", FRONTIER_VERSION);
            return kExitOk;
        }
        if (args.isEmpty() || args.front().startsWith(QLatin1Char('-'))) return runWindow(argc, argv, args);
        const auto it = commands.find(args.front());
        if (it == commands.end()) throw usageError(QStringLiteral("unknown command \"%1\" (see frontier-atlas --help)").arg(args.front().left(40)));
        // Commands draw with QtGui but need no display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        return it->second(args.mid(1));
    } catch (const CliError& e) {
        std::fprintf(stderr, "frontier-atlas: %s\n", e.what());
        return e.exitCode();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "frontier-atlas: error: %s\n", e.what());
        return kExitFailure;
    }
}
