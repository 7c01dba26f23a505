#include "RecordRows.h"

#include "RecordTable.h"

#include <QJsonDocument>

#include <future>

namespace frontier::RecordRows {
namespace {

// Rows a fetch brings: large enough that the round trips cost little, small enough that the
// parsing of one batch overlaps the fetching of the next.
constexpr int kBatch = 5000;

} // namespace

QJsonObject object(const pqxx::field& field)
{
    // Parsed straight from libpq's buffer, not a copy of it.
    return QJsonDocument::fromJson(
               QByteArray::fromRawData(field.c_str(), static_cast<qsizetype>(field.size())))
        .object();
}

StoredRecord stored(const pqxx::row& row)
{
    StoredRecord stored;
    stored.record.id = Pqxx::text(row[0]);
    stored.record.properties = object(row[1]);
    stored.record.geometry = row[2].is_null() ? QJsonValue() : QJsonValue(object(row[2]));
    stored.revision = row[3].as<qint64>();
    return stored;
}

QByteArray rowHash(const pqxx::row& row)
{
    Sha256 hash;
    for (int column = 0; column < 3; ++column)
        hash.addData(QByteArrayView(row[column].c_str(), row[column].size() + 1));
    return hash.hexResult();
}

void readAll(pqxx::transaction_base& tx, RecordKind kind, std::vector<Record>& records,
             QHash<QString, qint64>& revisions, QHash<QString, QByteArray>& rowHashes)
{
    tx.exec("DECLARE records NO SCROLL CURSOR FOR " + RecordTable::of(kind).selectAll());
    const auto parse = [&records, &revisions, &rowHashes](const pqxx::result& rows) {
        records.reserve(records.size() + rows.size());
        for (const pqxx::row& row : rows) {
            StoredRecord s = stored(row);
            revisions.insert(s.record.id, s.revision);
            rowHashes.insert(s.record.id, rowHash(row));
            records.push_back(std::move(s.record));
        }
    };
    std::future<void> parsing;
    for (;;) {
        const pqxx::result rows = tx.exec("FETCH " + std::to_string(kBatch) + " FROM records");
        if (parsing.valid())
            parsing.get(); // the previous batch: only one writes `records` at a time
        if (rows.empty())
            break;
        parsing = std::async(std::launch::async, parse, rows);
    }
    tx.exec("CLOSE records");
}

} // namespace frontier::RecordRows
