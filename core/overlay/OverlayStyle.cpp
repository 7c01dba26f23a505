#include "OverlayStyle.h"

#include <QJsonValue>

#include <algorithm>
#include <numeric>

namespace frontier {
namespace {

const std::pair<OverlayStyle::Symbol, const char*> kSymbols[] = {
    {OverlayStyle::Symbol::Circle, "circle"},
    {OverlayStyle::Symbol::Square, "square"},
    {OverlayStyle::Symbol::Triangle, "triangle"}};

const std::pair<TimeFilter::Mode, const char*> kModes[] = {{TimeFilter::Mode::UpTo, "up-to"},
                                                           {TimeFilter::Mode::Within, "last"},
                                                           {TimeFilter::Mode::OnDay, "on-day"}};

const std::pair<TimeFilter::Unit, const char*> kUnits[] = {{TimeFilter::Unit::Days, "days"},
                                                           {TimeFilter::Unit::Weeks, "weeks"},
                                                           {TimeFilter::Unit::Months, "months"}};

template <typename T, std::size_t N>
QString nameOf(const std::pair<T, const char*> (&names)[N], T value)
{
    for (const auto& [v, name] : names)
        if (v == value)
            return QString::fromLatin1(name);
    return {};
}

template <typename T, std::size_t N>
std::optional<T> valueOf(const std::pair<T, const char*> (&names)[N], const QString& text)
{
    for (const auto& [v, name] : names)
        if (text == QLatin1String(name))
            return v;
    return std::nullopt;
}

} // namespace

const std::vector<QColor>& OverlayStyle::palette()
{
    static const std::vector<QColor> colors{
        QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
        QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
        QColor(0xcc, 0x79, 0xa7), QColor(0x33, 0x22, 0x88), QColor(0x88, 0xcc, 0xee),
        QColor(0x99, 0x99, 0x33), QColor(0x88, 0x22, 0x55), QColor(0x44, 0xaa, 0x99)};
    return colors;
}

OverlayStyle OverlayStyle::defaultFor(const Overlay& overlay, int index)
{
    OverlayStyle s;
    if (overlay.acled) {
        s.categoryField = QStringLiteral("event_type");
        s.stroke = QColor(0x33, 0x33, 0x33);
        s.strokeWidth = 0.6;
        s.size = 6;
        return s;
    }
    const auto& colors = palette();
    const QColor c = colors[static_cast<std::size_t>(index) % colors.size()];
    s.fill = c;
    s.fill.setAlphaF(0.45f);
    s.stroke = c.darker(140);
    return s;
}

std::vector<QColor> OverlayStyle::categoryColors(const Overlay& overlay) const
{
    const int c = overlay.column(categoryField);
    if (c < 0 || !overlay.columns[static_cast<std::size_t>(c)].kept)
        return {};
    const QStringList& values = overlay.columns[static_cast<std::size_t>(c)].values;
    std::vector<int> order(static_cast<std::size_t>(values.size()));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return values[a] < values[b]; });
    std::vector<QColor> colors(order.size());
    const auto& p = palette();
    for (std::size_t rank = 0; rank < order.size(); ++rank)
        colors[static_cast<std::size_t>(order[rank])] = p[rank % p.size()];
    return colors;
}

std::vector<std::pair<QString, QColor>> OverlayStyle::categories(const Overlay& overlay) const
{
    const std::vector<QColor> colors = categoryColors(overlay);
    std::vector<std::pair<QString, QColor>> out;
    if (colors.empty())
        return out;
    const QStringList& values =
        overlay.columns[static_cast<std::size_t>(overlay.column(categoryField))].values;
    for (std::size_t i = 0; i < colors.size(); ++i)
        out.emplace_back(values[static_cast<qsizetype>(i)], colors[i]);
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    return out;
}

QJsonObject OverlayStyle::toJson() const
{
    return {{QStringLiteral("visible"), visible},
            {QStringLiteral("opacity"), opacity},
            {QStringLiteral("fill"), fill.name(QColor::HexArgb)},
            {QStringLiteral("stroke"), stroke.name(QColor::HexArgb)},
            {QStringLiteral("strokeWidth"), strokeWidth},
            {QStringLiteral("symbol"), nameOf(kSymbols, symbol)},
            {QStringLiteral("size"), size},
            {QStringLiteral("categoryField"), categoryField},
            {QStringLiteral("sizeField"), sizeField},
            {QStringLiteral("labelField"), labelField},
            {QStringLiteral("labelSize"), labelSize},
            {QStringLiteral("time"), nameOf(kModes, time.mode)},
            {QStringLiteral("timeCount"), time.count},
            {QStringLiteral("timeUnit"), nameOf(kUnits, time.unit)},
            {QStringLiteral("hillshade"), hillshade}};
}

OverlayStyle OverlayStyle::fromJson(const QJsonObject& json, const OverlayStyle& base,
                                    QString* error)
{
    OverlayStyle s = base;
    QString bad;
    const auto color = [&](const char* key, QColor& out) {
        if (!json.contains(QLatin1String(key)))
            return;
        const QColor c = QColor::fromString(json.value(QLatin1String(key)).toString());
        c.isValid() ? void(out = c) : void(bad = QLatin1String(key));
    };
    const auto number = [&](const char* key, double& out, double lo, double hi) {
        if (!json.contains(QLatin1String(key)))
            return;
        const QJsonValue v = json.value(QLatin1String(key));
        v.isDouble() && v.toDouble() >= lo&& v.toDouble() <= hi ? void(out = v.toDouble())
                                                                : void(bad = QLatin1String(key));
    };
    const auto text = [&](const char* key, QString& out) {
        if (json.contains(QLatin1String(key)))
            out = json.value(QLatin1String(key)).toString();
    };
    const auto named = [&](const char* key, auto& names, auto& out) {
        if (!json.contains(QLatin1String(key)))
            return;
        const auto v = valueOf(names, json.value(QLatin1String(key)).toString());
        v ? void(out = *v) : void(bad = QLatin1String(key));
    };
    const auto flag = [&](const char* key, bool& out) {
        if (!json.contains(QLatin1String(key)))
            return;
        const QJsonValue v = json.value(QLatin1String(key));
        v.isBool() ? void(out = v.toBool()) : void(bad = QLatin1String(key));
    };
    if (json.contains(QLatin1String("visible")))
        s.visible = json.value(QLatin1String("visible")).toBool(true);
    flag("hillshade", s.hillshade);
    number("opacity", s.opacity, 0, 1);
    color("fill", s.fill);
    color("stroke", s.stroke);
    number("strokeWidth", s.strokeWidth, 0, 100);
    named("symbol", kSymbols, s.symbol);
    number("size", s.size, 0, 200);
    text("categoryField", s.categoryField);
    text("sizeField", s.sizeField);
    text("labelField", s.labelField);
    number("labelSize", s.labelSize, 1, 200);
    named("time", kModes, s.time.mode);
    double count = s.time.count;
    number("timeCount", count, 1, 100000);
    s.time.count = static_cast<int>(count);
    named("timeUnit", kUnits, s.time.unit);
    if (error)
        *error = bad.isEmpty() ? QString() : QStringLiteral("\"%1\": not a valid value").arg(bad);
    return s;
}

} // namespace frontier
