#include "AliasField.h"

#include "FieldReader.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace frontier {

QStringList AliasField::read(const Feature& feature, const QString& file, LoadProblems& problems)
{
    const QString key = QStringLiteral("aliases");
    const QString text = feature.attribute(key);
    if (text.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (!doc.isArray()) {
        problems.push_back(
            {file, feature.id, key,
             QStringLiteral("expected an array of strings, found \"%1\"").arg(text.left(40))});
        return {};
    }
    const QJsonObject object{{key, doc.array()}};
    FieldReader reader(object, file, feature.id, problems);
    QStringList aliases = reader.stringList(key);
    if (aliases.removeIf([](const QString& a) { return a.trimmed().isEmpty(); }) > 0)
        reader.problem(key, QStringLiteral("an alias is empty"));
    return aliases;
}

} // namespace frontier
