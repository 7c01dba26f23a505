#include "PngEncoder.h"

#include <zlib.h>

#include <array>
#include <cmath>
#include <thread>
#include <vector>

namespace frontier {
namespace {

void putU32(QByteArray& out, quint32 v)
{
    const char b[4] = {char(v >> 24), char(v >> 16), char(v >> 8), char(v)};
    out.append(b, 4);
}

void chunk(QByteArray& out, const char type[4], const QByteArray& data)
{
    putU32(out, quint32(data.size()));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data);
    const auto* p = reinterpret_cast<const Bytef*>(out.constData() + start);
    putU32(out, quint32(crc32(0, p, uInt(out.size() - start))));
}

// Filtered scanlines (filter byte + pixels) of rows [from, to).
std::vector<Bytef> filterRows(const QImage& img, int from, int to, int channels)
{
    const int w = img.width();
    const std::size_t stride = std::size_t(w) * channels + 1;
    std::vector<Bytef> out(stride * std::size_t(to - from));
    std::vector<Bytef> prev(std::size_t(w) * channels, 0), cur(std::size_t(w) * channels);
    if (from > 0) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(from - 1));
        for (int x = 0; x < w; ++x) {
            prev[std::size_t(x) * channels] = Bytef(qRed(line[x]));
            prev[std::size_t(x) * channels + 1] = Bytef(qGreen(line[x]));
            prev[std::size_t(x) * channels + 2] = Bytef(qBlue(line[x]));
            if (channels == 4)
                prev[std::size_t(x) * channels + 3] = Bytef(qAlpha(line[x]));
        }
    }
    for (int y = from; y < to; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < w; ++x) {
            cur[std::size_t(x) * channels] = Bytef(qRed(line[x]));
            cur[std::size_t(x) * channels + 1] = Bytef(qGreen(line[x]));
            cur[std::size_t(x) * channels + 2] = Bytef(qBlue(line[x]));
            if (channels == 4)
                cur[std::size_t(x) * channels + 3] = Bytef(qAlpha(line[x]));
        }
        Bytef* row = out.data() + stride * std::size_t(y - from);
        row[0] = 2; // Up
        for (std::size_t i = 0; i < cur.size(); ++i)
            row[i + 1] = Bytef(cur[i] - prev[i]);
        prev.swap(cur);
    }
    return out;
}

// Raw deflate of one part; the last part finishes the stream, the others end on a full flush
// (byte-aligned, no dictionary carried over), so the parts concatenate into one stream.
std::vector<Bytef> deflatePart(const std::vector<Bytef>& data, int level, bool last)
{
    z_stream zs{};
    deflateInit2(&zs, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
    std::vector<Bytef> out(deflateBound(&zs, uLong(data.size())) + 64);
    zs.next_in = const_cast<Bytef*>(data.data());
    zs.avail_in = uInt(data.size());
    zs.next_out = out.data();
    zs.avail_out = uInt(out.size());
    deflate(&zs, last ? Z_FINISH : Z_FULL_FLUSH);
    out.resize(zs.total_out);
    deflateEnd(&zs);
    return out;
}

} // namespace

QByteArray PngEncoder::encode(const QImage& source, const Options& options)
{
    if (source.isNull())
        return {};
    const QImage img = source.convertToFormat(source.hasAlphaChannel() ? QImage::Format_ARGB32
                                                                       : QImage::Format_RGB32);
    bool opaque = !img.hasAlphaChannel();
    if (!opaque) {
        opaque = true;
        for (int y = 0; y < img.height() && opaque; ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
            for (int x = 0; x < img.width() && opaque; ++x)
                opaque = qAlpha(line[x]) == 255;
        }
    }
    const int channels = opaque ? 3 : 4;

    // Two halves, filtered and deflated in parallel.
    const int mid = img.height() / 2;
    std::vector<Bytef> rawA, rawB, zA, zB;
    std::thread worker([&] {
        rawB = filterRows(img, mid, img.height(), channels);
        zB = deflatePart(rawB, options.level, true);
    });
    rawA = filterRows(img, 0, mid, channels);
    zA = deflatePart(rawA, options.level, false);
    worker.join();
    const uLong adler = adler32_combine(
        adler32(adler32(0, nullptr, 0), rawA.data(), uInt(rawA.size())),
        adler32(adler32(0, nullptr, 0), rawB.data(), uInt(rawB.size())), z_off_t(rawB.size()));

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    QByteArray ihdr;
    putU32(ihdr, quint32(img.width()));
    putU32(ihdr, quint32(img.height()));
    ihdr.append(char(8))
        .append(char(opaque ? 2 : 6))
        .append(char(0))
        .append(char(0))
        .append(char(0));
    chunk(png, "IHDR", ihdr);
    QByteArray phys;
    const auto ppm = quint32(std::lround(options.dpi / 0.0254));
    putU32(phys, ppm);
    putU32(phys, ppm);
    phys.append(char(1));
    chunk(png, "pHYs", phys);
    for (auto it = options.text.begin(); it != options.text.end(); ++it) {
        // iTXt: keyword, NUL, uncompressed, method, empty language and translated keyword, UTF-8.
        QByteArray t = it.key().toLatin1().left(79);
        t.append('\0').append('\0').append('\0').append('\0').append('\0').append(
            it.value().toUtf8());
        chunk(png, "iTXt", t);
    }
    QByteArray idat;
    idat.reserve(qsizetype(zA.size() + zB.size() + 6));
    idat.append(char(0x78)).append(char(0x01)); // zlib header: deflate, 32K window
    idat.append(reinterpret_cast<const char*>(zA.data()), qsizetype(zA.size()));
    idat.append(reinterpret_cast<const char*>(zB.data()), qsizetype(zB.size()));
    putU32(idat, quint32(adler));
    chunk(png, "IDAT", idat);
    chunk(png, "IEND", {});
    return png;
}

} // namespace frontier
