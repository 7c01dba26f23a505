#pragma once

#include "LoadProblem.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace frontier {

/// Reads the dataset's JSON files strictly, naming where a parse fails and which feature
/// a problem belongs to.
namespace JsonFile {
/// The document, or a problem "invalid JSON at line L, column C" of `file` (and `feature`).
std::optional<QJsonDocument> parse(const QByteArray& bytes, const QString& file,
                                   LoadProblems& problems, const QString& feature = {});
/// A local JSON file (see LocalFile), parsed.
std::optional<QJsonDocument> read(const QString& path, LoadProblems& problems);
/// A local JSON file whose top level is an object.
std::optional<QJsonObject> readObject(const QString& path, LoadProblems& problems);
/// A local JSON file whose top level is an object holding an array under `key`.
std::optional<QJsonArray> readArray(const QString& path, const QString& key,
                                    LoadProblems& problems);
/// The object's "id", else where it is: "#index" in an array, "line N" in a GeoJSONSeq file.
QString featureName(const QJsonObject& object, const QString& position);
inline QString arrayPosition(qsizetype index)
{
    return QStringLiteral("#%1").arg(index);
}
} // namespace JsonFile

} // namespace frontier
