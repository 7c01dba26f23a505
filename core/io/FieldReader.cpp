#include "FieldReader.h"

#include <QJsonArray>

#include <cmath>

namespace frontier {
namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2100;

QString typeOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("missing");
}

} // namespace

bool FieldReader::has(const QString& key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

void FieldReader::problem(const QString& field, const QString& reason)
{
    m_problems.push_back({m_file, m_feature, m_prefix + field, reason});
}

QString FieldReader::duplicateIdReason(const QString& id)
{
    return QStringLiteral("duplicate id \"%1\"").arg(id);
}

QString FieldReader::requiredString(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        problem(key, QStringLiteral("missing"));
        return {};
    }
    if (!v.isString()) {
        problem(key, QStringLiteral("expected a string, found %1").arg(typeOf(v)));
        return {};
    }
    if (v.toString().trimmed().isEmpty())
        problem(key, QStringLiteral("empty"));
    return v.toString();
}

QString FieldReader::optionalString(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        problem(key, QStringLiteral("expected a string, found %1").arg(typeOf(v)));
        return {};
    }
    return v.toString();
}

QStringList FieldReader::stringList(const QString& key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(key, QStringLiteral("missing"));
        return {};
    }
    if (!v.isArray()) {
        problem(key, QStringLiteral("expected an array of strings, found %1").arg(typeOf(v)));
        return {};
    }
    QStringList out;
    for (const QJsonValue& item : v.toArray()) {
        if (!item.isString()) {
            problem(key,
                    QStringLiteral("expected strings in the array, found %1").arg(typeOf(item)));
            continue;
        }
        out.push_back(item.toString());
    }
    if (required && out.isEmpty())
        problem(key, QStringLiteral("empty: at least one is needed"));
    return out;
}

std::optional<Date> FieldReader::date(const QString& key, bool required)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (required)
            problem(key, QStringLiteral("missing"));
        return std::nullopt;
    }
    if (!v.isString()) {
        problem(key, QStringLiteral("expected an ISO date string, found %1").arg(typeOf(v)));
        return std::nullopt;
    }
    const QString text = v.toString();
    const auto d = Date::parse(text);
    if (!d) {
        problem(key, QStringLiteral("not a valid ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"%1\"")
                         .arg(text.left(40)));
        return std::nullopt;
    }
    if (d->year() < kFirstYear || d->year() > kLastYear) {
        problem(
            key,
            QStringLiteral("date %1 is outside %2–%3").arg(text).arg(kFirstYear).arg(kLastYear));
        return std::nullopt;
    }
    return d;
}

FieldReader::Span FieldReader::span(const QString& startKey, const QString& endKey)
{
    Span s{date(startKey, true), date(endKey, false)};
    if (s.start && s.end && s.end->lastJulianDay() < s.start->julianDay())
        problem(endKey, QStringLiteral("end %1 is before the start %2")
                            .arg(s.end->toString(), s.start->toString()));
    return s;
}

std::optional<Confidence> FieldReader::confidence(const QString& key)
{
    const QString text = optionalString(key);
    if (text.isEmpty())
        return std::nullopt;
    const auto c = confidenceFromName(text);
    if (!c)
        problem(key, QStringLiteral("expected high, medium or low"));
    return c;
}

std::vector<int> FieldReader::resolve(const QStringList& ids, const QHash<QString, int>& index,
                                      const QString& field, const QString& what)
{
    std::vector<int> out;
    out.reserve(static_cast<std::size_t>(ids.size()));
    for (const QString& id : ids) {
        const int i = index.value(id, -1);
        if (i < 0)
            problem(field, QStringLiteral("unknown %1 id \"%2\"").arg(what, id.left(80)));
        else
            out.push_back(i);
    }
    return out;
}

std::optional<double> FieldReader::number(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        problem(key, QStringLiteral("expected a finite number, found %1").arg(typeOf(v)));
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<int> FieldReader::integer(const QString& key)
{
    const auto n = number(key);
    if (!n)
        return std::nullopt;
    if (std::trunc(*n) != *n || std::abs(*n) > 1e9) {
        problem(key, QStringLiteral("expected a whole number, found %1").arg(*n));
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

std::optional<bool> FieldReader::boolean(const QString& key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        problem(key, QStringLiteral("expected true or false, found %1").arg(typeOf(v)));
        return std::nullopt;
    }
    return v.toBool();
}

} // namespace frontier
