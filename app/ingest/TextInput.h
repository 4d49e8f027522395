#pragma once

#include "core/Status.h"

#include <QFile>
#include <QString>
#include <QStringDecoder>

#include <optional>
#include <string>

namespace tl {

// Reads a file in chunks and hands out UTF-8, whatever the file's encoding. UTF-8 input passes
// through untouched (the fast path); anything else is decoded by name through QStringDecoder
// (ICU-backed in Debian's Qt: CP949, EUC-KR, UTF-16, …). A byte the encoding cannot decode is
// reported once with its line.
class TextInput {
public:
    struct DecodeError {
        qint64 line = 0;
        QString message;
    };

    // `encoding` is a name QStringDecoder knows; "UTF-8" selects the pass-through path.
    // `skipBytes` skips a byte-order mark.
    TextInput(const QString &path, const QString &encoding, int skipBytes);

    Status open();
    // Appends up to about `chunk` bytes of UTF-8 to `out`; false at end of input.
    bool read(std::string &out, qint64 chunk);

    qint64 bytesRead() const { return m_bytesRead; }
    qint64 size() const { return m_file.size(); }
    const std::optional<DecodeError> &decodeError() const { return m_decodeError; }

private:
    QFile m_file;
    QString m_encoding;
    int m_skipBytes = 0;
    bool m_utf8 = true;
    QStringDecoder m_decoder;
    qint64 m_bytesRead = 0;
    qint64 m_linesDecoded = 0;
    std::optional<DecodeError> m_decodeError;
    QByteArray m_raw;
};

} // namespace tl
