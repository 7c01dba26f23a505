// The window's writes when the disk is full, the folder is read-only or a folder stands where a
// file goes: the session and bookmarks (its settings), a snapshot and frames. The window says
// so, naming the file, and the earlier file stays byte for byte.
#include "WriteFaults.h"
#include "time/TimeController.h"
#include "ui/UiTest.h"

#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <sys/stat.h>
#include <sys/wait.h>

namespace frontier {
namespace {

using test::WindowTest;

QString settingsFile()
{
    return QSettings().fileName();
}

QString statusOf(const MainWindow& w)
{
    return w.statusBar()->currentMessage();
}

/// Runs `work` in a forked child as nobody (the tests run as root, who may write anywhere);
/// returns what it returned, or "child failed".
QString asNobody(const std::function<QString()>& work)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return QStringLiteral("no pipe");
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipeFds[0]);
        test::becomeNobody();
        const QByteArray result = work().toUtf8();
        const bool written = write(pipeFds[1], result.constData(),
                                   static_cast<size_t>(result.size())) == result.size();
        _exit(written ? 0 : 1); // no exit handlers: they belong to the parent
    }
    close(pipeFds[1]);
    QByteArray result;
    char buffer[512];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        result.append(buffer, n);
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? QString::fromUtf8(result)
                                                         : QStringLiteral("child failed");
}

class SettingsWriteTest : public WindowTest {
protected:
    void SetUp() override
    {
        WindowTest::SetUp();
        ASSERT_EQ(window->session()->save(), QString());
        file = settingsFile();
        folder = QFileInfo(file).path();
        earlier = test::fileBytes(file);
        before = test::entries(folder);
        ASSERT_GT(earlier.size(), 400);
        window->timeController()->setDate(Date::fromYmd(2016, 5, 5)); // something new to save
    }
    void TearDown() override
    {
        chmod(QFile::encodeName(folder).constData(), 0755);
        if (QFileInfo(file).isDir())
            QDir(file).removeRecursively();
        WindowTest::TearDown();
    }
    void expectEarlierIntact()
    {
        EXPECT_EQ(test::fileBytes(file), earlier);
        EXPECT_EQ(test::entries(folder), before) << "a temporary or lock file was left behind";
    }
    /// A folder where the settings file goes, with a file of its own.
    void putFolderInTheWay()
    {
        ASSERT_TRUE(QFile::remove(file));
        ASSERT_TRUE(QDir().mkpath(file));
        ASSERT_TRUE(test::writeBytes(file + QStringLiteral("/kept"), "kept"));
    }

    QString file, folder;
    QByteArray earlier;
    QStringList before;
};

TEST_F(SettingsWriteTest, OnAFullDiskTheSessionIsReportedAndTheEarlierFileStays)
{
    QString error;
    {
        const test::FileSizeLimit full(static_cast<rlim_t>(earlier.size() / 2));
        error = window->session()->save();
    }
    EXPECT_TRUE(error.contains(file)) << error.toStdString();
    EXPECT_TRUE(statusOf(*window).contains(file)) << statusOf(*window).toStdString();
    expectEarlierIntact();
    EXPECT_EQ(window->session()->save(), QString()); // room again: saved
    EXPECT_NE(test::fileBytes(file), earlier);
}

TEST_F(SettingsWriteTest, InAReadOnlyFolderTheSessionIsReportedAndTheEarlierFileStays)
{
    // The settings root is a private temporary folder; nobody must reach the file, which is
    // nobody's to write: only the folder is read-only.
    ASSERT_EQ(chmod(QFile::encodeName(QFileInfo(folder).path()).constData(), 0755), 0);
    ASSERT_EQ(chown(QFile::encodeName(file).constData(), 65534, 65534), 0);
    ASSERT_EQ(chmod(QFile::encodeName(folder).constData(), 0555), 0);
    const QString error = asNobody([this] { return window->session()->save(); });
    EXPECT_TRUE(error.contains(file)) << error.toStdString();
    EXPECT_TRUE(error.contains(QStringLiteral("not writable"))) << error.toStdString();
    expectEarlierIntact();
}

TEST_F(SettingsWriteTest, AFolderWhereTheSettingsGoIsToldInABoxOnClosing)
{
    putFolderInTheWay();
    QString told;
    QTimer::singleShot(0, window.get(), [&told] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
        }
    });
    window->close();
    EXPECT_TRUE(told.contains(file + QStringLiteral(": cannot save the settings: is a folder")))
        << told.toStdString();
    EXPECT_EQ(test::fileBytes(file + QStringLiteral("/kept")), "kept");
}

TEST_F(SettingsWriteTest, ABookmarkThatCannotBeKeptIsReported)
{
    putFolderInTheWay();
    window->bookmarks()->add(QStringLiteral("lost"));
    EXPECT_TRUE(statusOf(*window).contains(file)) << statusOf(*window).toStdString();
    EXPECT_TRUE(statusOf(*window).contains(QStringLiteral("bookmarks were not kept")));
    EXPECT_EQ(test::fileBytes(file + QStringLiteral("/kept")), "kept");
}

TEST_F(WindowTest, ASnapshotOnAFullDiskIsReportedAndTheEarlierSetStays)
{
    QTemporaryDir dir;
    const QStringList names{QStringLiteral("map.pgw"), QStringLiteral("map.png"),
                            QStringLiteral("map.prj")};
    for (const QString& n : names)
        ASSERT_TRUE(test::writeBytes(dir.filePath(n), n.toUtf8()));
    SnapshotDialog::Options o;
    o.path = dir.filePath(QStringLiteral("map.png"));
    o.size = QSize(640, 360);
    QString error;
    {
        const test::FileSizeLimit full(4096);
        error = window->exports()->exportSnapshot(o);
    }
    EXPECT_TRUE(error.contains(o.path)) << error.toStdString();
    EXPECT_TRUE(statusOf(*window).contains(o.path));
    for (const QString& n : names)
        EXPECT_EQ(test::fileBytes(dir.filePath(n)), n.toUtf8());
    EXPECT_EQ(test::entries(dir.path()), names);
}

TEST_F(WindowTest, AFolderWhereAFrameGoesIsReported)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QDir(dir.path()).mkdir(QStringLiteral("frame_2014-02-01.png")));
    FramesDialog::Options o;
    o.from = Date::fromYmd(2014, 1, 1);
    o.to = Date::fromYmd(2014, 3, 31);
    o.directory = dir.path();
    o.size = QSize(160, 120);
    EXPECT_EQ(window->exports()->exportFrames(o, [](int, int) { return true; }).written, 1);
    EXPECT_TRUE(statusOf(*window).contains(
        dir.filePath(QStringLiteral("frame_2014-02-01.png: is a folder"))))
        << statusOf(*window).toStdString();
}

} // namespace
} // namespace frontier
