#include "RecordProducer.h"

#include "ingest/CsvReader.h"
#include "ingest/JsonReader.h"
#include "ingest/TypeInference.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tl {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("tl::RecordProducer", text);
}
} // namespace

std::unique_ptr<RecordReader> RecordProducer::readerFor(const QString &path,
                                                        const SniffResult &sniff) {
    switch (sniff.format) {
    case FileFormat::Csv:
        return std::make_unique<CsvReader>(
            path,
            CsvReader::Options{sniff.encoding, sniff.bomLength, sniff.delimiter, sniff.hasHeader});
    case FileFormat::Json:
        return std::make_unique<JsonReader>(path, JsonReader::Layout::Array, sniff.encoding,
                                            sniff.bomLength);
    case FileFormat::Ndjson:
        return std::make_unique<JsonReader>(path, JsonReader::Layout::Lines, sniff.encoding,
                                            sniff.bomLength);
    }
    return nullptr;
}

void RecordProducer::run() {
    for (const Input &input : m_inputs) {
        if (!produceFile(input))
            break;
        m_firstFile = false;
        m_bytesBefore += QFileInfo(input.path).size();
    }
    ImportMessage last;
    last.end = true;
    last.columns = m_converter.columns();
    last.bytesDone = m_bytesBefore;
    m_queue.push(std::move(last));
}

Status RecordProducer::mapColumns(const QStringList &names, const RecordBatch &sample,
                                  const QString &file) {
    if (names.size() > kMaxColumns)
        return Status::badInput(tr("%1: %2 columns, more than the %3 a dataset can have")
                                    .arg(file)
                                    .arg(names.size())
                                    .arg(kMaxColumns));
    for (qsizetype i = qsizetype(m_mapping.size()); i < names.size(); ++i) {
        if (names[i].size() > kMaxColumnName)
            return Status::badInput(tr("%1: column %2's name is %3 characters long, more than "
                                       "%4 (is the first line really a header? read it as data)")
                                        .arg(file)
                                        .arg(i + 1)
                                        .arg(names[i].size())
                                        .arg(kMaxColumnName));
    }
    if (m_knownByName.size() != m_converter.columns().size()) {
        m_knownByName.clear();
        const Columns &known = m_converter.columns();
        for (qsizetype k = 0; k < known.size(); ++k)
            m_knownByName.insert(known[k].name.toLower(), int(k));
    }
    for (qsizetype i = qsizetype(m_mapping.size()); i < names.size(); ++i) {
        int target = m_knownByName.value(names[i].toLower(), -1);
        if (target < 0) {
            TypeInference inference;
            if (i < sample.columnCount) {
                for (int row = 0; row < sample.rowCount(); ++row) {
                    const auto &cell = sample.at(row, int(i));
                    inference.observe(cell.kind, sample.text(cell));
                }
            }
            Column column;
            column.name = names[i];
            column.type = inference.type();
            if (m_firstFile && i < m_overrides.size() && m_overrides[i].type)
                column.type = *m_overrides[i].type;
            else if (const auto it = m_typesByName.constFind(column.name);
                     it != m_typesByName.cend())
                column.type = *it;
            column.role = inferRole(column.name, column.type, inference.averageTextLength());
            target = int(m_converter.columns().size());
            m_converter.addColumn(column);
            m_knownByName.insert(column.name.toLower(), target);
        }
        m_mapping.push_back(target);
    }
    return Status::success();
}

RecordBatch RecordProducer::remap(RecordBatch &batch) const {
    bool identity = int(m_mapping.size()) == int(m_converter.columns().size());
    for (std::size_t i = 0; identity && i < m_mapping.size(); ++i)
        identity = m_mapping[i] == int(i);
    if (identity && batch.columnCount == int(m_mapping.size()))
        return std::move(batch);
    RecordBatch out;
    out.arena = std::move(batch.arena);
    out.lines = std::move(batch.lines);
    out.columnCount = int(m_converter.columns().size());
    out.cells.resize(std::size_t(out.rowCount()) * out.columnCount);
    for (int row = 0; row < out.rowCount(); ++row) {
        for (int column = 0; column < batch.columnCount; ++column)
            out.at(row, m_mapping[column]) =
                batch.cells[std::size_t(row) * batch.columnCount + column];
    }
    return out;
}

bool RecordProducer::produceFile(const Input &input) {
    const QString name = QFileInfo(input.path).fileName();
    m_mapping.clear();
    auto reader = readerFor(input.path, input.sniff);
    if (Status s = reader->open(); !s) {
        ImportMessage message;
        message.file = name;
        message.failure = Status::badInput(QStringLiteral("%1: %2").arg(name, s.message()));
        message.errors = reader->takeErrors();
        m_queue.push(std::move(message));
        return false;
    }
    // Each batch starts with the room the one before needed: growing a batch's arena from
    // nothing copied every byte of the file about twice more.
    std::size_t arenaBytes = 0;
    for (;;) {
        if (m_cancelled)
            return false;
        RecordBatch batch = m_pool ? m_pool->take() : RecordBatch();
        batch.arena.reserve(arenaBytes + arenaBytes / 8);
        const bool more = reader->read(batch, m_batchRows);
        arenaBytes = batch.arena.size();
        ImportMessage message;
        message.file = name;
        message.errors = reader->takeErrors();
        if (Status s = mapColumns(namesOf(*reader), batch, name); !s) {
            message.failure = s;
            m_queue.push(std::move(message));
            return false;
        }
        message.batch = remap(batch);
        m_converter.convert(message.batch);
        message.columns = m_converter.columns();
        message.bytesDone = m_bytesBefore + reader->bytesRead();
        if (!m_queue.push(std::move(message)))
            return false;
        if (!more)
            return true;
    }
}

QStringList RecordProducer::namesOf(const RecordReader &reader) const {
    QStringList names = reader.columnNames();
    if (!m_firstFile || m_overrides.isEmpty())
        return names;
    for (qsizetype i = 0; i < names.size() && i < m_overrides.size(); ++i) {
        if (!m_overrides[i].name.trimmed().isEmpty())
            names[i] = m_overrides[i].name;
    }
    return uniqueColumnNames(names);
}

} // namespace tl
