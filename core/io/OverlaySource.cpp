#include "OverlaySource.h"

#include "CsvColumnNames.h"
#include "LocalFile.h"
#include "PgConnection.h"
#include "geo/ProjForkGuard.h"

#include <QFileInfo>
#include <QStringList>

#include <ogrsf_frmts.h>

namespace frontier {
namespace {

// CSV: the coordinate and geometry columns GDAL looks for, in any letter case.
const QByteArray kX = QByteArray("X_POSSIBLE_NAMES=") + CsvColumnNames::kLongitude;
const QByteArray kY = QByteArray("Y_POSSIBLE_NAMES=") + CsvColumnNames::kLatitude;
const QByteArray kGeometry = QByteArray("GEOM_POSSIBLE_NAMES=") + CsvColumnNames::kGeometry;
const char* const kCsvOptions[] = {kX.constData(), kY.constData(), kGeometry.constData(),
                                   "KEEP_GEOM_COLUMNS=YES", nullptr};
const char* const kPostgreSql[] = {"PostgreSQL", nullptr};

QString shapefileRefusal(const QString& path)
{
    const QFileInfo info(path);
    if (info.suffix().compare(QLatin1String("shp"), Qt::CaseInsensitive) != 0)
        return {};
    for (const auto& [suffix, what] : {std::pair{"shx", "its index"}, {"dbf", "its attributes"}}) {
        const QString base = info.path() + u'/' + info.completeBaseName() + u'.';
        if (!QFileInfo::exists(base + QLatin1String(suffix)) &&
            !QFileInfo::exists(base + QString::fromLatin1(suffix).toUpper()))
            return QStringLiteral("a shapefile needs its .%1 file (%2) beside it")
                .arg(QLatin1String(suffix), QLatin1String(what));
    }
    return {};
}

// libpq's messages come on several lines.
QString oneLine(QString text)
{
    return text.replace(u'\n', u' ').simplified();
}

} // namespace

OverlaySource::OverlaySource(const QString& path, const QString& layerName, LoadProblems& problems,
                             const gdal::ErrorCapture& errors)
    : m_database(PgConnection::isConnection(path)), m_name(nameOf(path))
{
    open(path, layerName, problems, errors);
}

QString OverlaySource::nameOf(const QString& path)
{
    return PgConnection::isConnection(path) ? PgConnection::withoutPassword(path)
                                            : QFileInfo(path).fileName();
}

void OverlaySource::open(const QString& path, const QString& layerName, LoadProblems& problems,
                         const gdal::ErrorCapture& errors)
{
    const auto refuse = [&](const QString& why) { problems.push_back({m_name, {}, {}, why}); };
    QByteArray name;
    QString why;
    if (m_database) {
        if (const auto gdalName = PgConnection::gdalName(path, &why))
            name = *gdalName;
    } else {
        why = LocalFile::localRefusal(path);
        if (why.isEmpty())
            why = shapefileRefusal(path);
        // An absolute path: GDAL then sees no driver prefix ("GPKG:", "CSV:") or inline JSON.
        name = QFileInfo(path).absoluteFilePath().toUtf8();
    }
    if (!why.isEmpty())
        return refuse(why);
    gdal::registerDrivers();
    const ProjForkGuard guard; // drivers read the layers' CRS
    m_dataset.reset(GDALDataset::Open(name.constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                      m_database ? kPostgreSql : nullptr,
                                      m_database ? nullptr : kCsvOptions));
    if (m_database && !m_dataset)
        return refuse(QStringLiteral("cannot connect: %1").arg(oneLine(errors.last())));
    if (!m_dataset || m_dataset->GetLayerCount() < 1)
        return refuse(m_database ? QStringLiteral("no table with a geometry column")
                                 : QStringLiteral("cannot open as a vector layer: %1")
                                       .arg(errors.last().isEmpty()
                                                ? QStringLiteral("not a format GDAL reads here")
                                                : errors.last()));
    QStringList names;
    for (int i = 0; i < m_dataset->GetLayerCount(); ++i)
        names << QString::fromUtf8(m_dataset->GetLayer(i)->GetName());
    if (m_database && layerName.isEmpty() && names.size() > 1)
        return refuse(QStringLiteral("name the table with tables=… (it has: %1)")
                          .arg(names.join(QStringLiteral(", "))));
    // A file of several layers: nothing is guessed (the window asks which, LayerChoice).
    if (!m_database && layerName.isEmpty()) {
        QStringList drawn;
        for (int i = 0; i < m_dataset->GetLayerCount(); ++i)
            if (m_dataset->GetLayer(i)->GetGeomType() != wkbNone)
                drawn << names[i];
        if (drawn.size() > 1)
            return refuse(QStringLiteral("holds %1 layers (%2): name one, as %3:%4")
                              .arg(drawn.size())
                              .arg(drawn.join(QStringLiteral(", ")), m_name, drawn.front()));
    }
    m_layer = layerName.isEmpty() ? m_dataset->GetLayer(0)
                                  : m_dataset->GetLayerByName(layerName.toUtf8().constData());
    if (!m_layer)
        return refuse(QStringLiteral("no layer \"%1\" (it has: %2)")
                          .arg(layerName, names.join(QStringLiteral(", "))));
    if (!m_database)
        return;
    // GDAL takes a table named by tables= on trust; reading its columns finds out.
    const QString table = QString::fromUtf8(m_layer->GetName());
    const int geometries = m_layer->GetLayerDefn()->GetGeomFieldCount();
    if (!errors.last().isEmpty())
        why = QStringLiteral("cannot read the table \"%1\": %2").arg(table, oneLine(errors.last()));
    else if (geometries == 0)
        why = QStringLiteral("no table \"%1\" with a geometry column").arg(table);
    if (!why.isEmpty()) {
        m_layer = nullptr;
        refuse(why);
    }
}

} // namespace frontier
