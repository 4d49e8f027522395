#pragma once

#include "ingest/CsvParser.h"
#include "ingest/RecordReader.h"
#include "ingest/TextInput.h"

namespace tl {

// Reads delimited text (CSV, TSV, any one-byte delimiter) in any encoding TextInput decodes.
// Rows with a field count other than the header's, invalid UTF-8 or NUL bytes are reported
// with their line and left out.
class CsvReader : public RecordReader {
public:
    struct Options {
        QString encoding = QStringLiteral("UTF-8");
        int bomLength = 0;
        char delimiter = ',';
        bool hasHeader = true;
    };

    CsvReader(const QString &path, const Options &options);

    Status open() override;
    bool read(RecordBatch &batch, int maxRows) override;
    QStringList columnNames() const override { return m_columns; }
    qint64 bytesRead() const override { return m_input.bytesRead(); }

private:
    enum class Step { Record, Skipped, End };
    Step nextRecord(RecordBatch &batch);
    bool fill();
    void reportDecodeError();

    TextInput m_input;
    Options m_options;
    CsvParser m_parser;
    std::string m_buffer;
    std::size_t m_position = 0;
    std::size_t m_recordStart = 0; // where the last record read began, and its line
    qint64 m_recordLine = 1;
    bool m_eof = false;
    qint64 m_line = 1;
    QStringList m_columns;
    std::vector<CsvParser::Field> m_fields;
    bool m_decodeErrorReported = false;
};

} // namespace tl
