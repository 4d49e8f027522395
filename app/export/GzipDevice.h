#pragma once

#include <QIODevice>

#include <memory>

namespace tl {

// A write-only device that gzips what is written to it into another device (a file an export
// writes), for `.csv.gz` parts that Spark, Hive, pandas and DuckDB read as they are.
// finish() writes the gzip trailer; a device dropped without it leaves a truncated stream,
// which is what a cancelled export throws away anyway.
class GzipDevice : public QIODevice {
    Q_OBJECT
public:
    explicit GzipDevice(QIODevice &target);
    ~GzipDevice() override;

    // Flushes the stream and writes the trailer; false when the target refused a write.
    bool finish();

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    bool deflateSome(int flush);

    struct Stream;
    QIODevice &m_target;
    std::unique_ptr<Stream> m_stream;
    bool m_finished = false;
};

} // namespace tl
