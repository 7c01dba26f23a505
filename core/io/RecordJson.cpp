#include "RecordJson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>

#include <algorithm>

namespace frontier {
namespace {

// Every key the dataset's records use, in writing order; consistent for each kind of object
// (a Feature, an event, a claim, an actor, a source, an area, a geometry).
const QStringList& knownKeys()
{
    static const QStringList keys{
        QStringLiteral("type"),      QStringLiteral("id"),         QStringLiteral("name"),
        QStringLiteral("name_ar"),   QStringLiteral("short"),      QStringLiteral("date"),
        QStringLiteral("start"),     QStringLiteral("end"),        QStringLiteral("retired"),
        QStringLiteral("kind"),      QStringLiteral("crossing"),   QStringLiteral("sector"),
        QStringLiteral("side"),      QStringLiteral("actor"),      QStringLiteral("parent"),
        QStringLiteral("with"),      QStringLiteral("status"),     QStringLiteral("restriction"),
        QStringLiteral("field"),     QStringLiteral("value"),      QStringLiteral("until"),
        QStringLiteral("outlet"),    QStringLiteral("title"),      QStringLiteral("published"),
        QStringLiteral("citation"),  QStringLiteral("url"),        QStringLiteral("file"),
        QStringLiteral("summary"),   QStringLiteral("color"),      QStringLiteral("aliases"),
        QStringLiteral("en"),        QStringLiteral("ar"),         QStringLiteral("ku"),
        QStringLiteral("sources"),   QStringLiteral("confidence"), QStringLiteral("casualties"),
        QStringLiteral("order"),     QStringLiteral("radius_km"),  QStringLiteral("note"),
        QStringLiteral("claims"),    QStringLiteral("geometry"),   QStringLiteral("coordinates"),
        QStringLiteral("properties")};
    return keys;
}

void writeString(const QString& s, QByteArray& out)
{
    out += '"';
    for (const char c : s.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                out += "\\u00" +
                       QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            else
                out += c;
        }
    }
    out += '"';
}

void write(const QJsonValue& value, QByteArray& out)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::Double:
        out += QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return;
    case QJsonValue::String:
        writeString(value.toString(), out);
        return;
    case QJsonValue::Array: {
        out += '[';
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out += ", ";
            write(array[i], out);
        }
        out += ']';
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys(); // sorted
        const auto rank = [](const QString& key) {
            const qsizetype i = knownKeys().indexOf(key);
            return i < 0 ? knownKeys().size() : i;
        };
        std::stable_sort(keys.begin(), keys.end(),
                         [&](const QString& a, const QString& b) { return rank(a) < rank(b); });
        out += '{';
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out += ", ";
            writeString(keys[i], out);
            out += ": ";
            write(object.value(keys[i]), out);
        }
        out += '}';
        return;
    }
    }
}

} // namespace

QByteArray RecordJson::line(const QJsonValue& value)
{
    QByteArray out;
    write(value, out);
    return out;
}

} // namespace frontier
