#include "FuzzInput.h"

#include "ingest/Sniffer.h"

// Encoding, format, delimiter and header guessed from any bytes: a result or a clear refusal.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QString path = fuzz::writeTemp(data, size, size % 2 ? "csv" : "data");
    tl::SniffResult result;
    (void)tl::Sniffer::sniff(path, {}, result);
    return 0;
}
