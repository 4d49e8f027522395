#include "CsvReader.h"

#include "ingest/Utf8.h"

#include <QCoreApplication>

namespace tl {

namespace {
constexpr qint64 kChunk = 1 << 20;

QString tr(const char *text) {
    return QCoreApplication::translate("tl::CsvReader", text);
}
} // namespace

CsvReader::CsvReader(const QString &path, const Options &options)
    : m_input(path, options.encoding, options.bomLength)
    , m_options(options)
    , m_parser(options.delimiter) {
}

Status CsvReader::open() {
    if (Status s = m_input.open(); !s)
        return s;
    // The header: the first record's fields (or column_N names when the file has none).
    RecordBatch header;
    Step step = Step::Skipped;
    while (step == Step::Skipped)
        step = nextRecord(header);
    if (step == Step::End) {
        if (!m_errors.empty())
            return Status::badInput(QStringLiteral("line %1: %2")
                                        .arg(m_errors.front().line)
                                        .arg(m_errors.front().message));
        return Status::badInput(
            tr("the file holds no records: its %1 lines are all blank").arg(m_line - 1));
    }
    QStringList raw;
    for (int i = 0; i < header.columnCount; ++i)
        raw.append(m_options.hasHeader ? QString::fromUtf8(header.text(header.at(0, i)))
                                       : QString());
    m_columns = uniqueColumnNames(raw);
    if (!m_options.hasHeader) {
        // The first record is data: read it again on the first read().
        m_position = m_recordStart;
        m_line = m_recordLine;
    }
    return Status::success();
}

bool CsvReader::fill() {
    if (m_eof)
        return false;
    if (m_position > 0) {
        m_buffer.erase(0, m_position);
        m_position = 0;
    }
    // Grow the read when one record is larger than what is buffered (a 5 MB field).
    const qint64 chunk = std::max<qint64>(kChunk, qint64(m_buffer.size()));
    if (!m_input.read(m_buffer, chunk))
        m_eof = true;
    reportDecodeError();
    return true;
}

void CsvReader::reportDecodeError() {
    if (m_decodeErrorReported || !m_input.decodeError())
        return;
    m_decodeErrorReported = true;
    m_errors.push_back({m_input.decodeError()->line, m_input.decodeError()->message, false, true});
}

CsvReader::Step CsvReader::nextRecord(RecordBatch &batch) {
    for (;;) {
        std::size_t consumed = 0;
        int newlines = 0;
        const std::size_t arenaStart = batch.arena.size();
        const std::string_view input(m_buffer.data() + m_position, m_buffer.size() - m_position);
        const auto result = m_parser.parse(input, m_eof, consumed, batch.arena, m_fields, newlines);
        switch (result) {
        case CsvParser::Result::NeedMore:
            if (qint64(input.size()) > kMaxRecordBytes) {
                m_errors.push_back({m_line,
                                    tr("a record is larger than %1 MB (a quote that never "
                                       "closes?)")
                                        .arg(kMaxRecordBytes >> 20),
                                    true});
                m_position = m_buffer.size();
                return Step::End;
            }
            fill();
            continue;
        case CsvParser::Result::End:
            return Step::End;
        case CsvParser::Result::UnterminatedQuote:
            m_errors.push_back(
                {m_line, tr("a quoted field never closes (the quote opens on this line)"), true});
            m_position = m_buffer.size();
            return Step::End;
        case CsvParser::Result::Record:
            break;
        }
        const qint64 line = m_line;
        m_recordStart = m_position;
        m_recordLine = m_line;
        m_position += consumed;
        m_line += newlines;
        const std::string_view bytes(batch.arena.data() + arenaStart,
                                     batch.arena.size() - arenaStart);
        // A blank line is not a record.
        if (m_fields.size() == 1 && m_fields[0].length == 0) {
            continue;
        }
        if (const std::size_t bad = utf8::firstInvalid(bytes); bad != std::string_view::npos) {
            const unsigned char byte = static_cast<unsigned char>(bytes[bad]);
            batch.arena.resize(arenaStart);
            const QString hex = QString::number(byte, 16).toUpper().rightJustified(2, u'0');
            m_errors.push_back({line,
                                byte == 0 ? tr("NUL byte in the text")
                                          : tr("invalid UTF-8 (byte 0x%1): the file is in another "
                                               "encoding; choose it")
                                                .arg(hex),
                                false});
            return Step::Skipped;
        }
        const int expected = m_columns.isEmpty() ? int(m_fields.size()) : int(m_columns.size());
        if (int(m_fields.size()) != expected) {
            batch.arena.resize(arenaStart);
            m_errors.push_back(
                {line, tr("expected %1 fields, found %2").arg(expected).arg(m_fields.size()),
                 false});
            return Step::Skipped;
        }
        if (batch.columnCount == 0)
            batch.columnCount = expected;
        for (const auto &field : m_fields) {
            RecordBatch::Cell cell;
            cell.kind = RecordBatch::Kind::Text;
            cell.offset = field.offset;
            cell.length = field.length;
            batch.cells.push_back(cell);
        }
        batch.lines.push_back(line);
        return Step::Record;
    }
}

bool CsvReader::read(RecordBatch &batch, int maxRows) {
    batch.clear();
    batch.columnCount = int(m_columns.size());
    // Errors travel with batches: a file of bad records hands them over in bounded groups.
    while (batch.rowCount() < maxRows && m_errors.size() < kMaxErrorsPerBatch) {
        if (nextRecord(batch) == Step::End)
            return false;
    }
    return true;
}

} // namespace tl
