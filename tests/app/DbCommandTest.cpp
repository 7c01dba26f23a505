#include "PostgresServer.h"
#include "RunCli.h"
#include "db/DatasetStore.h"
#include "db/Migrations.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace frontier {
namespace {

using test::CliRun;

constexpr char kPassword[] = "Zr4-never-printed";
const QString kMaps = QStringLiteral(FRONTIER_MAPS_DIR);

// `db init`, `db push` and the bundled dataset's commands on a database, as a user runs them:
// credentials only in libpq's service and password files.
class DbCommandTest : public test::PostgresSuite<> {
protected:
    static void SetUpTestSuite()
    {
        PostgresSuite::SetUpTestSuite();
        s_dir = std::make_unique<QTemporaryDir>();
        if (!server().ok())
            return;
        s_files = server().addRole(s_dir->path(), QStringLiteral("team"), QStringLiteral("analyst"),
                                   QLatin1String(kPassword));
        s_init = run({QStringLiteral("db"), QStringLiteral("init"), QStringLiteral("--db"),
                      server().connection()});
        s_push = run({QStringLiteral("db"), QStringLiteral("push"), kMaps, QStringLiteral("--db"),
                      server().connection()});
        server().sql(QStringLiteral("GRANT atlas_editor TO analyst"));
    }
    static void TearDownTestSuite()
    {
        s_dir.reset();
        PostgresSuite::TearDownTestSuite();
    }
    static CliRun run(const QStringList& args)
    {
        QProcessEnvironment env = test::commandEnvironment();
        env.insert(QStringLiteral("FRONTIER_ATLAS_DATA"), kMaps);
        env.insert(QStringLiteral("PGSERVICEFILE"), s_files.serviceFile);
        env.insert(QStringLiteral("PGPASSFILE"), s_files.passFile);
        return test::runProgram(QStringLiteral(FRONTIER_BINARY), args, env);
    }
    static void expectNoPassword(const CliRun& r)
    {
        EXPECT_FALSE(r.out.contains(QLatin1String(kPassword)));
        EXPECT_FALSE(r.err.contains(QLatin1String(kPassword)));
    }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline test::PostgresServer::ClientFiles s_files;
    static inline CliRun s_init, s_push;
};

TEST_F(DbCommandTest, InitAndPushMakeTheDatabaseAWholeDatasetThatPullWritesBack)
{
    EXPECT_EQ(s_init.exitCode, 0) << s_init.err.toStdString();
    EXPECT_TRUE(s_init.out.contains(QStringLiteral("schema version %1").arg(Migrations::latest())));
    EXPECT_EQ(s_push.exitCode, 0) << s_push.err.toStdString();

    const QString out = s_dir->filePath(QStringLiteral("pulled"));
    const CliRun pulled = run({QStringLiteral("db"), QStringLiteral("pull"), out,
                               QStringLiteral("--db"), QStringLiteral("PG:service=team")});
    ASSERT_EQ(pulled.exitCode, 0) << pulled.err.toStdString();
    const CliRun valid = run({QStringLiteral("validate"), out});
    EXPECT_EQ(valid.exitCode, 0) << valid.err.toStdString();
    expectNoPassword(pulled);
}

TEST_F(DbCommandTest, EveryCommandReadsTheDatabaseAsItReadsTheFolder)
{
    const QStringList state{QStringLiteral("state"), QStringLiteral("--date=2019-09-30"),
                            QStringLiteral("--json")};
    const CliRun fromFolder = run(state);
    const CliRun fromService =
        run(state + QStringList{QStringLiteral("--data"), QStringLiteral("PG:service=team")});
    ASSERT_EQ(fromService.exitCode, 0) << fromService.err.toStdString();
    EXPECT_EQ(fromService.out, fromFolder.out);
    const CliRun events = run({QStringLiteral("events"), QStringLiteral("--csv"),
                               QStringLiteral("--data"), server().connection()});
    EXPECT_EQ(events.out, run({QStringLiteral("events"), QStringLiteral("--csv")}).out);
    const CliRun validate = run({QStringLiteral("validate"), QStringLiteral("PG:service=team")});
    EXPECT_EQ(validate.exitCode, 0) << validate.err.toStdString();
    expectNoPassword(fromService);
}

TEST_F(DbCommandTest, HistoryPrintsWhoChangedAnEventWhenWithItsOldAndNewValues)
{
    qputenv("PGSERVICEFILE", s_files.serviceFile.toUtf8());
    qputenv("PGPASSFILE", s_files.passFile.toUtf8());
    DatasetStore store(QStringLiteral("PG:service=team"));
    DatasetStore::Content content = store.pull();
    Record event = content.records.events.front();
    event.properties[QStringLiteral("summary")] = QStringLiteral("corrected: مغلق");
    ASSERT_EQ(
        store.save(RecordKind::Event, event, content.revision(RecordKind::Event, event.id)).outcome,
        SaveResult::Outcome::Saved);

    const CliRun history = run({QStringLiteral("history"), event.id, QStringLiteral("--data"),
                                QStringLiteral("PG:service=team")});
    ASSERT_EQ(history.exitCode, 0) << history.err.toStdString();
    const QStringList lines = history.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 4) << history.out.toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral("  postgres  revision 1")));
    EXPECT_EQ(lines[1], QStringLiteral("  created"));
    EXPECT_TRUE(lines[2].contains(QStringLiteral("  analyst  revision 2")));
    EXPECT_TRUE(lines[3].startsWith(QStringLiteral("  summary: \"")));
    EXPECT_TRUE(lines[3].endsWith(QStringLiteral(" → \"corrected: مغلق\"")));
    expectNoPassword(history);
}

TEST_F(DbCommandTest, BadDatabasesAndArgumentsAreClearFailures)
{
    const CliRun folder = run({QStringLiteral("history"), QStringLiteral("x")});
    EXPECT_EQ(folder.exitCode, 2);
    EXPECT_TRUE(folder.err.contains(QStringLiteral("a folder keeps no history")));

    const CliRun noAction =
        run({QStringLiteral("db"), QStringLiteral("--db"), server().connection()});
    EXPECT_EQ(noAction.exitCode, 2);

    const CliRun unknown = run({QStringLiteral("history"), QStringLiteral("no-such-event"),
                                QStringLiteral("--data"), server().connection()});
    EXPECT_EQ(unknown.exitCode, 1);

    ASSERT_TRUE(server().sql(QStringLiteral("CREATE DATABASE empty")));
    const CliRun bare = run({QStringLiteral("info"), QStringLiteral("--data"),
                             server().connection(QStringLiteral("empty"))});
    EXPECT_EQ(bare.exitCode, 1);
    EXPECT_TRUE(bare.err.contains(QStringLiteral("run `frontier-atlas db init")))
        << bare.err.toStdString();

    const CliRun password = run(
        {QStringLiteral("state"), QStringLiteral("--date=2019-09-30"), QStringLiteral("--data"),
         QStringLiteral("postgresql://analyst:%1@localhost/atlas").arg(QLatin1String(kPassword))});
    EXPECT_EQ(password.exitCode, 1);
    EXPECT_TRUE(password.err.contains(QStringLiteral("password in the connection is refused")));
    expectNoPassword(password);

    const QTemporaryDir empty;
    const CliRun broken = run({QStringLiteral("db"), QStringLiteral("push"), empty.path(),
                               QStringLiteral("--db"), server().connection()});
    EXPECT_EQ(broken.exitCode, 1);
    EXPECT_TRUE(broken.err.contains(QStringLiteral("not pushed"))) << broken.err.toStdString();
}

} // namespace
} // namespace frontier
