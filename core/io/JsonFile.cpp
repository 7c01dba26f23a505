#include "JsonFile.h"

#include "LocalFile.h"

#include <QFileInfo>

#include <algorithm>

namespace frontier {
namespace {

// Where a JSON parse error sits, as "line L, column C".
QString position(const QByteArray& bytes, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, bytes.size());
    const qsizetype line = std::count(bytes.begin(), bytes.begin() + offset, '\n') + 1;
    const qsizetype lineStart = bytes.lastIndexOf('\n', offset - 1) + 1;
    return QStringLiteral("line %1, column %2").arg(line).arg(offset - lineStart + 1);
}

} // namespace

std::optional<QJsonDocument> JsonFile::parse(const QByteArray& bytes, const QString& file,
                                             LoadProblems& problems, const QString& feature)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        problems.push_back({file,
                            feature,
                            {},
                            QStringLiteral("invalid JSON at %1: %2")
                                .arg(position(bytes, error.offset), error.errorString())});
        return std::nullopt;
    }
    return doc;
}

std::optional<QJsonDocument> JsonFile::read(const QString& path, LoadProblems& problems)
{
    const auto bytes = LocalFile::read(path, problems);
    if (!bytes)
        return std::nullopt;
    return parse(*bytes, QFileInfo(path).fileName(), problems);
}

std::optional<QJsonObject> JsonFile::readObject(const QString& path, LoadProblems& problems)
{
    const auto doc = read(path, problems);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject()) {
        problems.push_back(
            {QFileInfo(path).fileName(), {}, {}, QStringLiteral("expected a JSON object")});
        return std::nullopt;
    }
    return doc->object();
}

std::optional<QJsonArray> JsonFile::readArray(const QString& path, const QString& key,
                                              LoadProblems& problems)
{
    const auto doc = read(path, problems);
    if (!doc)
        return std::nullopt;
    if (!doc->isObject() || !doc->object().value(key).isArray()) {
        problems.push_back({QFileInfo(path).fileName(),
                            {},
                            key,
                            QStringLiteral("expected an object with an array \"%1\"").arg(key)});
        return std::nullopt;
    }
    return doc->object().value(key).toArray();
}

QString JsonFile::featureName(const QJsonObject& object, const QString& position)
{
    const QJsonValue id = object.value(QStringLiteral("id"));
    if (id.isString() && !id.toString().isEmpty())
        return id.toString().left(80);
    return position;
}

} // namespace frontier
