// libFuzzer target: Date::parse on arbitrary bytes (see DateFuzzCheck.h).
#include "DateFuzzCheck.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString broken = frontier::fuzz::checkDateParse(
        QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    if (!broken.isEmpty()) {
        std::fprintf(stderr, "Date::parse: %s\n", qPrintable(broken));
        std::abort();
    }
    return 0;
}
