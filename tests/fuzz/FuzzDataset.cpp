// libFuzzer target: DatasetReader::read with one file of a small valid dataset replaced by the
// input (see DatasetFuzzFolder.h).
#include "DatasetFuzzFolder.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static frontier::fuzz::DatasetFuzzFolder folder(
        QStringLiteral(FRONTIER_TEST_DATA_DIR "/timeline/ordering"));
    const auto result = folder.read(
        QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!frontier::fuzz::isSensible(result)) {
        std::fprintf(stderr, "DatasetReader::read gave %s and %zu problems\n",
                     result.ok() ? "a dataset" : "no dataset", result.problems.size());
        for (const auto& p : result.problems)
            std::fprintf(stderr, "  %s\n", qPrintable(p.toString()));
        std::abort();
    }
    return 0;
}
