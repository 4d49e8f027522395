#include "FuzzInput.h"

#include "ingest/RecordProducer.h"

// Whole files through the readers the import uses (CSV, JSON array, NDJSON): each read makes
// progress and the file ends. The stray ',' that once looped forever was found here.
extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size < 1)
        return 0;
    const int kind = data[0] % 3;
    const QString path = fuzz::writeTemp(data + 1, size - 1, "in");
    tl::SniffResult sniff;
    sniff.format = kind == 0   ? tl::FileFormat::Csv
                   : kind == 1 ? tl::FileFormat::Json
                               : tl::FileFormat::Ndjson;
    sniff.delimiter = size > 1 && data[1] % 2 ? ';' : ',';
    auto reader = tl::RecordProducer::readerFor(path, sniff);
    if (!reader->open().ok())
        return 0;
    tl::RecordBatch batch;
    // A file of n bytes holds at most n records and n errors: more reads than that is a loop.
    for (std::size_t reads = 0; reads <= size + 2; ++reads) {
        const bool more = reader->read(batch, 64);
        (void)reader->takeErrors();
        if (!more)
            return 0;
    }
    __builtin_trap();
}
