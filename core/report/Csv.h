#pragma once

#include <QString>
#include <QStringList>

namespace frontier {

/// Writes RFC 4180 CSV: fields quoted when they hold a comma, a quote or a line break,
/// quotes doubled, rows ended by CRLF. The text is Unicode; write it as UTF-8.
namespace Csv {
QString field(const QString& text);
QString row(const QStringList& fields);
} // namespace Csv

} // namespace frontier
