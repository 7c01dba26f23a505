#include "PageFormat.h"

#include <QMarginsF>
#include <QStringList>

#include <array>

namespace frontier {
namespace {

constexpr std::array<PageFormat, 4> kFormats{{{QPageSize::A4, QPageLayout::Landscape},
                                              {QPageSize::A4, QPageLayout::Portrait},
                                              {QPageSize::Letter, QPageLayout::Landscape},
                                              {QPageSize::Letter, QPageLayout::Portrait}}};

} // namespace

std::optional<PageFormat> PageFormat::fromCode(const QString& code)
{
    for (const PageFormat& f : kFormats)
        if (f.code() == code)
            return f;
    return std::nullopt;
}

QString PageFormat::acceptedCodes()
{
    QStringList codes;
    for (const PageFormat& f : kFormats)
        codes << f.code();
    return codes.join(QStringLiteral(", "));
}

QString PageFormat::code() const
{
    return (size == QPageSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4")) +
           (orientation == QPageLayout::Landscape ? QStringLiteral("-landscape")
                                                  : QStringLiteral("-portrait"));
}

QSizeF PageFormat::inches() const
{
    // Qt rounds sizes in inches to two decimals; the millimetres of A4 and Letter are exact.
    const QSizeF s = QPageSize(size).size(QPageSize::Millimeter) / 25.4;
    return orientation == QPageLayout::Landscape ? s.transposed() : s;
}

QPageLayout PageFormat::pageLayout() const
{
    return QPageLayout(QPageSize(size), orientation, QMarginsF(0, 0, 0, 0));
}

} // namespace frontier
