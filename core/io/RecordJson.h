#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace frontier {

/// JSON on one line in a stable key order: the dataset's known keys in the order a reader
/// expects them (id first, then dates, …), any other key after them alphabetically. Strings
/// stay UTF-8 (Arabic reads as Arabic in a diff); numbers are written shortest-exact.
namespace RecordJson {
QByteArray line(const QJsonValue& value);
} // namespace RecordJson

} // namespace frontier
