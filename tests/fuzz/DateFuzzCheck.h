#pragma once

#include <QByteArrayView>
#include <QString>

namespace frontier::fuzz {

/// Parses `input` with Date::parse, read both as UTF-8 and as UTF-16, and checks what a parsed
/// date promises: the text is a strict ISO date of its precision and prints back unchanged.
/// Returns what was broken, or an empty string.
QString checkDateParse(QByteArrayView input);

} // namespace frontier::fuzz
