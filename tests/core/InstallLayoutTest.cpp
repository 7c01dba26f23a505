#include "io/InstallLayout.h"

#include <QFileInfo>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

// The install layout's folders, under any prefix: the data in share/, the modules in libexec/.
TEST(InstallLayoutTest, TheDataAndTheModulesLieBesideTheProgramsFolder)
{
    for (const char* prefix : {"/usr", "/usr/local", "/home/analyst/.local", "/tmp/stage/opt/fa"}) {
        const QString bin = QString::fromLatin1(prefix) + QStringLiteral("/bin");
        EXPECT_EQ(InstallLayout::dataDir(bin),
                  QString::fromLatin1(prefix) + QStringLiteral("/share/frontier-atlas"));
        EXPECT_EQ(InstallLayout::moduleDir(bin),
                  QString::fromLatin1(prefix) + QStringLiteral("/libexec/frontier-atlas"));
    }
}

// The build tree mirrors the install tree: from this test's own folder, the bundled maps.
TEST(InstallLayoutTest, TheRunningProgramFindsTheBundledData)
{
    const QString bin = InstallLayout::binaryDir();
    EXPECT_TRUE(QFileInfo(bin).isDir()) << bin.toStdString();
    EXPECT_TRUE(bin.endsWith(QStringLiteral("/bin"))) << bin.toStdString();
    EXPECT_EQ(InstallLayout::dataDir(), InstallLayout::dataDir(bin));
    EXPECT_TRUE(QFileInfo::exists(InstallLayout::dataDir() + QStringLiteral("/maps/dataset.json")))
        << InstallLayout::dataDir().toStdString();
}

} // namespace
