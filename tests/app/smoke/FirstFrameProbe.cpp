#include "FirstFrameProbe.h"

#include "render/Style.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPixmap>
#include <QProcess>
#include <QScreen>
#include <QTemporaryDir>

namespace frontier::test {

bool canGrabScreen()
{
    return QGuiApplication::platformName() == QLatin1String("xcb") &&
           QGuiApplication::primaryScreen();
}

bool showsMap(const QImage& screen)
{
    if (screen.isNull())
        return false;
    const QImage rgb = screen.convertToFormat(QImage::Format_RGB32);
    const Style style;
    const QRgb land = style.focusLand.rgb();
    const QRgb frontier = style.frontier.rgb();
    qint64 landPixels = 0, frontierPixels = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* row = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x) {
            landPixels += row[x] == land;
            frontierPixels += row[x] == frontier;
        }
    }
    const qint64 all = qint64(rgb.width()) * rgb.height();
    return landPixels * 20 >= all && frontierPixels >= 300;
}

FirstFrame startAndWaitForMap(const QString& binary, const QStringList& arguments, int timeoutMs,
                              int intervalMs)
{
    return startAndWaitFor(
        binary, arguments, [](const FirstFrame& f) { return showsMap(f.screen); }, timeoutMs,
        intervalMs);
}

FirstFrame startAndWaitFor(const QString& binary, const QStringList& arguments,
                           const std::function<bool(const FirstFrame&)>& ready, int timeoutMs,
                           int intervalMs)
{
    FirstFrame result;
    QTemporaryDir config; // no saved session: the window starts at the view the arguments name
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
#if defined(__SANITIZE_ADDRESS__)
    // With no session bus, libdbus forks to start one. ProjForkGuard makes that fork safe from
    // PROJ's lock, but not from AddressSanitizer's allocator (GCC 12), whose lock a child can
    // wait on forever: the sanitized window is given a bus address that fails without a fork.
    // The release suite keeps the fork.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=/nonexistent/frontier-atlas-test-bus"));
#endif
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QScreen* screen = QGuiApplication::primaryScreen();

    QElapsedTimer clock;
    clock.start();
    process.start(binary, arguments);
    while (clock.elapsed() < timeoutMs && process.state() != QProcess::NotRunning) {
        result.screen = screen->grabWindow(0).toImage();
        result.output += QString::fromLocal8Bit(process.readAll());
        if (ready(result)) {
            result.shown = true;
            result.milliseconds = double(clock.nsecsElapsed()) / 1e6;
            break;
        }
        process.waitForFinished(
            intervalMs); // returns at once if the program ends (a crash, a refusal)
    }
    if (!result.shown)
        result.ending = process.state() == QProcess::NotRunning
                            ? QStringLiteral("the program ended with exit code %1 after %2 ms")
                                  .arg(process.exitCode())
                                  .arg(clock.elapsed())
                            : QStringLiteral("still running after %1 ms").arg(clock.elapsed());
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
    result.output += QString::fromLocal8Bit(process.readAll());
    return result;
}

} // namespace frontier::test
