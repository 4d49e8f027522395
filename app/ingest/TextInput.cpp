#include "TextInput.h"

#include <QCoreApplication>

namespace tl {

TextInput::TextInput(const QString &path, const QString &encoding, int skipBytes)
    : m_file(path)
    , m_encoding(encoding)
    , m_skipBytes(skipBytes) {
    m_utf8 = encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0;
}

Status TextInput::open() {
    if (!m_file.open(QIODevice::ReadOnly))
        return Status::badInput(m_file.errorString());
    if (!m_utf8) {
        // EUC-KR files from Korean tools often hold CP949 extensions: decode with the superset.
        const bool eucKr = m_encoding.compare(QLatin1String("EUC-KR"), Qt::CaseInsensitive) == 0;
        m_decoder = QStringDecoder(eucKr ? "CP949" : m_encoding.toLatin1().constData());
        if (!m_decoder.isValid())
            return Status::badInput(
                QCoreApplication::translate("TextInput", "unknown encoding '%1'").arg(m_encoding));
    }
    if (m_skipBytes > 0) {
        m_file.read(m_skipBytes);
        m_bytesRead = m_skipBytes;
    }
    return Status::success();
}

bool TextInput::read(std::string &out, qint64 chunk) {
    if (m_utf8) {
        const std::size_t start = out.size();
        out.resize(start + std::size_t(chunk));
        const qint64 n = m_file.read(out.data() + start, chunk);
        out.resize(start + std::size_t(std::max<qint64>(n, 0)));
        if (n <= 0)
            return false;
        m_bytesRead += n;
        return true;
    }
    m_raw.resize(chunk);
    const qint64 n = m_file.read(m_raw.data(), chunk);
    if (n <= 0)
        return false;
    m_raw.resize(n);
    m_bytesRead += n;
    const QString text = m_decoder.decode(m_raw);
    if (m_decoder.hasError() && !m_decodeError) {
        // ICU substitutes U+001A, Qt's own decoders U+FFFD; the first one marks the bad bytes.
        qsizetype bad = text.indexOf(QChar(0xFFFD));
        const qsizetype sub = text.indexOf(QChar(0x1A));
        if (bad < 0 || (sub >= 0 && sub < bad))
            bad = sub;
        const qint64 line =
            m_linesDecoded + text.left(std::max<qsizetype>(bad, 0)).count(u'\n') + 1;
        m_decodeError = DecodeError{
            line, QCoreApplication::translate("TextInput", "bytes that are not valid %1")
                      .arg(m_encoding)};
    }
    m_linesDecoded += text.count(u'\n');
    const QByteArray utf8 = text.toUtf8();
    out.append(utf8.constData(), std::size_t(utf8.size()));
    return true;
}

} // namespace tl
