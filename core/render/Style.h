#pragma once

#include <QColor>
#include <QHash>
#include <QString>

namespace frontier {

/// \brief How the map looks, kept apart from the data: colours, widths (logical px), font sizes.
struct Style {
    QColor sea{0xc6, 0xdc, 0xe8};
    QColor land{0xee, 0xeb, 0xe4}; ///< neighbouring countries
    QColor focusLand{0xfa, 0xf6, 0xec}; ///< Iraq and Syria
    QColor countryLine{0x8c, 0x86, 0x7c};
    QColor governorateLine{0xb4, 0xa9, 0x9a};
    QColor river{0x3f, 0x86, 0xc0};
    QColor frontierCasing{0xff, 0xff, 0xff};
    QColor frontier{0xb0, 0x1c, 0x2e};
    QColor text{0x22, 0x22, 0x22};
    QColor waterText{0x2f, 0x6a, 0x96};
    QColor halo{0xff, 0xff, 0xff, 0xdd};
    QColor panel{0xff, 0xff, 0xff, 0xe6};
    QColor panelLine{0x99, 0x99, 0x99};
    QColor open{0x1a, 0x98, 0x50};
    QColor closed{0x22, 0x22, 0x22};
    QColor selection{0xff, 0xd4, 0x00};
    double frontierWidth = 3.2;
    /// Lines of at most one device pixel take Qt's fast cosmetic stroker (about 10x cheaper).
    double riverWidth = 1.0;
    double governorateWidth = 0.7;
    double countryWidth = 1.0;
    double labelPointSize = 8.5;
    double titlePointSize = 15;
    QString fontFamily = QStringLiteral("Noto Sans");
    /// Controller colours: the Okabe–Ito palette (safe for all common colour-vision deficiencies)
    /// plus indigo and wine from Paul Tol's set; unknown is grey and drawn hatched.
    QHash<QString, QColor> actorColors{
        {QStringLiteral("iraq"), QColor(0x00, 0x72, 0xb2)},
        {QStringLiteral("pmf"), QColor(0x56, 0xb4, 0xe9)},
        {QStringLiteral("krg"), QColor(0xf0, 0xe4, 0x42)},
        {QStringLiteral("syria-gov"), QColor(0xd5, 0x5e, 0x00)},
        {QStringLiteral("syria-transitional"), QColor(0xcc, 0x79, 0xa7)},
        {QStringLiteral("syrian-opposition"), QColor(0x00, 0x9e, 0x73)},
        {QStringLiteral("isis"), QColor(0x00, 0x00, 0x00)},
        {QStringLiteral("sdf"), QColor(0xe6, 0x9f, 0x00)},
        {QStringLiteral("coalition"), QColor(0x33, 0x22, 0x88)},
        {QStringLiteral("nusra"), QColor(0x88, 0x22, 0x55)},
    };
    QColor unknownActor{0xbb, 0xbb, 0xbb};

    QColor actorColor(const QString& actorId) const { return actorColors.value(actorId, unknownActor); }
    friend bool operator==(const Style&, const Style&) = default;
};

} // namespace frontier
