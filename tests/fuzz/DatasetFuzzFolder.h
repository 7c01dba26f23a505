#pragma once

#include "io/DatasetReader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QTemporaryDir>

namespace frontier::fuzz {

/// \brief A temporary copy of a small valid dataset in which each fuzz input replaces one file.
///
/// An input is "<file name>\n<content>", the name being one of DatasetReader::fileNames() or
/// events.geojsonl (read when events.geojson is absent). An input without such a first line is
/// the content of events.geojson. The copy is made once; read() puts the original file back.
class DatasetFuzzFolder {
public:
    explicit DatasetFuzzFolder(const QString& validDataset);

    /// Reads the dataset with `input` in place; a loaded dataset is also built into a Timeline,
    /// as the application does.
    DatasetReader::Result read(QByteArrayView input);

private:
    QString path(const QString& fileName) const;
    QString originalFor(const QString& fileName) const;
    void write(const QString& fileName, QByteArrayView bytes) const;

    QTemporaryDir m_dir;
    QHash<QString, QByteArray> m_originals; ///< file name -> bytes of the valid dataset
};

/// Either a dataset and no problems, or no dataset and problems that each name a file and a reason.
bool isSensible(const DatasetReader::Result& result);

} // namespace frontier::fuzz
