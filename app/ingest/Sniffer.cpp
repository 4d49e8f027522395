#include "Sniffer.h"

#include "ingest/CsvParser.h"
#include "ingest/TypeInference.h"
#include "ingest/Utf8.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::Sniffer", text);
}

using Records = std::vector<std::vector<std::string>>;

Records parseSample(std::string_view sample, char delimiter, bool complete, std::size_t limit) {
    Records records;
    CsvParser parser(delimiter);
    std::string arena;
    std::vector<CsvParser::Field> fields;
    std::size_t position = 0;
    while (records.size() < limit) {
        std::size_t consumed = 0;
        int newlines = 0;
        arena.clear();
        const auto result =
            parser.parse(sample.substr(position), complete, consumed, arena, fields, newlines);
        if (result != CsvParser::Result::Record)
            break;
        position += consumed;
        if (fields.size() == 1 && fields[0].length == 0)
            continue;
        std::vector<std::string> record;
        for (const auto &f : fields)
            record.emplace_back(arena.substr(f.offset, f.length));
        records.push_back(std::move(record));
    }
    return records;
}

bool looksUtf16(const QByteArray &sample, bool &littleEndian) {
    const qsizetype n = std::min<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return false;
    qsizetype evenZeros = 0, oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += sample[i] == 0;
        oddZeros += sample[i + 1] == 0;
    }
    const qsizetype pairs = n / 2;
    if (oddZeros > pairs * 4 / 10 && evenZeros <= pairs / 20) {
        littleEndian = true;
        return true;
    }
    if (evenZeros > pairs * 4 / 10 && oddZeros <= pairs / 20) {
        littleEndian = false;
        return true;
    }
    return false;
}

bool decodesCleanly(const QByteArray &sample, const char *encoding) {
    QStringDecoder decoder(encoding);
    if (!decoder.isValid())
        return false;
    // Drop a possibly cut last character: the sample ends wherever 64 KB ends.
    const QString text = decoder.decode(sample.left(std::max<qsizetype>(0, sample.size() - 1)));
    return !decoder.hasError();
}

} // namespace

QString formatName(FileFormat format) {
    switch (format) {
    case FileFormat::Csv:
        return QStringLiteral("csv");
    case FileFormat::Json:
        return QStringLiteral("json");
    case FileFormat::Ndjson:
        return QStringLiteral("ndjson");
    }
    return {};
}

std::optional<FileFormat> fileFormatFromString(const QString &text) {
    if (text == QLatin1String("csv") || text == QLatin1String("tsv"))
        return FileFormat::Csv;
    if (text == QLatin1String("json"))
        return FileFormat::Json;
    if (text == QLatin1String("ndjson") || text == QLatin1String("jsonl"))
        return FileFormat::Ndjson;
    return std::nullopt;
}

qsizetype Sniffer::binaryOffset(const QByteArray &sample) {
    // Text may hold a stray NUL or control byte (reported on its line later); binary data is
    // full of them.
    qsizetype suspicious = 0;
    qsizetype first = -1;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const auto c = static_cast<unsigned char>(sample[i]);
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
            ++suspicious;
            if (first < 0)
                first = i;
        }
    }
    return suspicious * 20 > sample.size() ? first : -1;
}

QString Sniffer::detectEncoding(const QByteArray &sample, int &bomLength) {
    bomLength = 0;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        bomLength = 3;
        return QStringLiteral("UTF-8");
    }
    if (sample.startsWith("\xFF\xFE")) {
        bomLength = 2;
        return QStringLiteral("UTF-16LE");
    }
    if (sample.startsWith("\xFE\xFF")) {
        bomLength = 2;
        return QStringLiteral("UTF-16BE");
    }
    bool littleEndian = true;
    if (looksUtf16(sample, littleEndian))
        return littleEndian ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
    const std::string_view bytes(sample.constData(), std::size_t(sample.size()));
    if (utf8::firstInvalid(bytes, true) == std::string_view::npos)
        return QStringLiteral("UTF-8");
    // Korean Excel exports: EUC-KR when it is enough, else its superset CP949.
    if (decodesCleanly(sample, "EUC-KR"))
        return QStringLiteral("EUC-KR");
    if (decodesCleanly(sample, "CP949"))
        return QStringLiteral("CP949");
    return QStringLiteral("UTF-8"); // bad bytes are then reported line by line
}

char Sniffer::detectDelimiter(std::string_view sample, bool complete, char preferred) {
    char best = preferred;
    double bestConsistency = 0;
    std::size_t bestFields = 1;
    std::string candidates = ",;\t|";
    // The preferred one (from the extension) wins ties.
    candidates.erase(std::remove(candidates.begin(), candidates.end(), preferred),
                     candidates.end());
    candidates.insert(candidates.begin(), preferred);
    for (char candidate : candidates) {
        const Records records = parseSample(sample, candidate, complete, 50);
        if (records.empty())
            continue;
        std::map<std::size_t, int> counts;
        for (const auto &r : records)
            ++counts[r.size()];
        const auto mode = std::max_element(counts.begin(), counts.end(),
                                           [](auto &a, auto &b) { return a.second < b.second; });
        if (mode->first <= 1)
            continue;
        const double consistency = double(mode->second) / double(records.size());
        if (consistency > bestConsistency + 1e-9 ||
            (std::abs(consistency - bestConsistency) < 1e-9 && mode->first > bestFields)) {
            best = candidate;
            bestConsistency = consistency;
            bestFields = mode->first;
        }
    }
    return best;
}

bool Sniffer::detectHeader(std::string_view sample, char delimiter, bool complete) {
    const Records records = parseSample(sample, delimiter, complete, 50);
    if (records.size() < 2)
        return true;
    const auto &first = records.front();
    bool anyEvidence = false;
    for (std::size_t column = 0; column < first.size(); ++column) {
        std::uint8_t rest = TypeInference::All;
        bool restSeen = false;
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (column >= records[r].size() || records[r][column].empty())
                continue;
            rest &= TypeInference::classify(RecordBatch::Kind::Text, records[r][column]);
            restSeen = true;
        }
        if (!restSeen || rest == 0)
            continue; // a text column says nothing
        anyEvidence = true;
        const std::string &head = first[column];
        if (!head.empty() && (TypeInference::classify(RecordBatch::Kind::Text, head) & rest) == 0)
            return true;
    }
    if (anyEvidence)
        return false;
    // All text: a header has no empty names and none of them recurs below.
    for (std::size_t column = 0; column < first.size(); ++column) {
        if (first[column].empty())
            return false;
        for (std::size_t r = 1; r < records.size(); ++r) {
            if (column < records[r].size() && records[r][column] == first[column])
                return false;
        }
    }
    return true;
}

Status Sniffer::sniff(const QString &path, const SniffOptions &options, SniffResult &out) {
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::badInput(QStringLiteral("%1: %2").arg(path, file.errorString()));
    const QByteArray sample = file.read(kSampleBytes);
    const bool complete = file.atEnd();
    if (sample.isEmpty())
        return Status::badInput(tr("%1: the file is empty").arg(name));

    out = SniffResult{};
    const QString detected = detectEncoding(sample, out.bomLength);
    if (options.encoding.isEmpty()) {
        out.encoding = detected;
    } else {
        out.encoding = options.encoding;
        if (!QStringDecoder(options.encoding.toLatin1().constData()).isValid())
            return Status::badInput(tr("%1: unknown encoding '%2'").arg(name, options.encoding));
        if (detected.compare(options.encoding, Qt::CaseInsensitive) != 0)
            out.bomLength = 0;
    }
    if (!out.encoding.startsWith(QLatin1String("UTF-16"))) {
        const qsizetype binary = binaryOffset(sample);
        if (binary >= 0)
            return Status::badInput(
                tr("%1: byte %2: not a text file (binary data)").arg(name).arg(binary + 1));
    }

    QByteArray utf8;
    if (out.encoding == QLatin1String("UTF-8")) {
        utf8 = sample.mid(out.bomLength);
    } else {
        QStringDecoder decoder(out.encoding.toLatin1().constData());
        utf8 = QString(decoder.decode(sample.mid(out.bomLength))).toUtf8();
    }
    const std::string_view text(utf8.constData(), std::size_t(utf8.size()));

    const QString suffix = QFileInfo(path).suffix().toLower();
    qsizetype firstNonSpace = 0;
    while (firstNonSpace < utf8.size() && QChar::isSpace(uchar(utf8[firstNonSpace])))
        ++firstNonSpace;
    if (firstNonSpace == utf8.size())
        firstNonSpace = -1;
    const char firstChar = firstNonSpace >= 0 ? utf8[firstNonSpace] : '\0';
    if (options.format) {
        out.format = *options.format;
    } else if (suffix == QLatin1String("ndjson") || suffix == QLatin1String("jsonl")) {
        out.format = FileFormat::Ndjson;
    } else if (suffix == QLatin1String("json") ||
               (suffix != QLatin1String("csv") && suffix != QLatin1String("tsv") &&
                (firstChar == '[' || firstChar == '{'))) {
        out.format = firstChar == '{' ? FileFormat::Ndjson : FileFormat::Json;
    } else {
        out.format = FileFormat::Csv;
    }
    if (out.format != FileFormat::Csv) {
        if (firstChar == '<')
            return Status::badInput(
                tr("%1: line 1: expected JSON, found HTML or XML (starts with '%2')")
                    .arg(name, QString::fromUtf8(utf8.mid(firstNonSpace, 20)).simplified()));
        if (firstNonSpace < 0 && complete)
            return Status::badInput(tr("%1: the file holds no records: its %2 lines are blank")
                                        .arg(name)
                                        .arg(utf8.count('\n') + (utf8.endsWith('\n') ? 0 : 1)));
        if (firstChar != '[' && firstChar != '{')
            return Status::badInput(
                tr("%1: line 1: expected JSON ('[' or '{'), found '%2'")
                    .arg(name, QString::fromUtf8(utf8.mid(firstNonSpace, 20)).simplified()));
        if (out.format == FileFormat::Json && firstChar == '{')
            out.format = FileFormat::Ndjson; // one object, or objects one after another
        return Status::success();
    }
    out.delimiter =
        options.delimiter
            ? *options.delimiter
            : detectDelimiter(text, complete, suffix == QLatin1String("tsv") ? '\t' : ',');
    out.hasHeader =
        options.hasHeader ? *options.hasHeader : detectHeader(text, out.delimiter, complete);
    return Status::success();
}

} // namespace tl
