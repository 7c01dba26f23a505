#pragma once

#include "AtlasModel.h"
#include "TestData.h"
#include "geo/Crs.h"
#include "ui/BookmarksController.h"
#include "ui/DatasetController.h"
#include "ui/ExportController.h"
#include "ui/MainWindow.h"
#include "ui/SessionController.h"
#include "ui/SettingsFormat.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

namespace frontier::test {

/// The QApplication of the widget tests, with QSettings kept in a temporary folder.
inline QApplication& uiApp()
{
    static int argc = 1;
    static char name[] = "MainWindowTest";
    static char* argv[] = {name, nullptr};
    // Never destroyed: a QApplication torn down among static destructors crashes at exit.
    static QApplication* app = new QApplication(argc, argv);
    static QTemporaryDir settingsDir;
    static const bool configured = [] {
        QCoreApplication::setOrganizationName(QStringLiteral("FrontierAtlasTest"));
        QCoreApplication::setApplicationName(QStringLiteral("MainWindowTest"));
        QCoreApplication::setApplicationVersion(
            QStringLiteral(FRONTIER_VERSION)); // as main() does: snapshots record it
        SettingsFormat::install();
        // Every format: one not set falls back on the INI path, the user's real config folder.
        for (QSettings::Format f :
             {QSettings::NativeFormat, QSettings::IniFormat, SettingsFormat::format()})
            QSettings::setPath(f, QSettings::UserScope, settingsDir.path());
        QSettings().clear();
        return true;
    }();
    (void)configured;
    return *app;
}

/// Processes events until `condition` holds or `ms` pass.
inline bool waitFor(const std::function<bool()>& condition, int ms = 3000)
{
    for (int waited = 0; !condition(); waited += 10) {
        if (waited >= ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

/// \brief A shown main window over the bundled data at 2019-09-30, the whole frontier in view.
class WindowTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        uiApp();
        QSettings().clear();
        MapSettings initial;
        initial.crs = Crs::defaultDefinition();
        initial.date = Date::fromYmd(2019, 9, 30);
        window = std::make_unique<MainWindow>(bundledTimeline(), initial);
        window->resize(1400, 900); // as on a desktop, whatever the offscreen screen is
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        window->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    }
    void TearDown() override { window.reset(); }

    std::unique_ptr<MainWindow> window;
};

} // namespace frontier::test
