#include "io/PgConnection.h"
#include "io/DateFilterSql.h"
#include "model/Date.h"

#include <gtest/gtest.h>

namespace frontier {
namespace {

TEST(PgConnectionTest, ConnectionsAreTheirPrefixesAndNothingElse)
{
    EXPECT_TRUE(PgConnection::isConnection(QStringLiteral("PG:service=team")));
    EXPECT_TRUE(PgConnection::isConnection(QStringLiteral("pg:dbname=atlas")));
    EXPECT_TRUE(PgConnection::isConnection(QStringLiteral("postgresql://db.example/atlas")));
    EXPECT_TRUE(PgConnection::isConnection(QStringLiteral("postgres://db.example/atlas")));
    EXPECT_FALSE(PgConnection::isConnection(QStringLiteral("PG.gpkg")));
    EXPECT_FALSE(PgConnection::isConnection(QStringLiteral("https://example.org/x.geojson")));
    EXPECT_FALSE(PgConnection::isConnection(QStringLiteral("/vsicurl/postgresql://x")));
}

TEST(PgConnectionTest, APasswordInAnyFormIsFoundAndRefusedWithoutRepeatingIt)
{
    for (const char* spec :
         {"PG:dbname=atlas password=hunter2", "PG:password = 'hunter2'",
          "PG:dbname=atlas PASSWORD=hunter2", "postgresql://analyst:hunter2@db.example/atlas",
          "postgresql://db.example/atlas?password=hunter2"}) {
        EXPECT_TRUE(PgConnection::hasPassword(QString::fromLatin1(spec))) << spec;
        QString error;
        EXPECT_FALSE(PgConnection::gdalName(QString::fromLatin1(spec), &error)) << spec;
        EXPECT_TRUE(error.contains(QStringLiteral("pgpass"))) << error.toStdString();
        EXPECT_FALSE(error.contains(QStringLiteral("hunter2")));
    }
    EXPECT_EQ(PgConnection::withoutPassword(
                  QStringLiteral("PG:password='hun ter2' dbname=atlas password=hunter2")),
              QStringLiteral("PG:password=… dbname=atlas password=…"));
    EXPECT_EQ(PgConnection::withoutPassword(
                  QStringLiteral("postgresql://analyst:hunter2@db/atlas?password=x&a=b")),
              QStringLiteral("postgresql://analyst@db/atlas?password=…&a=b"));
    EXPECT_FALSE(PgConnection::hasPassword(QStringLiteral("PG:service=team passfile=/x")));
    EXPECT_FALSE(PgConnection::hasPassword(QStringLiteral("postgresql://analyst@db:5433/atlas")));
}

TEST(PgConnectionTest, GdalGetsThePgFormWithATimeoutAndAUriBecomesLibpqKeywords)
{
    QString error;
    EXPECT_EQ(PgConnection::gdalName(QStringLiteral("PG:service=team tables=events"), &error),
              QByteArray("PG:service=team tables=events connect_timeout=5"));
    EXPECT_EQ(PgConnection::gdalName(QStringLiteral("PG:service=team connect_timeout=30"), &error),
              QByteArray("PG:service=team connect_timeout=30"));
    EXPECT_EQ(PgConnection::gdalName(
                  QStringLiteral("postgresql://ana%20lyst@db.example:5433/at'las?sslmode=require&"
                                 "tables=events"),
                  &error),
              QByteArray("PG:user='ana lyst' host='db.example' port='5433' dbname='at\\'las' "
                         "sslmode='require' tables=events connect_timeout=5"));
    EXPECT_EQ(PgConnection::gdalName(QStringLiteral("postgresql:///atlas?host=/run/pg"), &error),
              QByteArray("PG:dbname='atlas' host='/run/pg' connect_timeout=5"));
    EXPECT_FALSE(PgConnection::gdalName(QStringLiteral("postgresql://a:1,b:2/atlas"), &error));
    EXPECT_TRUE(error.contains(QStringLiteral("PG: form"))) << error.toStdString();
}

TEST(PgConnectionTest, TheDateConditionKeepsEveryRowThatMayShow)
{
    const std::int32_t june30 = Date::fromYmd(2018, 6, 30).julianDay();
    EXPECT_EQ(dateFilterSql(QStringLiteral("event_date"), {}, std::nullopt, june30),
              QStringLiteral("\"event_date\" < '2018-07-01'"));
    EXPECT_EQ(
        dateFilterSql(QStringLiteral("day \"x\""), {}, june30 - 6, june30),
        QStringLiteral("\"day \"\"x\"\"\" < '2018-07-01' AND \"day \"\"x\"\"\" >= '2018-06-24'"));
    EXPECT_EQ(dateFilterSql(QStringLiteral("start"), QStringLiteral("end"), june30, june30),
              QStringLiteral("\"start\" < '2018-07-01' AND (\"end\" IS NULL OR \"end\" >= "
                             "'2018-06-30')"));
}

} // namespace
} // namespace frontier
