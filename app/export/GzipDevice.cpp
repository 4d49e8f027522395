#include "GzipDevice.h"

#include <zlib.h>

#include <array>

namespace tl {

struct GzipDevice::Stream {
    z_stream z{};
    bool ready = false;
};

GzipDevice::GzipDevice(QIODevice &target)
    : m_target(target)
    , m_stream(std::make_unique<Stream>()) {
    // 15 window bits + 16: a gzip header and trailer rather than zlib's.
    m_stream->ready = deflateInit2(&m_stream->z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8,
                                   Z_DEFAULT_STRATEGY) == Z_OK;
    open(QIODevice::WriteOnly);
}

GzipDevice::~GzipDevice() {
    if (m_stream->ready)
        deflateEnd(&m_stream->z);
}

bool GzipDevice::deflateSome(int flush) {
    std::array<char, 64 * 1024> out;
    int rc = Z_OK;
    do {
        m_stream->z.next_out = reinterpret_cast<Bytef *>(out.data());
        m_stream->z.avail_out = uInt(out.size());
        rc = deflate(&m_stream->z, flush);
        if (rc == Z_STREAM_ERROR)
            return false;
        const qint64 produced = qint64(out.size()) - m_stream->z.avail_out;
        if (produced > 0 && m_target.write(out.data(), produced) != produced)
            return false;
    } while (m_stream->z.avail_out == 0 || (flush == Z_FINISH && rc != Z_STREAM_END));
    return true;
}

qint64 GzipDevice::writeData(const char *data, qint64 size) {
    if (!m_stream->ready || m_finished)
        return -1;
    m_stream->z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data));
    m_stream->z.avail_in = uInt(size);
    return deflateSome(Z_NO_FLUSH) ? size : -1;
}

bool GzipDevice::finish() {
    if (!m_stream->ready || m_finished)
        return false;
    m_finished = true;
    m_stream->z.next_in = nullptr;
    m_stream->z.avail_in = 0;
    return deflateSome(Z_FINISH);
}

} // namespace tl
