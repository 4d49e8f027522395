#include "JsonReader.h"

#include "ingest/ByteScan.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>

namespace tl {

namespace {
constexpr qint64 kChunk = 1 << 20;

QString tr(const char *text) {
    return QCoreApplication::translate("tl::JsonReader", text);
}

bool isSpace(char c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// From just after a string's opening quote to its closing quote (or past `end` when the
// string continues in the next read).
const char *skipStringBody(const char *p, const char *end) {
    for (;;) {
        p = bytescan::findQuoteOrBackslash(p, end);
        if (p >= end || *p == '"')
            return p;
        p += 2; // the escaped character
    }
}
} // namespace

JsonReader::JsonReader(const QString &path, Layout layout, const QString &encoding, int bomLength)
    : m_input(path, encoding, bomLength)
    , m_layout(layout)
    , m_top(layout == Layout::Array ? Top::BeforeArray : Top::Lines) {
}

bool JsonReader::fill() {
    if (m_eof)
        return false;
    if (m_position > 0) {
        m_buffer.erase(0, m_position);
        m_position = 0;
    }
    const qint64 chunk = std::max<qint64>(kChunk, qint64(m_buffer.size()));
    if (!m_input.read(m_buffer, chunk))
        m_eof = true;
    if (m_input.decodeError() && m_errors.empty())
        m_errors.push_back(
            {m_input.decodeError()->line, m_input.decodeError()->message, false, true});
    return true;
}

// Finds the next top-level value's bytes without parsing them: only strings and bracket depth
// are tracked, so any nesting depth costs a counter, not stack.
JsonReader::Split JsonReader::splitRecord() {
    if (m_finished)
        return Split::End;
    for (;;) {
        const char *const base = m_buffer.data();
        const char *const end = base + m_buffer.size();
        const char *p = base + m_position;
        qint64 line = m_line;
        Top top = m_top;
        bool incomplete = false;

        for (;;) {
            while (p < end && isSpace(*p)) {
                if (*p == '\n')
                    ++line;
                ++p;
            }
            if (p == end) {
                incomplete = true;
                break;
            }
            const char c = *p;
            if (top == Top::BeforeArray) {
                if (c != '[') {
                    m_errors.push_back({line, tr("expected a JSON array ('[')"), true});
                    m_finished = true;
                    return Split::Fatal;
                }
                ++p;
                top = Top::ValueOrEnd;
                continue;
            }
            if (top == Top::ValueOrEnd && c == ']') {
                ++p;
                top = Top::AfterArray;
                continue;
            }
            if (top == Top::AfterValue) {
                if (c == ',' || c == ']') {
                    ++p;
                    top = c == ',' ? Top::ValueOrEnd : Top::AfterArray;
                    continue;
                }
                m_errors.push_back({line, tr("expected ',' or ']' between records"), true});
                m_finished = true;
                return Split::Fatal;
            }
            if (top == Top::AfterArray) {
                m_errors.push_back(
                    {line, tr("unexpected text after the array's closing ']'"), true});
                m_finished = true;
                return Split::Fatal;
            }
            if (c == ',' || c == ']' || c == '}' || c == ':') {
                // Stray punctuation at record level ("{..}]" or a line holding ","): report it
                // and step over it, so every byte moves the reader forward.
                m_errors.push_back(
                    {line, tr("unexpected '%1' between records").arg(QLatin1Char(c)), false});
                ++p;
                m_position = std::size_t(p - base);
                m_line = line;
                if (++m_strayInARow >= kMaxStrayInARow) {
                    m_errors.push_back({line, tr("too much text that is not JSON records"), true});
                    m_finished = true;
                    return Split::Fatal;
                }
                continue;
            }
            break; // a value starts at p
        }

        bool inValue = false;
        if (!incomplete) {
            const char *start = p;
            const qint64 startLine = line;
            const char c = *p;
            if (c == '{' || c == '[') {
                long depth = 0;
                while (p < end) {
                    const char ch = *p;
                    if (ch == '"') {
                        p = skipStringBody(p + 1, end);
                        if (p >= end)
                            break;
                        ++p;
                        continue;
                    }
                    if (ch == '{' || ch == '[') {
                        ++depth;
                    } else if (ch == '}' || ch == ']') {
                        if (--depth == 0) {
                            ++p;
                            break;
                        }
                    } else if (ch == '\n') {
                        ++line;
                    }
                    ++p;
                }
                incomplete = depth != 0 || p > end;
            } else if (c == '"') {
                p = skipStringBody(p + 1, end);
                incomplete = p >= end;
                if (!incomplete)
                    ++p;
            } else {
                while (p < end && !isSpace(*p) && *p != ',' && *p != ']')
                    ++p;
                incomplete = p == end && !m_eof;
            }
            if (!incomplete) {
                m_strayInARow = 0;
                m_recordText = std::string_view(start, std::size_t(p - start));
                m_recordLine = startLine;
                m_line = line;
                m_position = std::size_t(p - base);
                m_top = top == Top::Lines ? Top::Lines : Top::AfterValue;
                return Split::Record;
            }
            inValue = true;
            line = startLine;
            // A record must end within the limit, or the buffer would grow with the file.
            if (qint64(end - start) > kMaxRecordBytes) {
                m_errors.push_back(
                    {startLine,
                     tr("a record is larger than %1 MB (a bracket or quote that never closes?)")
                         .arg(kMaxRecordBytes >> 20),
                     true});
                m_position = m_buffer.size();
                m_finished = true;
                return Split::Fatal;
            }
        }

        if (!m_eof) {
            fill();
            continue;
        }
        // End of input: fine between NDJSON records or after the array's ']', else truncated.
        m_position = m_buffer.size();
        m_finished = true;
        m_line = line;
        if (!inValue && (top == Top::Lines || top == Top::AfterArray))
            return Split::End;
        m_errors.push_back({line,
                            inValue ? tr("the JSON ends inside a record (truncated file?)")
                                    : tr("the JSON array ends early (truncated file?)"),
                            true});
        return Split::Fatal;
    }
}

JsonReader::Next JsonReader::nextParsed(JsonRecordParser::Record &record, qint64 &line) {
    if (splitRecord() != Split::Record)
        return Next::End;
    std::string error;
    std::size_t offset = 0;
    if (m_parser.parse(m_recordText, record, error, offset)) {
        line = m_recordLine;
        return Next::Record;
    }
    const auto before = m_recordText.substr(0, std::min(offset, m_recordText.size()));
    const qint64 errorLine = m_recordLine + std::count(before.begin(), before.end(), '\n');
    m_errors.push_back({errorLine, QString::fromStdString(error), false});
    return Next::Error;
}

Status JsonReader::open() {
    if (Status s = m_input.open(); !s)
        return s;
    Sampled sampled;
    while (int(m_sample.size()) < kSampleRecords) {
        const Next next = nextParsed(sampled.record, sampled.line);
        if (next == Next::End || (m_sample.empty() && m_errors.size() >= kMaxErrorsPerBatch))
            break;
        if (next == Next::Record)
            m_sample.push_back(sampled);
    }
    if (m_sample.empty()) {
        if (!m_errors.empty())
            return Status::badInput(QStringLiteral("line %1: %2")
                                        .arg(m_errors.front().line)
                                        .arg(m_errors.front().message));
        return Status::badInput(
            m_layout == Layout::Array
                ? tr("the file holds no records: the JSON array is empty (line %1)").arg(m_line)
                : tr("the file holds no records: its %1 lines hold no JSON value").arg(m_line));
    }
    planColumns();
    return Status::success();
}

int JsonReader::addColumn(const std::string &name) {
    m_columnNames.append(m_namer.add(QString::fromStdString(name)));
    return int(m_columnNames.size()) - 1;
}

void JsonReader::planColumns() {
    struct Shape {
        int order = 0;
        bool scalar = false;
        bool array = false;
        bool fixedLength = true;
        std::uint32_t length = 0;
    };
    std::map<std::string, Shape, std::less<>> shapes;
    int order = 0;
    for (const Sampled &s : m_sample) {
        for (const auto &entry : s.record.entries) {
            auto [it, inserted] = shapes.try_emplace(std::string(s.record.key(entry)));
            Shape &shape = it->second;
            if (inserted)
                shape.order = order++;
            if (entry.isArray) {
                if (shape.array && shape.length != entry.elementCount)
                    shape.fixedLength = false;
                shape.array = true;
                shape.length = entry.elementCount;
            } else {
                shape.scalar = true;
            }
        }
    }
    std::vector<std::pair<int, std::string>> ordered;
    for (const auto &[key, shape] : shapes)
        ordered.emplace_back(shape.order, key);
    std::sort(ordered.begin(), ordered.end());
    for (const auto &[_, key] : ordered) {
        const Shape &shape = shapes.find(key)->second;
        KeyColumns columns;
        if (shape.array && !shape.scalar && shape.fixedLength && shape.length >= 1 &&
            shape.length <= kMaxFlattenedArray) {
            columns.flatLength = int(shape.length);
            for (std::uint32_t i = 1; i <= shape.length; ++i) {
                const int index = addColumn(key + "_" + std::to_string(i));
                if (i == 1)
                    columns.firstFlat = index;
            }
        } else {
            columns.column = addColumn(key);
        }
        m_keys.emplace(key, columns);
    }
}

void JsonReader::emit(const JsonRecordParser::Record &record, qint64 line, RecordBatch &batch) {
    const int row = batch.rowCount();
    batch.lines.push_back(line);
    batch.cells.resize(batch.cells.size() + std::size_t(batch.columnCount));
    auto put = [&](int column, const JsonRecordParser::Value &value) {
        if (column >= batch.columnCount)
            batch.widenTo(int(m_columnNames.size()));
        RecordBatch::Cell &cell = batch.at(row, column);
        if (value.kind == RecordBatch::Kind::Null || value.kind == RecordBatch::Kind::True ||
            value.kind == RecordBatch::Kind::False) {
            cell.kind = value.kind;
            return;
        }
        cell = batch.appendText(record.text(value), value.kind);
    };
    for (const auto &entry : record.entries) {
        const std::string_view key = record.key(entry);
        auto it = m_keys.find(std::string(key));
        if (it == m_keys.end())
            it = m_keys.emplace(std::string(key), KeyColumns{}).first;
        KeyColumns &columns = it->second;
        if (entry.isArray && columns.firstFlat >= 0 &&
            columns.flatLength == int(entry.elementCount)) {
            for (std::uint32_t i = 0; i < entry.elementCount; ++i)
                put(columns.firstFlat + int(i), record.elements[entry.firstElement + i]);
            continue;
        }
        if (columns.column < 0)
            columns.column = addColumn(std::string(key));
        put(columns.column, entry.value);
    }
}

bool JsonReader::read(RecordBatch &batch, int maxRows) {
    batch.clear();
    batch.columnCount = int(m_columnNames.size());
    while (batch.rowCount() < maxRows && !m_sample.empty()) {
        emit(m_sample.front().record, m_sample.front().line, batch);
        m_sample.pop_front();
    }
    qint64 line = 0;
    // Errors travel with batches: a file of bad records hands them over in bounded groups.
    while (batch.rowCount() < maxRows && m_errors.size() < kMaxErrorsPerBatch) {
        const Next next = nextParsed(m_record, line);
        if (next == Next::End)
            return false;
        if (next == Next::Record)
            emit(m_record, line, batch);
    }
    return true;
}

} // namespace tl
