#pragma once

#include <QIODevice>
#include <QStringEncoder>
#include <QVariant>

namespace tl {

// Writes RFC 4180 CSV (CRLF line ends, quotes only where needed) in UTF-8 or any encoding
// QStringEncoder knows (CP949 for Korean Excel). Characters the encoding cannot hold are
// counted, so the caller can say so instead of silently writing '?'.
class CsvWriter {
public:
    CsvWriter(QIODevice &device, const QString &encoding = QStringLiteral("UTF-8"));

    bool isValid() const { return m_utf8 || m_encoder.isValid(); }
    void writeRow(const QVariantList &values);
    void writeRow(const QStringList &values);
    qint64 unencodable() const { return m_unencodable; }

    static QString field(const QString &value);

private:
    void writeText(const QString &line);

    QIODevice &m_device;
    QString m_encoding;
    bool m_utf8;
    QStringEncoder m_encoder;
    qint64 m_unencodable = 0;
};

} // namespace tl
