#include "AtlasModel.h"
#include "cli/ArgumentParsers.h"
#include "cli/BackgroundLoad.h"
#include "cli/CliError.h"
#include "cli/CommandLine.h"
#include "cli/Commands.h"
#include "cli/DataLocator.h"
#include "cli/MapOptions.h"
#include "cli/OverlayLoad.h"
#include "db/DatasetSource.h"
#include "io/CacheEntries.h"
#include "render/MapRenderer.h"
#include "render/RenderContext.h"
#include "ui/DatasetController.h"
#include "ui/EditController.h"
#include "ui/FirstRunTip.h"
#include "ui/MainWindow.h"
#include "ui/MapCanvas.h"
#include "ui/SessionController.h"
#include "ui/SettingsFormat.h"
#include "ui/UiLanguage.h"

#include <QApplication>
#include <QDir>
#include <QFontMetricsF>
#include <QStandardPaths>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <map>

using namespace frontier;

namespace {

// The window's command line is the program's own: its --help describes the commands too.
const char* const kDescription =
    "Without a command, opens the window; the options below are the window's.\n"
    "\n"
    "Commands:\n"
    "  export         Write a PNG snapshot (with .pgw and .prj) of a date\n"
    "  export-frames  Write an animation: frames named by date, or one MP4, WebM or GIF\n"
    "  layout         Write a print layout (PDF or PNG) with title, locator and sources\n"
    "  state          Print every crossing's status and controllers on a date\n"
    "  events         List events with their sources\n"
    "  changes        List what changed between two dates, with the events and sources\n"
    "  validate       Check a dataset folder and list every problem\n"
    "  info           Print what the dataset holds\n"
    "  db             Init a database, push a dataset folder to it or pull one from it\n"
    "  history        Print every change to an event of a shared dataset\n"
    "\n"
    "Run 'frontier-atlas COMMAND --help' for a command's options.\n"
    "Exit codes: 0 success, 1 failure (data or output), 2 bad arguments.";

int runWindow(int argc, char** argv, const QStringList& args)
{
    // Every option is checked before the application starts, so a bad one exits 2 with no display.
    CommandLine cli(QString(), QString::fromUtf8(kDescription));
    cli.parser().addOption({QStringLiteral("version"), QStringLiteral("Prints the version.")});
    cli.parser().addOption({QStringLiteral("date"),
                            QStringLiteral("The date to show (default 2019-09-30)."),
                            QStringLiteral("YYYY-MM-DD")});
    cli.parser().addOption({QStringLiteral("select"),
                            QStringLiteral("The crossing or sector to select, by id."),
                            QStringLiteral("ID")});
    cli.parser().addOption(
        {QStringLiteral("lang"),
         QStringLiteral(
             "The window's language: en, or ar (Arabic, right to left, with Arabic map "
             "labels unless --labels says otherwise; default: the system's, from LANG)."),
         QStringLiteral("en|ar")});
    MapOptions::add(cli.parser(), MapOptions::Target::Window);
    if (!cli.parse(args))
        return kExitOk;
    if (cli.isSet(QStringLiteral("version"))) {
        std::printf("frontier-atlas %s\n", FRONTIER_VERSION);
        return kExitOk;
    }
    const Date date =
        cli.isSet(QStringLiteral("date"))
            ? ArgumentParsers::date(QStringLiteral("date"), cli.value(QStringLiteral("date")))
            : Date::fromYmd(2019, 9, 30);
    MapOptions options = MapOptions::read(cli, MapOptions::Target::Window);
    const auto language = cli.isSet(QStringLiteral("lang"))
                              ? UiLanguage::fromCode(cli.value(QStringLiteral("lang")))
                              : UiLanguage::fromLocale(QLocale::system());
    if (!language)
        throw usageError(QStringLiteral("--lang %1: expected en or ar")
                             .arg(cli.value(QStringLiteral("lang")).left(20)));
    if (!cli.isSet(QStringLiteral("labels")))
        options.labels = UiLanguage::labels(*language);

    // --data, else $FRONTIER_ATLAS_DATA, else the dataset the last session had open, else the
    // bundled one.
    SettingsFormat::install();
    const QString defaultPath = DataLocator::resolve({});
    QString path = DataLocator::resolve(cli.dataPath());
    if (cli.dataPath().isEmpty() && qEnvironmentVariableIsEmpty("FRONTIER_ATLAS_DATA") &&
        !SessionController::savedDatasetPath().isEmpty())
        path = SessionController::savedDatasetPath();
    BackgroundLoad load(path, options.crs, options.style);
    OverlayLoad overlays(options);
    QApplication app(argc, argv);
    UiLanguage::apply(*language);
    RenderContext::loadFonts(Style{});
    // The window's own font too: its widgets' first text would otherwise set it up.
    (void)QFontMetricsF(QApplication::font()).horizontalAdvance(QStringLiteral("Timeline"));
    // The window is built while the data loads, on an empty dataset (at any valid extent, so
    // nothing is projected for it); the loaded dataset and its view then replace it.
    MapSettings placeholder;
    placeholder.crs = options.crs;
    placeholder.date = date;
    placeholder.extent = {0, 0, 1, 1};
    MainWindow window(
        std::make_unique<MapRenderer>(
            std::make_shared<const Timeline>(std::make_shared<const Dataset>(DatasetContent{})),
            options.style),
        placeholder);
    std::unique_ptr<MapRenderer> renderer;
    bool broken = false;
    try {
        renderer = load.take();
    } catch (const CliError&) {
        // A broken dataset opens the window on the bundled one, with every problem shown in it.
        if (QDir(path) == QDir(DataLocator::bundledPath()))
            throw;
        renderer = BackgroundLoad(DataLocator::bundledPath(), options.crs, options.style).take();
        broken = true;
    }
    MapSettings initial = options.settings(*renderer, date, overlays.take(*renderer));
    initial.devicePixelRatio = 1;
    window.adopt(std::move(renderer), initial);
    for (const OverlayView& view : initial.overlays)
        window.model().addOverlay(view.overlay, view.style);
    window.session()->setDefaultDatasetPath(defaultPath);
    window.editor()->setBundledPath(DataLocator::bundledPath());
    // The last session's view and layers, unless the command line names them.
    window.session()->restore(!cli.isSet(QStringLiteral("date")) &&
                                  !cli.isSet(QStringLiteral("extent")),
                              options.layers.isEmpty());
    if (cli.isSet(QStringLiteral("select"))) {
        const QString id = cli.value(QStringLiteral("select"));
        const int feature = window.timeline().dataset().featureIndex(id);
        if (feature < 0)
            throw usageError(QStringLiteral("no crossing or sector \"%1\"").arg(id.left(40)));
        window.model().setSelectedFeature(feature);
    }
    window.show();
    // The tip comes once the map has shown: it explains the map, and the first frame need not
    // wait for the dialog.
    QTimer::singleShot(std::chrono::milliseconds(300), &window,
                       [&window] { FirstRunTip::showOnce(window.canvas()->renderer(), &window); });
    if (broken)
        window.datasets()->showProblems(
            path, DatasetSource::read(path).problems,
            QCoreApplication::translate("main", "The bundled dataset is open instead."));
    return app.exec();
}

// The window, or the command `args` names; its exit code.
int run(int argc, char** argv, const QStringList& args)
{
    // The commands that draw make their own QGuiApplication (CommandGui) once their data has
    // started loading; the others need only QtCore.
    struct Command {
        int (*run)(const QStringList&);
        bool draws;
    };
    const std::map<QString, Command> commands{
        {QStringLiteral("export"), {runExport, true}},
        {QStringLiteral("export-frames"), {runExportFrames, true}},
        {QStringLiteral("layout"), {runLayout, true}},
        {QStringLiteral("state"), {runState, false}},
        {QStringLiteral("events"), {runEvents, false}},
        {QStringLiteral("changes"), {runChanges, false}},
        {QStringLiteral("validate"), {runValidate, false}},
        {QStringLiteral("info"), {runInfo, false}},
        {QStringLiteral("db"), {runDb, false}},
        {QStringLiteral("history"), {runHistory, false}}};
    try {
        if (args.isEmpty() || args.front().startsWith(QLatin1Char('-')))
            return runWindow(argc, argv, args);
        const auto it = commands.find(args.front());
        if (it == commands.end())
            throw usageError(QStringLiteral("unknown command \"%1\" (see frontier-atlas --help)")
                                 .arg(args.front().left(40)));
        if (it->second.draws)
            return it->second.run(args.mid(1));
        QCoreApplication app(argc, argv);
        return it->second.run(args.mid(1));
    } catch (const CliError& e) {
        std::fprintf(stderr, "frontier-atlas: %s\n", e.what());
        return e.exitCode();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "frontier-atlas: error: %s\n", e.what());
        return kExitFailure;
    }
}

} // namespace

int main(int argc, char** argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCoreApplication::setApplicationName(QStringLiteral("Frontier Atlas"));
    QCoreApplication::setOrganizationName(QStringLiteral("Frontier Atlas"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FRONTIER_VERSION));
    // The installed desktop file's id, by which the desktop matches the window to its name and
    // icon (the Wayland app id).
    QGuiApplication::setDesktopFileName(QStringLiteral(FRONTIER_APP_ID));
    if (const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
        !cache.isEmpty())
        CacheEntries::setDirectory(cache + QStringLiteral("/layers"));

    const int code = run(argc, argv, args);
    // What was read is kept (CacheEntries::writeLater) even when the command failed afterwards.
    CacheEntries::finishWrites();
    return code;
}
