#include "CatalogReader.h"

#include "AliasField.h"
#include "FieldReader.h"
#include "JsonFile.h"
#include "RecordFile.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace frontier {
namespace {

// Whether `id` was met before in the same catalog (an empty id is reported as missing instead).
bool isDuplicate(QSet<QString>& seen, const QString& id)
{
    if (id.isEmpty())
        return false;
    const bool met = seen.contains(id);
    seen.insert(id);
    return met;
}

// Checks one catalog record, an object with an "id", with `readOne` for the rest.
template <typename T, typename ReadOne>
T readRecord(const Record& record, const QString& file, LoadProblems& problems, ReadOne readOne)
{
    FieldReader r(record.properties, file,
                  JsonFile::featureName(record.properties, record.position), problems);
    T item;
    item.id = r.requiredString(QStringLiteral("id"));
    readOne(record.properties, r, item);
    return item;
}

// Checks the records of a catalog, each id once.
template <typename T, typename ReadOne>
std::vector<T> readCatalog(const std::vector<Record>& records, const QString& file,
                           LoadProblems& problems, ReadOne readOne)
{
    std::vector<T> items;
    QSet<QString> seen;
    for (const Record& record : records) {
        T item =
            readRecord<T>(record, file, problems, [&](const QJsonObject& o, FieldReader& r, T& t) {
                if (isDuplicate(seen, t.id))
                    r.problem(QStringLiteral("id"), FieldReader::duplicateIdReason(t.id));
                readOne(o, r, t);
            });
        items.push_back(std::move(item));
    }
    return items;
}

// "#rrggbb", or empty when absent.
QString readColor(FieldReader& r)
{
    static const QRegularExpression kColor(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString color = r.optionalString(QStringLiteral("color"));
    if (color.isEmpty() || kColor.match(color).hasMatch())
        return color.toLower();
    r.problem(QStringLiteral("color"),
              QStringLiteral("expected a colour \"#rrggbb\", found \"%1\"").arg(color.left(40)));
    return {};
}

void readActorFields(const QJsonObject& o, FieldReader& r, Actor& a)
{
    a.name = r.requiredString(QStringLiteral("name"));
    a.shortName = r.optionalString(QStringLiteral("short"));
    if (a.shortName.isEmpty())
        a.shortName = a.name;
    a.kind = r.requiredString(QStringLiteral("kind"));
    a.parentId = r.optionalString(QStringLiteral("parent"));
    a.color = readColor(r);
    const QJsonObject aliases = o.value(QStringLiteral("aliases")).toObject();
    FieldReader ar(aliases, r.file(), r.feature(), r.problems());
    a.aliasesEn = ar.stringList(QStringLiteral("en"));
    a.aliasesAr = ar.stringList(QStringLiteral("ar"));
    a.aliasesKu = ar.stringList(QStringLiteral("ku"));
}

void readSourceFields(const QJsonObject&, FieldReader& r, Source& s)
{
    s.outlet = r.requiredString(QStringLiteral("outlet"));
    s.title = r.requiredString(QStringLiteral("title"));
    // null for an undated page; "" or a bad date is a problem
    s.published = r.date(QStringLiteral("published"), false).value_or(Date{});
    s.citation = r.optionalString(QStringLiteral("citation"));
    s.url = r.optionalString(QStringLiteral("url"));
    s.note = r.optionalString(QStringLiteral("note"));
}

} // namespace

std::vector<Actor> CatalogReader::readActors(const std::vector<Record>& records,
                                             const QString& file, LoadProblems& problems)
{
    std::vector<Actor> actors = readCatalog<Actor>(records, file, problems, readActorFields);
    QSet<QString> ids;
    for (const Actor& a : actors)
        ids.insert(a.id);
    for (const Actor& a : actors)
        checkParent(a, ids, file, problems);
    return actors;
}

Actor CatalogReader::readActor(const Record& record, const QString& file, LoadProblems& problems)
{
    return readRecord<Actor>(record, file, problems, readActorFields);
}

void CatalogReader::checkParent(const Actor& actor, const QSet<QString>& actorIds,
                                const QString& file, LoadProblems& problems)
{
    if (!actor.parentId.isEmpty() && !actorIds.contains(actor.parentId))
        problems.push_back({file, actor.id, QStringLiteral("parent"),
                            QStringLiteral("unknown actor id \"%1\"").arg(actor.parentId)});
}

std::vector<Source> CatalogReader::readSources(const std::vector<Record>& records,
                                               const QString& file, LoadProblems& problems)
{
    return readCatalog<Source>(records, file, problems, readSourceFields);
}

Source CatalogReader::readSource(const Record& record, const QString& file, LoadProblems& problems)
{
    return readRecord<Source>(record, file, problems, readSourceFields);
}

std::vector<FrontierFeature> CatalogReader::readCrossings(const VectorLayer& layer,
                                                          LoadProblems& problems)
{
    std::vector<FrontierFeature> crossings;
    QSet<QString> seen;
    for (const Feature& f : layer.features) {
        auto need = [&](const char* key) {
            const QString v = f.attribute(QLatin1String(key));
            if (v.trimmed().isEmpty())
                problems.push_back(
                    {layer.file, f.id, QLatin1String(key), QStringLiteral("missing")});
            return v;
        };
        FrontierFeature c;
        c.id = need("id");
        if (isDuplicate(seen, c.id))
            problems.push_back(
                {layer.file, f.id, QStringLiteral("id"), FieldReader::duplicateIdReason(c.id)});
        c.point = f.parts.front().front();
        c.sides[0] = {need("name_iq"), f.attribute(QStringLiteral("name_iq_ar")),
                      f.attribute(QStringLiteral("governorate_iq")),
                      f.attribute(QStringLiteral("name_iq_ku"))};
        c.sides[1] = {need("name_sy"), f.attribute(QStringLiteral("name_sy_ar")),
                      f.attribute(QStringLiteral("governorate_sy")),
                      f.attribute(QStringLiteral("name_sy_ku"))};
        const QString official = f.attribute(QStringLiteral("official")).toLower();
        c.official = !(official == QLatin1String("false") || official == QLatin1String("0"));
        c.aliases = AliasField::read(f, layer.file, problems);
        crossings.push_back(std::move(c));
    }
    return crossings;
}

std::vector<FrontierFeature> CatalogReader::readSectors(const QString& path, LoadProblems& problems)
{
    const auto records = RecordFile::catalog(path, QStringLiteral("sectors"), problems);
    if (!records)
        return {};
    return readCatalog<FrontierFeature>(
        *records, QFileInfo(path).fileName(), problems,
        [](const QJsonObject& o, FieldReader& r, FrontierFeature& s) {
            s.kind = FeatureKind::Sector;
            s.name = r.requiredString(QStringLiteral("name"));
            s.nameAr = r.optionalString(QStringLiteral("name_ar"));
            for (int side = 0; side < kSideCount; ++side) {
                const QString code = sideCode(static_cast<Side>(side)).toLower();
                auto& info = s.sides[static_cast<std::size_t>(side)];
                info.governorate = r.requiredString(QStringLiteral("governorate_") + code);
                info.name = s.name;
                info.nameAr = s.nameAr;
            }
            const QJsonValue km = o.value(QStringLiteral("from_km"));
            if (km.isUndefined() || km.isNull())
                r.problem(QStringLiteral("from_km"), QStringLiteral("missing"));
            else
                s.fromKm = r.number(QStringLiteral("from_km")).value_or(0.0);
            s.official = false;
            s.aliases = r.stringList(QStringLiteral("aliases"));
        });
}

CatalogReader::Description CatalogReader::readDescription(const QString& path,
                                                          LoadProblems& problems)
{
    Description d;
    const auto root = JsonFile::readObject(path, problems);
    if (!root)
        return d;
    const QString file = QFileInfo(path).fileName();
    FieldReader r(*root, file, {}, problems);
    d.name = r.requiredString(QStringLiteral("name"));
    const QJsonValue coverage = root->value(QStringLiteral("coverage"));
    if (!coverage.isObject()) {
        r.problem(QStringLiteral("coverage"),
                  coverage.isUndefined()
                      ? QStringLiteral("missing")
                      : QStringLiteral("expected an object {\"from\": date, \"to\": date}"));
        return d;
    }
    const QJsonObject range = coverage.toObject();
    FieldReader cr(range, file, {}, problems, QStringLiteral("coverage."));
    const auto from = cr.date(QStringLiteral("from"), true);
    const auto to = cr.date(QStringLiteral("to"), true);
    if (from && to && to->lastJulianDay() < from->julianDay())
        cr.problem(QStringLiteral("to"),
                   QStringLiteral("%1 is before from %2").arg(to->toString(), from->toString()));
    if (from && to)
        d.coverage = {*from, *to};
    return d;
}

} // namespace frontier
