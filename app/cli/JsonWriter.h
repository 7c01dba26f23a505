#pragma once

#include <QString>
#include <QStringList>

namespace frontier {

/// \brief Builds compact JSON text with keys in the order written (QJsonObject sorts them, and
/// the `state --json` shape is fixed).
class JsonWriter {
public:
    static QString string(const QString& s);
    static QString number(double v);
    static QString boolean(bool b) { return b ? QStringLiteral("true") : QStringLiteral("false"); }
    static QString array(const QStringList& items)
    {
        return QLatin1Char('[') + items.join(QLatin1Char(',')) + QLatin1Char(']');
    }
    /// Pairs of key and already-encoded value.
    static QString object(const QList<std::pair<QString, QString>>& members);
};

} // namespace frontier
