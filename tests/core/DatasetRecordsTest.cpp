#include "io/DatasetRecords.h"
#include "DatasetCopy.h"
#include "Printers.h"
#include "WriteFaults.h"

#include "io/AtomicFiles.h"
#include "io/DatasetReader.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <gtest/gtest.h>

#include <functional>

#include <sys/stat.h>
#include <sys/wait.h>

using namespace frontier;

namespace {

const QString kMaps = QStringLiteral(FRONTIER_MAPS_DIR);
const QString kEvents = QStringLiteral("events.geojson");

DatasetRecords readRecords(const QString& folder)
{
    LoadProblems problems;
    DatasetRecords records = DatasetRecords::read(folder, problems);
    for (const LoadProblem& p : problems)
        ADD_FAILURE() << p.toString().toStdString();
    return records;
}

std::shared_ptr<const Dataset> readDataset(const QString& folder)
{
    auto result = DatasetReader::read(folder);
    for (const LoadProblem& p : result.problems)
        ADD_FAILURE() << p.toString().toStdString();
    return result.dataset;
}

void save(const DatasetRecords& records, const QString& folder)
{
    const QString error = AtomicFiles::save(records.files(folder));
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
}

// The editable part of two datasets is the same: every actor, source, event and area.
void expectSameContent(const Dataset& a, const Dataset& b)
{
    EXPECT_EQ(a.actors(), b.actors());
    EXPECT_EQ(a.sources(), b.sources());
    EXPECT_EQ(a.events(), b.events());
    EXPECT_EQ(a.areas(), b.areas());
}

Record* recordById(std::vector<Record>& records, const QString& id)
{
    for (Record& r : records)
        if (r.id == id)
            return &r;
    ADD_FAILURE() << "no record " << id.toStdString();
    return nullptr;
}

void setProperty(Record& record, const QString& key, const QJsonValue& value)
{
    record.properties.insert(key, value);
}

QList<QByteArray> fileLines(const QString& path)
{
    return test::fileBytes(path).split('\n');
}

} // namespace

TEST(DatasetRecordsTest, TheBundledFilesAreInTheStableLayout)
{
    // Writing the bundled records gives the bundled files byte for byte.
    const DatasetRecords records = readRecords(kMaps);
    const auto dataset = readDataset(kMaps);
    const Dataset& d = *dataset;
    EXPECT_EQ(records.events.size(), d.events().size());
    EXPECT_EQ(records.actors.size(), d.actors().size());
    EXPECT_EQ(records.sources.size(), d.sources().size());
    EXPECT_EQ(records.areas.size(), d.areas().size());
    for (const AtomicFiles::File& f : records.files(kMaps))
        EXPECT_EQ(f.bytes, test::fileBytes(f.path)) << f.path.toStdString();
    // One record a line: the file's lines are the records and four lines of its frame.
    EXPECT_EQ(fileLines(QDir(kMaps).filePath(kEvents)).size(),
              static_cast<qsizetype>(records.events.size()) + 3);
}

TEST(DatasetRecordsTest, ReadWriteReadIsIdenticalAndWritingTwiceGivesTheSameBytes)
{
    test::DatasetCopy copy;
    const DatasetRecords records = readRecords(kMaps);
    save(records, copy.path());
    expectSameContent(*readDataset(kMaps), *readDataset(copy.path()));
    const auto first = records.files(copy.path());
    const auto second = readRecords(copy.path()).files(copy.path());
    ASSERT_EQ(first.size(), second.size());
    for (std::size_t i = 0; i < first.size(); ++i)
        EXPECT_EQ(first[i].bytes, second[i].bytes) << first[i].path.toStdString();
}

TEST(DatasetRecordsTest, TheLayoutDoesNotChangeTheContent)
{
    // The same records written indented, keys sorted (as a hand edit or another tool might),
    // read as the same dataset.
    test::DatasetCopy indented;
    const DatasetRecords records = readRecords(kMaps);
    std::vector<AtomicFiles::File> files = records.files(indented.path());
    for (AtomicFiles::File& f : files)
        f.bytes = QJsonDocument::fromJson(f.bytes).toJson(QJsonDocument::Indented);
    ASSERT_TRUE(AtomicFiles::save(files).isEmpty());
    EXPECT_NE(test::fileBytes(indented.filePath(kEvents)),
              test::fileBytes(QDir(kMaps).filePath(kEvents)));
    expectSameContent(*readDataset(kMaps), *readDataset(indented.path()));
}

TEST(DatasetRecordsTest, OneChangedEventChangesOneLine)
{
    test::DatasetCopy copy;
    DatasetRecords records = readRecords(kMaps);
    Record* event = recordById(records.events, QStringLiteral("qaim-sy-2012-syria-gov"));
    ASSERT_TRUE(event);
    setProperty(*event, QStringLiteral("summary"), QStringLiteral("Changed."));
    save(records, copy.path());
    const auto before = fileLines(QDir(kMaps).filePath(kEvents));
    const auto after = fileLines(copy.filePath(kEvents));
    ASSERT_EQ(before.size(), after.size());
    int changed = 0;
    for (qsizetype i = 0; i < before.size(); ++i)
        if (before[i] != after[i]) {
            ++changed;
            EXPECT_TRUE(after[i].contains("\"summary\": \"Changed.\""));
        }
    EXPECT_EQ(changed, 1);
    for (const QString& name : {QStringLiteral("actors.json"), QStringLiteral("sources.json"),
                                QStringLiteral("areas.geojson")})
        EXPECT_EQ(test::fileBytes(copy.filePath(name)), test::fileBytes(QDir(kMaps).filePath(name)))
            << name.toStdString();
}

TEST(DatasetRecordsTest, MetacharactersAndUnicodeInEveryTextFieldRoundTrip)
{
    const QStringList texts{QStringLiteral("'; DROP TABLE x;--"),
                            QStringLiteral("\"quoted\" and 'single', back\\slash \\\" \\n"),
                            QStringLiteral("البوكمال – معبر القائم"),
                            QStringLiteral("emoji 🛂🇮🇶 and a\ttab, a\nnewline, \x01 control"),
                            QStringLiteral("%1 %s {}} $$ \u2028 NUL-free \u00e9")};
    for (const QString& text : texts) {
        test::DatasetCopy copy;
        DatasetRecords records = readRecords(kMaps);
        Record& event = records.events.front();
        for (const char* key : {"summary", "restriction"})
            setProperty(event, QLatin1String(key), text);
        setProperty(event, QStringLiteral("claims"),
                    QJsonArray{QJsonObject{{QStringLiteral("field"), QStringLiteral("actor")},
                                           {QStringLiteral("value"), text},
                                           {QStringLiteral("note"), text},
                                           {QStringLiteral("sources"),
                                            event.properties.value(QStringLiteral("sources"))}}});
        Record& actor = records.actors.front();
        for (const char* key : {"name", "short", "kind"})
            setProperty(actor, QLatin1String(key), text);
        setProperty(actor, QStringLiteral("aliases"),
                    QJsonObject{{QStringLiteral("en"), QJsonArray{text}},
                                {QStringLiteral("ar"), QJsonArray{text}},
                                {QStringLiteral("ku"), QJsonArray{text}}});
        Record& source = records.sources.front();
        for (const char* key : {"outlet", "title", "citation", "url", "note"})
            setProperty(source, QLatin1String(key), text);
        Record& area = records.areas.front();
        for (const char* key : {"name", "name_ar", "kind", "note"})
            setProperty(area, QLatin1String(key), text);
        save(records, copy.path());

        const auto d = readDataset(copy.path());
        ASSERT_TRUE(d);
        const Event& e = d->events().front();
        EXPECT_EQ(e.summary, text);
        EXPECT_EQ(e.restriction, text);
        ASSERT_EQ(e.claims.size(), 1u);
        EXPECT_EQ(e.claims.front().value, text);
        EXPECT_EQ(e.claims.front().note, text);
        const Actor& a = d->actors().front();
        EXPECT_EQ(a.name, text);
        EXPECT_EQ(a.shortName, text);
        EXPECT_EQ(a.kind, text);
        EXPECT_EQ(a.aliasesEn, QStringList{text});
        EXPECT_EQ(a.aliasesAr, QStringList{text});
        EXPECT_EQ(a.aliasesKu, QStringList{text});
        const Source& s = d->sources().front();
        for (const QString* field : {&s.outlet, &s.title, &s.citation, &s.url, &s.note})
            EXPECT_EQ(*field, text);
        const DatedArea& area0 = d->areas().front();
        for (const QString* field : {&area0.name, &area0.nameAr, &area0.kind, &area0.note})
            EXPECT_EQ(*field, text);
        // Still one record a line.
        EXPECT_EQ(fileLines(copy.filePath(kEvents)).size(),
                  static_cast<qsizetype>(records.events.size()) + 3);
    }
}

TEST(DatasetRecordsTest, ARetiredEventStaysInTheFileButLeavesTheTimeline)
{
    test::DatasetCopy copy;
    DatasetRecords records = readRecords(kMaps);
    const QString id = QStringLiteral("qaim-sy-2012-syria-gov");
    setProperty(*recordById(records.events, id), QStringLiteral("retired"),
                QStringLiteral("2026-01-05"));
    save(records, copy.path());
    const auto d = readDataset(copy.path());
    ASSERT_TRUE(d);
    EXPECT_EQ(d->eventIndex(id), -1);
    EXPECT_EQ(d->events().size(), records.events.size() - 1);
    EXPECT_TRUE(readRecords(copy.path()).events.size() == records.events.size());

    // A retired date is checked as any date is.
    setProperty(*recordById(records.events, id), QStringLiteral("retired"),
                QStringLiteral("2026-13-01"));
    save(records, copy.path());
    const auto result = DatasetReader::read(copy.path());
    ASSERT_EQ(result.problems.size(), 1u);
    EXPECT_EQ(result.problems.front().field, QStringLiteral("retired"));
}

namespace {

// The problems validateRecord gives for `record` of `kind` placed at `index` (-1: added at the
// end) are exactly those the folder's reader gives for the files with it.
void expectSameProblemsAsTheReader(RecordKind kind, Record record, int index = -1)
{
    const auto bundled = readDataset(kMaps);
    DatasetRecords all = readRecords(kMaps);
    auto& list = all.of(kind);
    if (index < 0)
        list.push_back(record);
    else
        list[static_cast<std::size_t>(index)] = record;
    const LoadProblems fromEditor = validateRecord(kind, record, all, FeatureIds::of(*bundled));
    test::DatasetCopy copy;
    save(all, copy.path());
    const LoadProblems fromReader = DatasetReader::read(copy.path()).problems;
    ASSERT_FALSE(fromEditor.empty());
    EXPECT_EQ(fromEditor, fromReader);
}

Record firstOf(RecordKind kind)
{
    return readRecords(kMaps).of(kind).front();
}

} // namespace

TEST(DatasetRecordsTest, ValidateRecordGivesTheReadersProblems)
{
    Record event = firstOf(RecordKind::Event);
    setProperty(event, QStringLiteral("date"), QStringLiteral("2019-02-30"));
    setProperty(event, QStringLiteral("actor"), QStringLiteral("nobody"));
    setProperty(event, QStringLiteral("side"), QStringLiteral("TR"));
    expectSameProblemsAsTheReader(RecordKind::Event, event, 0);

    Record control = firstOf(RecordKind::Event);
    control.properties.remove(QStringLiteral("actor"));
    setProperty(control, QStringLiteral("sources"), QJsonArray{QStringLiteral("rumour")});
    expectSameProblemsAsTheReader(RecordKind::Event, control, 0);

    // An id met twice.
    expectSameProblemsAsTheReader(RecordKind::Event, firstOf(RecordKind::Event));

    Record actor = firstOf(RecordKind::Actor);
    setProperty(actor, QStringLiteral("parent"), QStringLiteral("nobody"));
    setProperty(actor, QStringLiteral("color"), QStringLiteral("red"));
    expectSameProblemsAsTheReader(RecordKind::Actor, actor, 0);
    expectSameProblemsAsTheReader(RecordKind::Actor, firstOf(RecordKind::Actor));

    Record source = firstOf(RecordKind::Source);
    source.properties.remove(QStringLiteral("title"));
    setProperty(source, QStringLiteral("published"), QStringLiteral("30 Sep 2019"));
    expectSameProblemsAsTheReader(RecordKind::Source, source, 0);

    Record area = firstOf(RecordKind::Area);
    setProperty(area, QStringLiteral("end"), QStringLiteral("2000"));
    expectSameProblemsAsTheReader(RecordKind::Area, area, 0);
}

TEST(DatasetRecordsTest, AValidRecordHasNoProblems)
{
    const auto bundled = readDataset(kMaps);
    const DatasetRecords all = readRecords(kMaps);
    for (RecordKind kind :
         {RecordKind::Event, RecordKind::Actor, RecordKind::Source, RecordKind::Area})
        for (const Record& r : all.of(kind))
            EXPECT_TRUE(validateRecord(kind, r, all, FeatureIds::of(*bundled)).empty())
                << r.id.toStdString();
}

namespace {

// A save by `save` fails and leaves the folder's entries and files as they were.
void expectTheOldFilesKept(
    const std::function<QString(const QString&, const std::vector<AtomicFiles::File>&)>& save)
{
    test::DatasetCopy copy;
    DatasetRecords records = readRecords(copy.path());
    records.events.front().properties.insert(QStringLiteral("summary"), QStringLiteral("New."));
    const QStringList entries = test::entries(copy.path());
    const QByteArray events = test::fileBytes(copy.filePath(kEvents));
    const QString error = save(copy.path(), records.files(copy.path()));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_EQ(test::entries(copy.path()), entries);
    EXPECT_EQ(test::fileBytes(copy.filePath(kEvents)), events);
}

} // namespace

TEST(DatasetRecordsTest, AFullDiskLeavesTheOldFiles)
{
    expectTheOldFilesKept([](const QString&, const std::vector<AtomicFiles::File>& files) {
        const test::FileSizeLimit full(4096);
        const QString error = AtomicFiles::save(files);
        EXPECT_TRUE(error.contains(kEvents)) << error.toStdString();
        return error;
    });
}

TEST(DatasetRecordsTest, AReadOnlyFolderLeavesTheOldFiles)
{
    expectTheOldFilesKept([](const QString& folder, const std::vector<AtomicFiles::File>& files) {
        const QByteArray path = QFile::encodeName(folder);
        EXPECT_EQ(chmod(path.constData(), 0555), 0);
        // As nobody, for whom the folder's permissions hold (the tests run as root).
        const pid_t child = fork();
        if (child == 0) {
            test::becomeNobody();
            _exit(AtomicFiles::save(files).contains(QStringLiteral("cannot write")) ? 0 : 1);
        }
        int status = -1;
        waitpid(child, &status, 0);
        chmod(path.constData(), 0700);
        return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? QStringLiteral("cannot write")
                                                             : QString();
    });
}
