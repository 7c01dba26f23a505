#pragma once

#include "LoadProblem.h"
#include "model/Dataset.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace frontier {

/// \brief Loads a dataset folder whole, or reports every problem found: never half a dataset.
class DatasetReader {
public:
    struct Result {
        std::shared_ptr<const Dataset> dataset; ///< null when there are problems
        LoadProblems problems;
        bool ok() const { return dataset != nullptr; }
    };

    /// `path` is a dataset folder holding the files listed by fileNames(). The dataset's origin
    /// is `origin`, else the folder.
    static Result read(const QString& path, const QString& origin = {});
    /// The files a dataset folder holds (layers may also be .gpkg or .shp).
    static QStringList fileNames();
    /// The files a dataset folder may hold besides: the frontier's sectors and dated areas.
    static QStringList optionalFileNames();
};

} // namespace frontier
