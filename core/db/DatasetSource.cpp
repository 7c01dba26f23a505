#include "DatasetSource.h"

#include "DatasetStore.h"
#include "DbError.h"
#include "io/EventMemo.h"
#include "io/PgConnection.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <mutex>
#include <optional>

namespace frontier::DatasetSource {

bool isDatabase(const QString& location)
{
    return PgConnection::isConnection(location);
}

QString displayName(const QString& location)
{
    return isDatabase(location) ? PgConnection::withoutPassword(location) : location;
}

namespace {

DatasetReader::Result problem(const QString& location, const QString& reason)
{
    DatasetReader::Result result;
    result.problems.push_back({displayName(location), {}, {}, reason});
    return result;
}

// The dataset of `content`: its records in memory, its other files in a temporary folder.
DatasetReader::Result build(const QString& location, const DatasetStore::Content& content,
                            EventMemo& memo)
{
    const QTemporaryDir folder; // the owner's alone (0700)
    if (!folder.isValid())
        return problem(location, QCoreApplication::translate(
                                     "frontier::DatasetSource",
                                     "no temporary folder to read the database's files in: ") +
                                     folder.errorString());
    if (const QString error = AtomicFiles::save(content.otherFilesIn(folder.path()));
        !error.isEmpty())
        return problem(location, error);
    return DatasetReader::read(folder.path(), displayName(location), content.records,
                               content.digest, &memo);
}

// The database read last, and its events, kept for reread(). Reads run on the window's data
// thread too.
struct Kept {
    std::mutex mutex;
    QString location;
    std::optional<DatasetStore::Content> content;
    EventMemo events;
};

Kept& kept()
{
    static Kept k;
    return k;
}

} // namespace

DatasetReader::Result read(const QString& location)
{
    if (!isDatabase(location))
        return DatasetReader::read(location);
    try {
        DatasetStore::Content content = DatasetStore(location).pull();
        Kept& k = kept();
        const std::lock_guard lock(k.mutex);
        DatasetReader::Result result = build(location, content, k.events);
        k.location = location;
        k.content = std::move(content);
        return result;
    } catch (const DbError& e) {
        return problem(location, e.message());
    }
}

DatasetReader::Result reread(const QString& location)
{
    Kept& k = kept();
    std::unique_lock lock(k.mutex);
    if (!isDatabase(location) || k.location != location || !k.content) {
        lock.unlock();
        return read(location);
    }
    try {
        const DatasetStore::Changes changes = DatasetStore(location).changesSince(k.content->seen);
        if (!k.content->apply(changes)) { // a push changed another file, or moved records
            lock.unlock();
            return read(location);
        }
        return build(location, *k.content, k.events);
    } catch (const DbError& e) {
        return problem(location, e.message());
    }
}

} // namespace frontier::DatasetSource
