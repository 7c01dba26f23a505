// Loading and validation: each kind of problem is reported with its file, feature, field and
// reason, all of them at once, and a dataset with problems never half-loads.
#include "Printers.h"
#include "io/DatasetReader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

// A copy of a small valid dataset whose events.geojson holds the given features.
class BadEvents {
public:
    explicit BadEvents(const QJsonArray& features)
    {
        const QDir good(QStringLiteral(FRONTIER_TEST_DATA_DIR "/timeline/ordering"));
        for (const QString& f : good.entryList(QDir::Files))
            QFile::copy(good.filePath(f), QDir(m_dir.path()).filePath(f));
        QFile events(QDir(m_dir.path()).filePath(QStringLiteral("events.geojson")));
        events.remove();
        events.open(QIODevice::WriteOnly);
        events.write(
            QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                      {QStringLiteral("features"), features}})
                .toJson());
    }
    DatasetReader::Result read() const { return DatasetReader::read(m_dir.path()); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QJsonObject event(const QString& id, QJsonObject overrides = {},
                  QJsonValue geometry = QJsonValue::Null)
{
    QJsonObject p{{QStringLiteral("id"), id},
                  {QStringLiteral("date"), QStringLiteral("2015-06-01")},
                  {QStringLiteral("kind"), QStringLiteral("control")},
                  {QStringLiteral("crossing"), QStringLiteral("alpha")},
                  {QStringLiteral("side"), QStringLiteral("IQ")},
                  {QStringLiteral("actor"), QStringLiteral("isis")},
                  {QStringLiteral("sources"), QJsonArray{QStringLiteral("src-a")}}};
    for (auto it = overrides.begin(); it != overrides.end(); ++it) {
        if (it.value().isUndefined())
            p.remove(it.key());
        else
            p.insert(it.key(), it.value());
    }
    return {{QStringLiteral("type"), QStringLiteral("Feature")},
            {QStringLiteral("geometry"), geometry},
            {QStringLiteral("properties"), p}};
}

// Reads a dataset with one bad event and expects exactly one problem, naming the field.
void expectOneProblem(const QJsonObject& feature, const QString& field, const QString& reasonPart)
{
    const BadEvents data(QJsonArray{feature});
    const auto result = data.read();
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.dataset, nullptr); // never half a dataset
    ASSERT_EQ(result.problems.size(), 1u)
        << (result.problems.empty() ? std::string() : result.problems[0].toString().toStdString());
    const LoadProblem& p = result.problems.front();
    EXPECT_EQ(p.file, QStringLiteral("events.geojson"));
    EXPECT_EQ(p.feature, feature.value(QStringLiteral("properties"))
                             .toObject()
                             .value(QStringLiteral("id"))
                             .toString());
    EXPECT_EQ(p.field, field);
    EXPECT_TRUE(p.reason.contains(reasonPart)) << p.toString().toStdString();
}

TEST(ValidationTest, TheFixtureItselfIsClean)
{
    const BadEvents data(QJsonArray{event(QStringLiteral("ok"))});
    EXPECT_TRUE(data.read().ok());
}

TEST(ValidationTest, UnparsableDate)
{
    expectOneProblem(
        event(QStringLiteral("e1"), {{QStringLiteral("date"), QStringLiteral("2019-02-30")}}),
        QStringLiteral("date"), QStringLiteral("not a valid ISO date"));
}

TEST(ValidationTest, DateOutside1900To2100)
{
    expectOneProblem(
        event(QStringLiteral("e1"), {{QStringLiteral("date"), QStringLiteral("1850-01-01")}}),
        QStringLiteral("date"), QStringLiteral("outside 1900–2100"));
}

TEST(ValidationTest, UnknownActor)
{
    expectOneProblem(
        event(QStringLiteral("e1"), {{QStringLiteral("actor"), QStringLiteral("martians")}}),
        QStringLiteral("actor"), QStringLiteral("unknown actor id \"martians\""));
}

TEST(ValidationTest, UnknownCrossing)
{
    expectOneProblem(
        event(QStringLiteral("e1"), {{QStringLiteral("crossing"), QStringLiteral("atlantis")}}),
        QStringLiteral("crossing"), QStringLiteral("unknown crossing id"));
}

TEST(ValidationTest, UnknownSource)
{
    expectOneProblem(event(QStringLiteral("e1"),
                           {{QStringLiteral("sources"), QJsonArray{QStringLiteral("rumour")}}}),
                     QStringLiteral("sources"), QStringLiteral("unknown source id"));
}

TEST(ValidationTest, AnEventWithoutSources)
{
    expectOneProblem(event(QStringLiteral("e1"), {{QStringLiteral("sources"), QJsonArray{}}}),
                     QStringLiteral("sources"), QStringLiteral("at least one"));
}

TEST(ValidationTest, DuplicateIds)
{
    const BadEvents data(QJsonArray{event(QStringLiteral("twin")), event(QStringLiteral("twin"))});
    const auto result = data.read();
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems[0].field, QStringLiteral("id"));
    EXPECT_TRUE(result.problems[0].reason.contains(QStringLiteral("duplicate id \"twin\"")));
}

TEST(ValidationTest, AStatusEventWithoutAStatus)
{
    expectOneProblem(
        event(QStringLiteral("e1"), {{QStringLiteral("kind"), QStringLiteral("status")},
                                     {QStringLiteral("side"), QJsonValue::Null}}),
        QStringLiteral("status"), QStringLiteral("needs a status"));
}

TEST(ValidationTest, AControlEventWithoutAnActor)
{
    expectOneProblem(event(QStringLiteral("e1"), {{QStringLiteral("actor"), QJsonValue::Null}}),
                     QStringLiteral("actor"), QStringLiteral("needs an actor"));
}

TEST(ValidationTest, AControlEventWithoutASide)
{
    expectOneProblem(event(QStringLiteral("e1"), {{QStringLiteral("side"), QJsonValue::Null}}),
                     QStringLiteral("side"), QStringLiteral("needs a side"));
}

TEST(ValidationTest, CoordinatesOutsideTheRegion)
{
    const QJsonObject point{{QStringLiteral("type"), QStringLiteral("Point")},
                            {QStringLiteral("coordinates"), QJsonArray{2.35, 48.85}}};
    expectOneProblem(event(QStringLiteral("e1"), {}, point), QStringLiteral("geometry"),
                     QStringLiteral("outside the frontier region"));
}

TEST(ValidationTest, AnEndBeforeItsStart)
{
    expectOneProblem(event(QStringLiteral("e1"), {{QStringLiteral("end"), QStringLiteral("2014")}}),
                     QStringLiteral("end"), QStringLiteral("before the start"));
}

TEST(ValidationTest, WrongTypesAndUnknownValues)
{
    expectOneProblem(event(QStringLiteral("e1"), {{QStringLiteral("date"), 2015}}),
                     QStringLiteral("date"), QStringLiteral("found a number"));
    expectOneProblem(
        event(QStringLiteral("e1"), {{QStringLiteral("kind"), QStringLiteral("coup")}}),
        QStringLiteral("kind"), QStringLiteral("unknown kind"));
    expectOneProblem(event(QStringLiteral("e1"), {{QStringLiteral("side"), QStringLiteral("TR")}}),
                     QStringLiteral("side"), QStringLiteral("expected \"IQ\" or \"SY\""));
}

TEST(ValidationTest, OneFileWithManyErrorsReportsThemAll)
{
    const QJsonObject outside{{QStringLiteral("type"), QStringLiteral("Point")},
                              {QStringLiteral("coordinates"), QJsonArray{100.0, 10.0}}};
    const BadEvents data(QJsonArray{
        event(QStringLiteral("bad-date"), {{QStringLiteral("date"), QStringLiteral("2019-13-01")}}),
        event(QStringLiteral("bad-actor"), {{QStringLiteral("actor"), QStringLiteral("nobody")}}),
        event(QStringLiteral("bad-source"),
              {{QStringLiteral("sources"), QJsonArray{QStringLiteral("nowhere")}}}),
        event(QStringLiteral("no-side"), {{QStringLiteral("side"), QJsonValue::Null}}),
        event(QStringLiteral("bad-end"), {{QStringLiteral("end"), QStringLiteral("2010-01-01")}}),
        event(QStringLiteral("far-away"), {}, outside),
        event(QStringLiteral("fine")),
        event(QStringLiteral("fine")),
    });
    const auto result = data.read();
    EXPECT_FALSE(result.ok());
    std::vector<std::pair<QString, QString>> where;
    for (const LoadProblem& p : result.problems)
        where.emplace_back(p.feature, p.field);
    const std::vector<std::pair<QString, QString>> expected{
        {QStringLiteral("bad-date"), QStringLiteral("date")},
        {QStringLiteral("bad-actor"), QStringLiteral("actor")},
        {QStringLiteral("bad-source"), QStringLiteral("sources")},
        {QStringLiteral("no-side"), QStringLiteral("side")},
        {QStringLiteral("bad-end"), QStringLiteral("end")},
        {QStringLiteral("far-away"), QStringLiteral("geometry")},
        {QStringLiteral("fine"), QStringLiteral("id")}};
    EXPECT_EQ(where, expected);
}

TEST(ValidationTest, AMissingOrUnreadableFileIsNamed)
{
    const BadEvents data(QJsonArray{event(QStringLiteral("ok"))});
    QFile::remove(QDir(data.path()).filePath(QStringLiteral("actors.json")));
    QFile rivers(QDir(data.path()).filePath(QStringLiteral("rivers.geojson")));
    rivers.open(QIODevice::WriteOnly | QIODevice::Truncate);
    rivers.write("{\"type\": \"FeatureCollection\", \"features\": [");
    rivers.close();
    const auto result = data.read();
    EXPECT_FALSE(result.ok());
    bool actors = false, riversReported = false;
    for (const LoadProblem& p : result.problems) {
        actors = actors || (p.file == QStringLiteral("actors.json") &&
                            p.reason.contains(QStringLiteral("no such file")));
        riversReported = riversReported || p.file == QStringLiteral("rivers.geojson");
    }
    EXPECT_TRUE(actors);
    EXPECT_TRUE(riversReported);
}

TEST(ValidationTest, VirtualFileSystemsAndUrlsAreRefused)
{
    for (const char* path : {"/vsicurl/http://example.org/data", "http://example.org/data"}) {
        const auto result = DatasetReader::read(QString::fromLatin1(path));
        ASSERT_EQ(result.problems.size(), 1u);
        EXPECT_TRUE(result.problems[0].reason.contains(QStringLiteral("only local"))) << path;
    }
}

} // namespace
