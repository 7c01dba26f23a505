#include "RecordTable.h"

namespace frontier {
namespace {

constexpr RecordTable kTables[] = {
    {"events", true}, {"actors", false}, {"sources", false}, {"areas", true}};

std::string geometryOf(const std::string& json)
{
    return "CASE WHEN jsonb_typeof(" + json + ") = 'object' THEN ST_SetSRID(ST_GeomFromGeoJSON(" +
           json + "), 4326) END";
}

// id, properties as text, geometry as GeoJSON (or NULL), revision, from the table.
std::string selectFrom(const RecordTable& table)
{
    return std::string("SELECT id, properties::text, ") +
           (table.hasGeometry ? "ST_AsGeoJSON(geom, 17)" : "NULL") + ", revision FROM " +
           table.name;
}

} // namespace

RecordTable RecordTable::of(RecordKind kind)
{
    return kTables[static_cast<int>(kind)];
}

std::optional<RecordKind> RecordTable::kindOf(const QString& tableName)
{
    for (int i = 0; i < 4; ++i)
        if (tableName == QLatin1String(kTables[i].name))
            return static_cast<RecordKind>(i);
    return std::nullopt;
}

std::string RecordTable::selectAll() const
{
    return selectFrom(*this) + " ORDER BY position, id";
}

std::string RecordTable::selectOne() const
{
    return selectFrom(*this) + " WHERE id = $1";
}

std::string RecordTable::unseenIn(const std::string& snapshot)
{
    // xact >= the snapshot's xmin: the index skips the transactions every snapshot saw.
    return "xact >= pg_snapshot_xmin(" + snapshot +
           "::pg_snapshot) AND NOT pg_visible_in_snapshot(xact, " + snapshot + "::pg_snapshot)";
}

std::string RecordTable::selectChangedSince() const
{
    return selectFrom(*this) + " WHERE id IN (SELECT record_id FROM audit WHERE table_name = '" +
           name + "' AND " + unseenIn("$1") + ")";
}

std::string RecordTable::upsertAll() const
{
    const std::string t = name;
    const std::string geomColumn = hasGeometry ? ", geom" : "";
    const std::string changed =
        "(" + t + ".properties IS DISTINCT FROM EXCLUDED.properties" +
        (hasGeometry ? " OR " + t + ".geom IS DISTINCT FROM EXCLUDED.geom" : std::string()) + ")";
    return "INSERT INTO " + t + " (id, position, properties" + geomColumn +
           ") SELECT r->>'id', n, r->'properties'" +
           (hasGeometry ? ", " + geometryOf("r->'geometry'") : std::string()) +
           " FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(r, n)"
           " ON CONFLICT (id) DO UPDATE SET position = EXCLUDED.position,"
           " properties = EXCLUDED.properties" +
           (hasGeometry ? ", geom = EXCLUDED.geom" : "") + ", revision = " + t + ".revision + " +
           changed + "::int WHERE " + changed + " OR " + t + ".position <> EXCLUDED.position";
}

std::string RecordTable::deleteOthers() const
{
    return std::string("DELETE FROM ") + name +
           " WHERE id NOT IN (SELECT r->>'id' FROM jsonb_array_elements($1::jsonb) AS a(r))";
}

std::string RecordTable::insertOne() const
{
    const std::string t = name;
    return "INSERT INTO " + t + " (id, position, properties" + (hasGeometry ? ", geom" : "") +
           ") VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM " + t + "), $2::jsonb" +
           (hasGeometry ? ", " + geometryOf("$3::jsonb") : std::string()) +
           ") ON CONFLICT (id) DO NOTHING RETURNING revision";
}

std::string RecordTable::updateOne() const
{
    return std::string("UPDATE ") + name + " SET properties = $2::jsonb" +
           (hasGeometry ? ", geom = " + geometryOf("$4::jsonb") : std::string()) +
           ", revision = revision + 1 WHERE id = $1 AND revision = $3 RETURNING revision";
}

} // namespace frontier
