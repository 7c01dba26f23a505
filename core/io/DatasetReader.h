#pragma once

#include "DatasetRecords.h"
#include "LoadProblem.h"
#include "model/Dataset.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace frontier {

class EventMemo;

/// \brief Loads a dataset folder whole, or reports every problem found: never half a dataset.
class DatasetReader {
public:
    struct Result {
        std::shared_ptr<const Dataset> dataset; ///< null when there are problems
        LoadProblems problems;
        bool ok() const { return dataset != nullptr; }
    };

    /// `path` is a dataset folder holding the files listed by fileNames().
    static Result read(const QString& path);
    /// A dataset whose records are in memory already (a database's) and whose other files are in
    /// the folder `path`: read and checked as a folder's. `origin` names it and `recordsDigest`
    /// stands for the records in its content hash. With a memo, the events read from the same
    /// records before are not checked again.
    static Result read(const QString& path, const QString& origin, const DatasetRecords& records,
                       const QByteArray& recordsDigest, EventMemo* memo = nullptr);
    /// The files a dataset folder holds (layers may also be .gpkg or .shp).
    static QStringList fileNames();
    /// The files a dataset folder may hold besides: the frontier's sectors and dated areas.
    static QStringList optionalFileNames();

private:
    static Result read(const QString& path, const QString& origin, const DatasetRecords* records,
                       const QByteArray& recordsDigest, EventMemo* memo);
};

} // namespace frontier
