#include "DatasetSource.h"

#include "DatasetStore.h"
#include "DbError.h"
#include "io/PgConnection.h"

#include <QCoreApplication>
#include <QTemporaryDir>

namespace frontier::DatasetSource {

bool isDatabase(const QString& location)
{
    return PgConnection::isConnection(location);
}

QString displayName(const QString& location)
{
    return isDatabase(location) ? PgConnection::withoutPassword(location) : location;
}

DatasetReader::Result read(const QString& location)
{
    if (!isDatabase(location))
        return DatasetReader::read(location);
    DatasetReader::Result result;
    const auto problem = [&](const QString& reason) {
        result.problems.push_back({displayName(location), {}, {}, reason});
        return result;
    };
    const QTemporaryDir folder; // the owner's alone (0700)
    if (!folder.isValid())
        return problem(
            QCoreApplication::translate("frontier::DatasetSource",
                                        "no temporary folder to read the database's files in: ") +
            folder.errorString());
    try {
        const DatasetStore::Content content = DatasetStore(location).pull();
        if (const QString error = AtomicFiles::save(content.otherFilesIn(folder.path()));
            !error.isEmpty())
            return problem(error);
        return DatasetReader::read(folder.path(), displayName(location), content.records,
                                   content.digest);
    } catch (const DbError& e) {
        return problem(e.message());
    }
}

} // namespace frontier::DatasetSource
