#pragma once

#include "core/Status.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <string_view>

namespace tl {

enum class FileFormat { Csv, Json, Ndjson };

QString formatName(FileFormat format);
std::optional<FileFormat> fileFormatFromString(const QString &text); // csv tsv json ndjson

// What the user fixed by hand; everything left empty is guessed.
struct SniffOptions {
    std::optional<FileFormat> format;
    QString encoding; // empty: auto
    std::optional<char> delimiter;
    std::optional<bool> hasHeader;
};

struct SniffResult {
    FileFormat format = FileFormat::Csv;
    QString encoding = QStringLiteral("UTF-8");
    int bomLength = 0;
    char delimiter = ',';
    bool hasHeader = true;
};

// Guesses how to read a file from its first bytes: encoding (BOM, UTF-16, UTF-8 validity,
// then EUC-KR / CP949), format (extension and first character), CSV delimiter (quote-aware
// field-count consistency) and whether the first row is a header. Each guess is overridable.
class Sniffer {
public:
    static constexpr int kSampleBytes = 64 * 1024;

    static Status sniff(const QString &path, const SniffOptions &options, SniffResult &out);

    // The pieces, for tests and the import dialog's live preview.
    static QString detectEncoding(const QByteArray &sample, int &bomLength);
    static char detectDelimiter(std::string_view utf8Sample, bool complete, char preferred = ',');
    static bool detectHeader(std::string_view utf8Sample, char delimiter, bool complete);
    // Offset of binary content (many NUL or control bytes) in a non-UTF-16 sample, or -1.
    static qsizetype binaryOffset(const QByteArray &sample);
};

} // namespace tl
