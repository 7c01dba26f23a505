#include "DateFuzzCheck.h"

#include "model/Date.h"

#include <cstring>

namespace frontier::fuzz {
namespace {

qsizetype lengthOf(Date::Precision precision)
{
    switch (precision) {
    case Date::Precision::Year:
        return 4;
    case Date::Precision::Month:
        return 7;
    case Date::Precision::Day:
        break;
    }
    return 10;
}

QString check(QStringView text)
{
    const auto date = Date::parse(text);
    if (!date)
        return {};
    const QString quoted = QLatin1Char('"') + text.toString() + QLatin1Char('"');
    if (!date->isValid())
        return quoted + QStringLiteral(" parsed to an invalid date");
    if (text.size() != lengthOf(date->precision()))
        return quoted + QStringLiteral(" parsed with the wrong precision");
    if (date->year() < 1 || date->year() > 9999)
        return quoted + QStringLiteral(" parsed outside years 1-9999");
    if (date->lastJulianDay() < date->julianDay())
        return quoted + QStringLiteral(" ends before it starts");
    if (date->toString() != text)
        return quoted + QStringLiteral(" prints back as ") + date->toString();
    return {};
}

} // namespace

QString checkDateParse(QByteArrayView input)
{
    if (QString broken = check(QString::fromUtf8(input)); !broken.isEmpty())
        return broken;
    QString utf16(input.size() / 2, Qt::Uninitialized); // copied: the input may be unaligned
    if (!utf16.isEmpty())
        std::memcpy(utf16.data(), input.data(),
                    static_cast<std::size_t>(utf16.size()) * sizeof(QChar));
    return check(utf16);
}

} // namespace frontier::fuzz
