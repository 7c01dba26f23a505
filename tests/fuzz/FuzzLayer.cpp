// libFuzzer target: OverlayReader::read on CSV, GeoJSON and GeoJSONSeq bytes (see LayerFuzzFile.h).
#include "LayerFuzzFile.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static frontier::fuzz::LayerFuzzFile file;
    const auto result = file.read(
        QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!frontier::fuzz::isSensible(result)) {
        std::fprintf(stderr, "OverlayReader::read gave %s and %zu problems\n",
                     result.overlay ? "a layer" : "no layer", result.problems.size());
        for (const auto& p : result.problems)
            std::fprintf(stderr, "  %s\n", qPrintable(p.toString()));
        std::abort();
    }
    return 0;
}
