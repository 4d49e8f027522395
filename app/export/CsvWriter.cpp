#include "CsvWriter.h"

#include <QLocale>

namespace tl {

CsvWriter::CsvWriter(QIODevice &device, const QString &encoding)
    : m_device(device)
    , m_encoding(encoding)
    , m_utf8(encoding.compare(QLatin1String("UTF-8"), Qt::CaseInsensitive) == 0 ||
             encoding.compare(QLatin1String("utf8"), Qt::CaseInsensitive) == 0) {
    if (!m_utf8)
        m_encoder = QStringEncoder(encoding.toLatin1().constData());
}

QString CsvWriter::field(const QString &value) {
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', QLatin1String("\"\""));
    return u'"' + quoted + u'"';
}

void CsvWriter::writeRow(const QVariantList &values) {
    QStringList fields;
    fields.reserve(values.size());
    for (const QVariant &v : values) {
        if (v.isNull())
            fields.append(QString());
        else if (v.typeId() == QMetaType::Double)
            fields.append(QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest));
        else
            fields.append(v.toString());
    }
    writeRow(fields);
}

void CsvWriter::writeRow(const QStringList &values) {
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(values[i]);
    }
    line += QLatin1String("\r\n");
    writeText(line);
}

void CsvWriter::writeText(const QString &line) {
    if (m_utf8) {
        m_device.write(line.toUtf8());
        return;
    }
    QByteArray bytes = m_encoder.encode(line);
    if (m_encoder.hasError()) {
        // Count what did not fit, then reset the encoder's error for the next row.
        for (QChar c : line) {
            QStringEncoder probe(m_encoding.toLatin1().constData());
            if (!probe.isValid())
                break;
            (void)probe.encode(QString(c));
            m_unencodable += probe.hasError() ? 1 : 0;
        }
        m_encoder = QStringEncoder(m_encoding.toLatin1().constData());
    }
    m_device.write(bytes);
}

} // namespace tl
