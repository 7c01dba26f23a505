#include "OverlayDates.h"

#include <QDate>

#include <array>

namespace frontier::OverlayDates {

std::optional<Date> parse(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t' || text.back() == '\r'))
        text.remove_suffix(1);
    if (text.size() > 10 && (text[10] == 'T' || text[10] == ' '))
        text = text.substr(0, 10);
    // ISO dates are ASCII: read without making a QString (a million rows).
    if (text.size() <= 10) {
        std::array<char16_t, 10> wide{};
        bool ascii = true;
        for (std::size_t i = 0; i < text.size(); ++i) {
            ascii = ascii && static_cast<unsigned char>(text[i]) < 0x80;
            wide[i] = static_cast<char16_t>(text[i]);
        }
        if (ascii)
            if (const auto d =
                    Date::parse(QStringView(wide.data(), static_cast<qsizetype>(text.size()))))
                return d;
    }
    const QDate written = QDate::fromString(
        QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size())).trimmed(),
        QStringLiteral("d MMMM yyyy"));
    if (written.isValid())
        return Date::fromYmd(written.year(), written.month(), written.day());
    return std::nullopt;
}

void apply(OverlayFeature& feature, const Date& date, std::optional<int> acledPrecision)
{
    feature.firstDay = date.julianDay();
    feature.lastDay = date.lastJulianDay();
    switch (date.precision()) {
    case Date::Precision::Day:
        feature.precision = OverlayDatePrecision::Day;
        break;
    case Date::Precision::Month:
        feature.precision = OverlayDatePrecision::Month;
        break;
    case Date::Precision::Year:
        feature.precision = OverlayDatePrecision::Year;
        break;
    }
    if (acledPrecision == 2) {
        feature.firstDay = date.julianDay() - 3;
        feature.lastDay = date.julianDay() + 3;
        feature.precision = OverlayDatePrecision::Week;
    } else if (acledPrecision == 3) {
        const QDate d = QDate::fromJulianDay(date.julianDay());
        const Date month = Date::fromYmd(d.year(), d.month(), 1, Date::Precision::Month);
        feature.firstDay = month.julianDay();
        feature.lastDay = month.lastJulianDay();
        feature.precision = OverlayDatePrecision::Month;
    }
}

} // namespace frontier::OverlayDates
