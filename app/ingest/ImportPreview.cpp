#include "ImportPreview.h"

#include "ingest/ColumnConverter.h"

#include "ingest/RecordProducer.h"
#include "ingest/TextInput.h"
#include "ingest/TypeInference.h"

#include <QFileInfo>
#include <QLocale>

namespace tl {

namespace {

QString rawLines(const QString &path, const SniffResult &sniff) {
    TextInput input(path, sniff.encoding, sniff.bomLength);
    if (!input.open())
        return {};
    std::string utf8;
    input.read(utf8, Sniffer::kSampleBytes);
    QString text = QString::fromUtf8(utf8);
    qsizetype at = -1;
    for (int line = 0; line < ImportPreview::kRawLines; ++line) {
        at = text.indexOf(u'\n', at + 1);
        if (at < 0)
            return text;
    }
    text.truncate(at);
    return text;
}

// A converted cell as the table will show it.
QString storedText(const RecordBatch &batch, const RecordBatch::Cell &cell) {
    switch (cell.kind) {
    case RecordBatch::Kind::Null:
        return QString();
    case RecordBatch::Kind::Integer:
        return QString::number(cell.integer);
    case RecordBatch::Kind::Real:
        return QString::number(cell.real, 'g', QLocale::FloatingPointShortest);
    case RecordBatch::Kind::True:
        return QStringLiteral("true");
    case RecordBatch::Kind::False:
        return QStringLiteral("false");
    default: {
        const std::string_view text = batch.text(cell);
        return QString::fromUtf8(text.data(), qsizetype(text.size()));
    }
    }
}

} // namespace

Status ImportPreview::build(const QString &path, const SniffOptions &options, int maxRows,
                            ImportPreview &out) {
    out = ImportPreview{};
    if (Status s = Sniffer::sniff(path, options, out.sniff); !s)
        return s;
    out.rawText = rawLines(path, out.sniff);

    auto reader = RecordProducer::readerFor(path, out.sniff);
    if (Status s = reader->open(); !s)
        return Status::badInput(
            QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), s.message()));
    RecordBatch batch;
    out.moreRows = reader->read(batch, maxRows);
    const QStringList names = reader->columnNames();
    batch.widenTo(int(names.size()));
    for (const RecordError &e : reader->takeErrors())
        out.problems.append(QStringLiteral("line %1: %2").arg(e.line).arg(e.message));

    std::vector<TypeInference> inference(std::size_t(names.size()));
    for (int row = 0; row < batch.rowCount(); ++row) {
        for (int column = 0; column < int(names.size()); ++column) {
            const RecordBatch::Cell &cell = batch.at(row, column);
            inference[std::size_t(column)].observe(cell.kind, batch.text(cell));
        }
    }
    Columns columns;
    for (int column = 0; column < int(names.size()); ++column) {
        const TypeInference &types = inference[std::size_t(column)];
        Column c;
        c.name = names[column];
        c.type = types.type();
        c.role = inferRole(c.name, c.type, types.averageTextLength());
        columns.append(c);
    }
    // The rows as the import will store them ("11 July 2019" as 2019-07-11), not as written:
    // the raw text shows that.
    ColumnConverter converter(columns);
    converter.convert(batch);
    out.columns = converter.columns();
    for (int row = 0; row < batch.rowCount(); ++row) {
        QStringList values;
        values.reserve(names.size());
        for (int column = 0; column < int(names.size()); ++column)
            values.append(storedText(batch, batch.at(row, column)));
        out.rows.append(values);
    }
    return Status::success();
}

} // namespace tl
