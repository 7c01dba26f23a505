#pragma once

#include "LoadProblem.h"
#include "model/Date.h"
#include "model/Event.h"

#include <QHash>

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace frontier {

/// \brief Reads typed fields from one JSON object, recording a problem for each bad field.
class FieldReader {
public:
    /// `fieldPrefix` names a nested object in problems, e.g. "claims[0]." gives "claims[0].until".
    FieldReader(const QJsonObject& object, QString file, QString feature, LoadProblems& problems,
                QString fieldPrefix = {})
        : m_object(object), m_file(std::move(file)), m_feature(std::move(feature)),
          m_prefix(std::move(fieldPrefix)), m_problems(problems)
    {
    }

    bool has(const QString& key) const;
    /// A required non-empty string.
    QString requiredString(const QString& key);
    /// An optional string (absent or null gives an empty string).
    QString optionalString(const QString& key);
    /// An optional array of strings.
    QStringList stringList(const QString& key, bool required = false);
    /// A date in 1900–2100 ("YYYY", "YYYY-MM" or "YYYY-MM-DD").
    std::optional<Date> date(const QString& key, bool required);
    std::optional<double> number(const QString& key);
    std::optional<int> integer(const QString& key);
    std::optional<bool> boolean(const QString& key);
    /// A required start date and an optional end date that is not before it.
    struct Span {
        std::optional<Date> start;
        std::optional<Date> end;
    };
    Span span(const QString& startKey, const QString& endKey);
    /// "high", "medium" or "low"; absent gives nothing.
    std::optional<Confidence> confidence(const QString& key);
    /// `ids` resolved against `index`; each unknown one is a problem of `field` ("unknown
    /// `what` id").
    std::vector<int> resolve(const QStringList& ids, const QHash<QString, int>& index,
                             const QString& field, const QString& what);

    void problem(const QString& field, const QString& reason);
    /// The reason given for an id met before in the same file.
    static QString duplicateIdReason(const QString& id);
    const QString& file() const { return m_file; }
    const QString& feature() const { return m_feature; }
    LoadProblems& problems() const { return m_problems; }

private:
    const QJsonObject& m_object;
    QString m_file;
    QString m_feature;
    QString m_prefix;
    LoadProblems& m_problems;
};

} // namespace frontier
