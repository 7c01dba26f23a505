#pragma once

#include <QImage>
#include <QString>

#include <algorithm>
#include <cstdlib>

namespace frontier::test {

/// \brief Compares a rendered image with a reference PNG with a tolerance (font rasterisation
/// and antialiasing differ slightly between machines). Set FRONTIER_UPDATE_REFERENCE=1 to write
/// the reference instead.
struct ImageDifference {
    double changedFraction = 1;  ///< pixels whose channels differ by more than 48
    double meanDifference = 255; ///< mean absolute channel difference
    QString error;
};

inline ImageDifference compareImages(const QImage& actual, const QImage& expected)
{
    ImageDifference d;
    const QImage ref = expected.convertToFormat(QImage::Format_ARGB32);
    const QImage img = actual.convertToFormat(QImage::Format_ARGB32);
    if (ref.size() != img.size()) {
        d.error = QStringLiteral("size differs from the reference");
        return d;
    }
    qint64 changed = 0;
    double total = 0;
    for (int y = 0; y < img.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        const auto* b = reinterpret_cast<const QRgb*>(ref.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            const int dr = std::abs(qRed(a[x]) - qRed(b[x])),
                      dg = std::abs(qGreen(a[x]) - qGreen(b[x])),
                      db = std::abs(qBlue(a[x]) - qBlue(b[x]));
            total += dr + dg + db;
            if (dr > 48 || dg > 48 || db > 48)
                ++changed;
        }
    }
    const double n = double(img.width()) * img.height();
    d.changedFraction = changed / n;
    d.meanDifference = total / (3 * n);
    return d;
}

/// The largest difference of a colour channel between two pixels.
inline int channelDifference(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b))});
}

/// The largest difference of any colour channel of any pixel of two images of one size (a
/// sprite blended onto a frame rounds once more than the same shapes drawn onto it: 1 or 2).
inline int largestDifference(const QImage& a, const QImage& b)
{
    const QImage x = a.convertToFormat(QImage::Format_ARGB32);
    const QImage y = b.convertToFormat(QImage::Format_ARGB32);
    int most = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto* p = reinterpret_cast<const QRgb*>(x.constScanLine(row));
        const auto* q = reinterpret_cast<const QRgb*>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            most = std::max(most, channelDifference(p[col], q[col]));
    }
    return most;
}

inline ImageDifference compareWithReference(const QImage& actual, const QString& referencePath)
{
    if (qEnvironmentVariableIntValue("FRONTIER_UPDATE_REFERENCE") == 1)
        actual.save(referencePath);
    const QImage ref(referencePath);
    if (ref.isNull()) {
        ImageDifference d;
        d.error = QStringLiteral("no reference image at ") + referencePath;
        return d;
    }
    return compareImages(actual, ref);
}

} // namespace frontier::test
