#pragma once

#include "ingest/JsonRecordParser.h"
#include "ingest/RecordReader.h"
#include "ingest/TextInput.h"

#include <deque>
#include <string>
#include <unordered_map>

namespace tl {

// Streams records out of a JSON array of objects (the IMDb review files are one array of
// >1 GB) or NDJSON, holding one record in memory at a time. Columns come from the keys of a
// sample of records: nested objects flatten to parent.child, arrays of scalars with one fixed
// length n become name_1 … name_n, other arrays stay JSON text. Keys that appear later add
// columns.
class JsonReader : public RecordReader {
public:
    enum class Layout { Array, Lines };
    static constexpr int kSampleRecords = 1000;
    static constexpr int kMaxFlattenedArray = 16;
    // Stray punctuation between records, in a row, before the file is judged not JSON.
    static constexpr int kMaxStrayInARow = 1 << 16;

    JsonReader(const QString &path, Layout layout, const QString &encoding, int bomLength);

    Status open() override;
    bool read(RecordBatch &batch, int maxRows) override;
    QStringList columnNames() const override { return m_columnNames; }
    qint64 bytesRead() const override { return m_input.bytesRead(); }

private:
    enum class Top { BeforeArray, ValueOrEnd, AfterValue, AfterArray, Lines };
    enum class Split { Record, NotObject, End, Fatal };
    enum class Next { Record, Error, End };

    struct KeyColumns {
        int column = -1;    // scalar values (or JSON text of arrays that do not flatten)
        int firstFlat = -1; // name_1 … name_n when the key's arrays flatten
        int flatLength = 0;
    };

    struct Sampled {
        JsonRecordParser::Record record;
        qint64 line;
    };

    Split splitRecord();
    bool fill();
    Next nextParsed(JsonRecordParser::Record &record, qint64 &line);
    void planColumns();
    int addColumn(const std::string &name);
    int columnForKey(std::string_view key, bool isArray, std::uint32_t arrayLength, int &flatFirst);
    void emit(const JsonRecordParser::Record &record, qint64 line, RecordBatch &batch);

    TextInput m_input;
    Layout m_layout;
    Top m_top;
    std::string m_buffer;
    std::size_t m_position = 0;
    bool m_eof = false;
    bool m_finished = false; // the input ended (cleanly or not): nothing more to split
    qint64 m_line = 1;
    int m_strayInARow = 0;

    std::string_view m_recordText;
    qint64 m_recordLine = 0;

    JsonRecordParser m_parser;
    JsonRecordParser::Record m_record;
    std::deque<Sampled> m_sample;

    QStringList m_columnNames;
    UniqueColumnNamer m_namer;
    std::unordered_map<std::string, KeyColumns> m_keys;
};

} // namespace tl
