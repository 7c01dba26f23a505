// The bad inputs that cannot be committed files: empty, over the size limit, a folder, a link to
// nothing, a pipe, a device, a file without read permission, and non-local paths (GDAL virtual
// file systems, URLs). Each is made in a copy of the bundled dataset in place of one data file.
#include "DatasetCopy.h"
#include "Printers.h"
#include "io/LocalFile.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <optional>
#include <string>

using namespace frontier;

namespace {

// Reads the dataset and expects `file` to be refused, as a whole, for `reason`.
void expectRefused(const QString& folder, const QString& file, const QString& reason)
{
    const auto result = DatasetReader::read(folder);
    EXPECT_FALSE(result.ok());
    const LoadProblem expected{file, {}, {}, reason};
    EXPECT_NE(std::find(result.problems.begin(), result.problems.end(), expected),
              result.problems.end())
        << "expected: " << expected.toString().toStdString() << "\nfirst: "
        << (result.problems.empty() ? std::string("none")
                                    : result.problems.front().toString().toStdString());
}

TEST(GeneratedBadInputTest, EmptyFiles)
{
    for (const char* name :
         {"events.geojson", "actors.json", "countries.geojson", "crossings.geojson"}) {
        test::DatasetCopy data;
        const QString file = QString::fromLatin1(name);
        QFile f(data.take(file.section(QLatin1Char('.'), 0, 0), file.section(QLatin1Char('.'), 1)));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.close();
        expectRefused(data.path(), file, QStringLiteral("the file is empty"));
    }
}

TEST(GeneratedBadInputTest, AFileOverTheSizeLimitIsRefusedUnread)
{
    // Sparse files: no disk space or memory is used, and nothing is read.
    for (const char* base : {"events", "rivers"}) {
        test::DatasetCopy data;
        QFile f(data.take(QString::fromLatin1(base), QStringLiteral("geojson")));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        ASSERT_TRUE(f.resize(LocalFile::kMaxBytes + 1));
        f.close();
        expectRefused(data.path(), QString::fromLatin1(base) + QStringLiteral(".geojson"),
                      QStringLiteral("too large (%1 bytes; the limit is 512 MiB)")
                          .arg(LocalFile::kMaxBytes + 1));
    }
}

TEST(GeneratedBadInputTest, AFolderWhereAFileIsExpected)
{
    for (const char* base : {"events", "governorates"}) {
        test::DatasetCopy data;
        ASSERT_TRUE(QDir().mkdir(data.take(QString::fromLatin1(base), QStringLiteral("geojson"))));
        expectRefused(data.path(), QString::fromLatin1(base) + QStringLiteral(".geojson"),
                      QStringLiteral("is a folder, not a file"));
    }
}

TEST(GeneratedBadInputTest, ALinkToNothing)
{
    test::DatasetCopy data;
    ASSERT_TRUE(QFile::link(QStringLiteral("/vsicurl/https://example.org/actors.json"),
                            data.take(QStringLiteral("actors"), QStringLiteral("json"))));
    ASSERT_TRUE(QFile::link(data.filePath(QStringLiteral("gone.geojson")),
                            data.take(QStringLiteral("places"), QStringLiteral("geojson"))));
    expectRefused(data.path(), QStringLiteral("actors.json"),
                  QStringLiteral("a symbolic link to nothing"));
    expectRefused(data.path(), QStringLiteral("places.geojson"),
                  QStringLiteral("a symbolic link to nothing"));
}

TEST(GeneratedBadInputTest, APipeOrADeviceIsNeverOpened)
{
    // Opening either would block or never end; the loader must refuse them from their type alone.
    test::DatasetCopy data;
    ASSERT_EQ(
        ::mkfifo(QFile::encodeName(data.take(QStringLiteral("sources"), QStringLiteral("json")))
                     .constData(),
                 0644),
        0);
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/zero"),
                            data.take(QStringLiteral("frontier"), QStringLiteral("geojson"))));
    ASSERT_TRUE(QFile::link(QStringLiteral("/dev/null"),
                            data.take(QStringLiteral("events"), QStringLiteral("geojson"))));
    const QString notRegular = QStringLiteral("not a regular file (device, pipe or socket)");
    expectRefused(data.path(), QStringLiteral("sources.json"), notRegular);
    expectRefused(data.path(), QStringLiteral("frontier.geojson"), notRegular);
    expectRefused(data.path(), QStringLiteral("events.geojson"), notRegular);
}

// The problems the loader reports for `folder` when run by an unprivileged user (root reads any
// file): a forked child drops to nobody (65534), reads, and writes the problems to a pipe.
// Nothing when that user cannot reach the folder at all.
std::optional<QStringList> problemsAsNobody(const QString& folder)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return std::nullopt;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        if (::geteuid() == 0 &&
            (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0))
            ::_exit(2);
        if (!QFileInfo(QDir(folder).filePath(QStringLiteral("events.geojson"))).isReadable())
            ::_exit(3);
        QByteArray out;
        for (const LoadProblem& p : DatasetReader::read(folder).problems)
            out += p.toString().toUtf8() + '\n';
        const bool written =
            ::write(fds[1], out.constData(), static_cast<std::size_t>(out.size())) == out.size();
        ::_exit(written ? 0 : 4);
    }
    ::close(fds[1]);
    QByteArray out;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        out.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    ::waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return std::nullopt;
    return QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

TEST(GeneratedBadInputTest, AFileWithoutReadPermission)
{
    test::DatasetCopy data;
    QFile::setPermissions(data.path(),
                          QFile::permissions(data.path()) | QFile::ReadOther | QFile::ExeOther);
    const QString frontier = data.filePath(QStringLiteral("frontier.geojson"));
    ASSERT_TRUE(QFile::setPermissions(frontier, {}));
    const auto problems = problemsAsNobody(data.path());
    if (!problems)
        GTEST_SKIP() << "an unprivileged child cannot reach " << data.path().toStdString();
    EXPECT_EQ(*problems,
              QStringList{QStringLiteral("frontier.geojson: cannot be read (permission denied)")});
}

TEST(GeneratedBadInputTest, NonLocalFoldersAreRefusedBeforeAnyAccess)
{
    for (const char* path : {"/vsicurl/https://example.org/maps", "/vsizip//tmp/maps.zip",
                             "/vsimem/maps", "/vsistdin/", "https://example.org/maps",
                             "ftp://example.org/maps", "/tmp/../vsicurl/http:/example.org"}) {
        const auto result = DatasetReader::read(QString::fromLatin1(path));
        ASSERT_EQ(result.problems.size(), 1u) << path;
        EXPECT_EQ(
            result.problems[0].reason,
            QStringLiteral("only local folders are read (no GDAL virtual file systems or URLs)"))
            << path;
    }
}

TEST(GeneratedBadInputTest, NonLocalFilesAreRefused)
{
    for (const char* path :
         {"/vsicurl/https://example.org/events.geojson", "/vsigzip//tmp/events.geojson.gz",
          "/vsistdin/", "http://example.org/events.geojson", "/tmp/../vsimem/events.geojson"})
        EXPECT_EQ(
            LocalFile::refusal(QString::fromLatin1(path)),
            QStringLiteral("only local files are read (no GDAL virtual file systems or URLs)"))
            << path;
    EXPECT_EQ(LocalFile::refusal(QStringLiteral(FRONTIER_MAPS_DIR "/events.geojson")), QString());
}

} // namespace
