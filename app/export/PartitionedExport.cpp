#include "PartitionedExport.h"

#include "core/WallClock.h"
#include "export/CsvWriter.h"
#include "export/GzipDevice.h"
#include "store/Catalog.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::PartitionedExportJob", text);
}

constexpr qint64 kProgressEvery = 10000;
const QString kManifest = QStringLiteral("_manifest.json");
const QString kSuccess = QStringLiteral("_SUCCESS");
const QString kGenerator = QStringLiteral("trendlens");

QString formatName(PartitionedExportOptions::Format format) {
    return format == PartitionedExportOptions::Format::Csv ? QStringLiteral("csv")
                                                           : QStringLiteral("ndjson");
}

// One part file of a partition, written through gzip when asked.
class PartFile {
public:
    PartFile(const QString &path, const PartitionedExportOptions &options, const Columns &columns)
        : m_file(path)
        , m_format(options.format)
        , m_gzip(options.gzip)
        , m_columns(columns) {}

    bool open() {
        if (!QDir().mkpath(QFileInfo(m_file).path()) || !m_file.open(QIODevice::WriteOnly))
            return false;
        if (m_gzip)
            m_gzipDevice = std::make_unique<GzipDevice>(m_file);
        QIODevice &out = m_gzipDevice ? static_cast<QIODevice &>(*m_gzipDevice) : m_file;
        if (m_format == PartitionedExportOptions::Format::Csv) {
            m_csv = std::make_unique<CsvWriter>(out);
            QStringList header;
            for (const Column &c : m_columns)
                header.append(c.name);
            m_csv->writeRow(header);
        }
        return true;
    }

    void write(const QVariantList &values) {
        if (m_csv) {
            m_csv->writeRow(values);
            return;
        }
        // Written by hand to keep the dataset's column order (QJsonObject sorts its keys).
        QByteArray line = "{";
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                line += ',';
            line += jsonText(m_columns[i].name) + ':' +
                    jsonText(jsonValue(m_columns[i].type, values[i]));
        }
        line += "}\n";
        device().write(line);
    }

    // False when a write failed (a full disk); the reason is error().
    bool close() {
        const bool finished = !m_gzipDevice || m_gzipDevice->finish();
        m_file.close();
        return finished && m_file.error() == QFileDevice::NoError;
    }
    QString error() const {
        return m_file.fileName() + QStringLiteral(": ") + m_file.errorString();
    }

private:
    QIODevice &device() { return m_gzipDevice ? static_cast<QIODevice &>(*m_gzipDevice) : m_file; }

    // One JSON value as text (Qt writes only whole documents).
    static QByteArray jsonText(const QJsonValue &value) {
        const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    }

    // Numbers and booleans as JSON numbers and booleans, a JSON column as the value it holds.
    static QJsonValue jsonValue(ColumnType type, const QVariant &value) {
        if (value.isNull())
            return QJsonValue::Null;
        switch (type) {
        case ColumnType::Integer:
            return QJsonValue(value.toLongLong());
        case ColumnType::Real:
            return QJsonValue(value.toDouble());
        case ColumnType::Boolean:
            return QJsonValue(value.toLongLong() != 0);
        case ColumnType::Json: {
            const QByteArray text = value.toString().toUtf8();
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
            if (error.error == QJsonParseError::NoError)
                return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
            return QJsonValue(value.toString());
        }
        default:
            return QJsonValue(value.toString());
        }
    }

    QFile m_file;
    PartitionedExportOptions::Format m_format;
    bool m_gzip;
    const Columns &m_columns;
    std::unique_ptr<GzipDevice> m_gzipDevice;
    std::unique_ptr<CsvWriter> m_csv;
};

// What the manifest says of one partition.
struct PartitionEntry {
    QString path;
    QString start;
    qint64 rows = 0;
    QStringList files;

    QJsonObject toJson() const {
        QJsonObject object{{QStringLiteral("path"), path},
                           {QStringLiteral("rows"), rows},
                           {QStringLiteral("files"), QJsonArray::fromStringList(files)}};
        if (!start.isEmpty())
            object.insert(QStringLiteral("start"), start);
        return object;
    }
    static PartitionEntry fromJson(const QJsonObject &object) {
        PartitionEntry entry{object.value(QStringLiteral("path")).toString(),
                             object.value(QStringLiteral("start")).toString(),
                             object.value(QStringLiteral("rows")).toInteger(),
                             {}};
        for (const QJsonValue &file : object.value(QStringLiteral("files")).toArray())
            entry.files.append(file.toString());
        return entry;
    }
};

// Swaps two paths in one step (Linux renameat2), so a reader finds the old or the new
// export at DIR and never neither; where the file system cannot, the old one moves aside
// first.
bool exchange(const QString &a, const QString &b) {
    const QByteArray from = QFile::encodeName(a);
    const QByteArray to = QFile::encodeName(b);
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_EXCHANGE) == 0)
        return true;
    const QString aside = b + QStringLiteral(".old");
    return QDir().rename(b, aside) && QDir().rename(a, b) && QDir().rename(aside, a);
}

} // namespace

PartitionedExportJob::PartitionedExportJob(QString workspacePath, PartitionedExportOptions options)
    : m_workspacePath(std::move(workspacePath))
    , m_options(std::move(options)) {
}

Status PartitionedExportJob::run(PartitionedExportResult &result) {
    result = PartitionedExportResult{};
    Connection connection;
    if (Status s = connection.open(m_workspacePath, Connection::Access::ReadOnly); !s)
        return s;
    SqliteDialect dialect;
    const auto found = Catalog(connection.db(), dialect).find(m_options.dataset);
    if (!found)
        return found.status();
    const std::optional<DatasetInfo> &info = *found;
    if (!info)
        return Status::badInput(tr("no dataset named '%1'").arg(m_options.dataset));
    PartitionScheme scheme = m_options.scheme;
    const auto column =
        std::find_if(info->columns.begin(), info->columns.end(), [&](const Column &c) {
            return c.name.compare(scheme.column(), Qt::CaseInsensitive) == 0;
        });
    if (column == info->columns.end())
        return Status::badInput(
            tr("'%1' has no column '%2'").arg(m_options.dataset, scheme.column()));
    if (column->type != ColumnType::Date && column->type != ColumnType::Timestamp)
        return Status::badInput(tr("--partition-by needs a date or timestamp column; '%1' is %2")
                                    .arg(column->name, typeName(column->type)));
    if (!m_options.zone.isEmpty() && !WallClock::isValidZone(m_options.zone))
        return Status::badInput(
            tr("unknown time zone '%1'").arg(QString::fromUtf8(m_options.zone)));
    scheme.setColumn(column->type, WallClock(m_options.zone));
    const QString zoneName =
        m_options.zone.isEmpty() ? QStringLiteral("UTC") : QString::fromUtf8(m_options.zone);

    // DIR: new, empty, or an earlier export of ours; never someone's folder.
    const QString outDir = QDir::cleanPath(QDir(m_options.outDir).absolutePath());
    const QFileInfo outInfo(outDir);
    QJsonObject earlier;
    const bool exists = outInfo.exists();
    if (exists && !outInfo.isDir())
        return Status::badInput(tr("'%1' is a file; --out names a folder").arg(m_options.outDir));
    const bool empty = exists && QDir(outDir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot |
                                                      QDir::Hidden | QDir::System);
    if (exists && !empty) {
        QFile manifest(QDir(outDir).filePath(kManifest));
        if (manifest.open(QIODevice::ReadOnly))
            earlier = QJsonDocument::fromJson(manifest.readAll()).object();
        if (earlier.value(QStringLiteral("generator")).toString() != kGenerator)
            return Status::badInput(tr("'%1' is not empty and not a Trendlens export; nothing "
                                       "was written (choose a new or empty folder)")
                                        .arg(m_options.outDir));
    }
    const QString extension = QStringLiteral(".") + formatName(m_options.format) +
                              (m_options.gzip ? QStringLiteral(".gz") : QString());
    const QJsonObject partitionBy{{QStringLiteral("column"), column->name},
                                  {QStringLiteral("granularity"), scheme.granularityName()},
                                  {QStringLiteral("time_zone"), zoneName}};

    // --since: which partitions to write again; an earlier export must match this one.
    std::optional<QString> since;
    if (!m_options.since.isEmpty()) {
        if (m_options.since == QLatin1String("last")) {
            if (!earlier.isEmpty())
                since = earlier.value(QStringLiteral("last_start")).toString();
        } else {
            since = PartitionScheme::hourOf(m_options.since);
            if (!since)
                return Status::badInput(tr("--since takes a time such as 2024-01-05 or "
                                           "2024-01-05T13:00, or 'last'; not '%1'")
                                            .arg(m_options.since));
        }
        const QString earlierExtension = earlier.value(QStringLiteral("extension")).toString();
        if (!earlier.isEmpty() &&
            (earlier.value(QStringLiteral("dataset")).toString() != info->name ||
             earlier.value(QStringLiteral("partition_by")).toObject() != partitionBy ||
             earlierExtension != extension))
            return Status::badInput(
                tr("'%1' holds another export (dataset, partitioning or format); export it "
                   "whole without --since to replace it")
                    .arg(m_options.outDir));
        if (since && since->isEmpty())
            since.reset();
    }
    const bool incremental = since.has_value() && !earlier.isEmpty();

    // The staging folder beside DIR, on the same file system, so the result moves by rename.
    const QString parent = outInfo.absolutePath();
    if (!QDir().mkpath(parent))
        return Status::badInput(tr("cannot make the folder '%1'").arg(parent));
    QTemporaryDir staging(
        QDir(parent).filePath(QStringLiteral(".%1.trendlens-XXXXXX").arg(outInfo.fileName())));
    if (!staging.isValid())
        return Status::badInput(
            tr("cannot write beside '%1': %2").arg(m_options.outDir, staging.errorString()));
    // Readable by the Spark or Hive job's user, as a folder made by mkdir would be.
    QFile::setPermissions(staging.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                              QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                                              QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                              QFileDevice::ExeOther);

    QStringList selected;
    for (const Column &c : info->columns)
        selected.append(dialect.quoteIdentifier(c.name));
    const QString quotedColumn = dialect.quoteIdentifier(column->name);
    QString sql =
        QStringLiteral("SELECT %1 FROM %2")
            .arg(selected.join(QStringLiteral(", ")), dialect.quoteIdentifier(info->tableName));
    QVariantList bindings;
    if (since) {
        // Stored times are UTC and partitions wall-clock: a day earlier covers any zone.
        const QDate day = QDate::fromString(since->left(10), QStringLiteral("yyyy-MM-dd"));
        sql += QStringLiteral(" WHERE %1 >= ? OR %1 IS NULL").arg(quotedColumn);
        bindings.append(day.addDays(-1).toString(QStringLiteral("yyyy-MM-dd")));
    }
    sql += QStringLiteral(" ORDER BY %1, rowid").arg(quotedColumn);
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return Status::internal(query.lastError().text());

    const int columnIndex = int(column - info->columns.begin());
    QList<PartitionEntry> written;
    QHash<QString, qsizetype> writtenIndex; // path → index in `written`
    std::unique_ptr<PartFile> part;
    QString currentPath;
    qsizetype current = -1; // the entry of `part`
    const auto closePart = [&]() -> Status {
        if (part && !part->close())
            return Status::internal(part->error());
        part.reset();
        return Status::success();
    };
    QVariantList values;
    while (query.next()) {
        if (m_cancelled)
            return Status::cancelled(
                tr("export cancelled; '%1' is as it was").arg(m_options.outDir));
        const PartitionScheme::Partition partition =
            scheme.partitionOf(query.value(columnIndex).toString());
        // A partition that ends before --since stays as the earlier export wrote it.
        if (since && !partition.isDefault() && partition.end <= *since)
            continue;
        if (!part || partition.path != currentPath) {
            if (Status s = closePart(); !s)
                return s;
            currentPath = partition.path;
            // A wall-clock hour seen again (the hour a clock goes back) gets another part.
            qsizetype index = writtenIndex.value(partition.path, -1);
            if (index < 0) {
                index = written.size();
                writtenIndex.insert(partition.path, index);
                written.append({partition.path, partition.start, 0, {}});
            }
            current = index;
            PartitionEntry &entry = written[index];
            const QString file =
                QStringLiteral("part-%1").arg(entry.files.size(), 5, 10, QChar(u'0')) + extension;
            entry.files.append(file);
            part = std::make_unique<PartFile>(
                QDir(staging.path()).filePath(partition.path + u'/' + file), m_options,
                info->columns);
            if (!part->open())
                return Status::internal(part->error());
        }
        values.clear();
        for (int i = 0; i < info->columns.size(); ++i)
            values.append(query.value(i));
        part->write(values);
        ++written[current].rows;
        if (++result.rows % kProgressEvery == 0 && m_progress)
            m_progress(result.rows, info->rowCount);
    }
    if (query.lastError().isValid())
        return Status::internal(query.lastError().text());
    if (Status s = closePart(); !s)
        return s;

    // The manifest: this export's partitions, and with --since the earlier ones it kept.
    QList<PartitionEntry> partitions = written;
    if (incremental) {
        for (const QJsonValue &value : earlier.value(QStringLiteral("partitions")).toArray()) {
            const PartitionEntry entry = PartitionEntry::fromJson(value.toObject());
            if (!writtenIndex.contains(entry.path)) {
                partitions.append(entry);
                ++result.kept;
            }
        }
    }
    std::sort(partitions.begin(), partitions.end(),
              [](const PartitionEntry &a, const PartitionEntry &b) { return a.path < b.path; });
    QJsonArray partitionArray, schema;
    qint64 totalRows = 0;
    QString lastStart;
    for (const PartitionEntry &entry : partitions) {
        partitionArray.append(entry.toJson());
        totalRows += entry.rows;
        lastStart = std::max(lastStart, entry.start);
    }
    for (const Column &c : info->columns)
        schema.append(QJsonObject{{QStringLiteral("name"), c.name},
                                  {QStringLiteral("type"), typeName(c.type)}});
    const QJsonObject manifest{
        {QStringLiteral("generator"), kGenerator},
        {QStringLiteral("version"), QStringLiteral(TRENDLENS_VERSION)},
        {QStringLiteral("dataset"), info->name},
        {QStringLiteral("format"), formatName(m_options.format)},
        {QStringLiteral("compression"),
         m_options.gzip ? QStringLiteral("gzip") : QStringLiteral("none")},
        {QStringLiteral("extension"), extension},
        {QStringLiteral("partition_by"), partitionBy},
        {QStringLiteral("schema"), schema},
        {QStringLiteral("partitions"), partitionArray},
        {QStringLiteral("rows"), totalRows},
        {QStringLiteral("last_start"), lastStart},
        {QStringLiteral("written_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    QSaveFile manifestFile(QDir(staging.path()).filePath(kManifest));
    QFile success(QDir(staging.path()).filePath(kSuccess));
    if (!manifestFile.open(QIODevice::WriteOnly) ||
        manifestFile.write(QJsonDocument(manifest).toJson()) < 0 || !manifestFile.commit() ||
        !success.open(QIODevice::WriteOnly))
        return Status::internal(tr("cannot write the manifest beside '%1'").arg(m_options.outDir));
    success.close();
    if (m_cancelled)
        return Status::cancelled(tr("export cancelled; '%1' is as it was").arg(m_options.outDir));

    // Into place.
    result.partitions = int(written.size());
    if (!incremental) {
        if (empty && !QDir().rmdir(outDir))
            return Status::internal(tr("cannot replace the empty folder '%1'").arg(outDir));
        const bool moved = exists && !empty ? exchange(staging.path(), outDir)
                                            : QDir().rename(staging.path(), outDir);
        if (!moved)
            return Status::internal(tr("cannot move the export into '%1'").arg(outDir));
        return Status::success(); // `staging` now holds the earlier export, and goes
    }
    for (const PartitionEntry &entry : written) {
        const QString from = QDir(staging.path()).filePath(entry.path);
        const QString to = QDir(outDir).filePath(entry.path);
        const bool moved = QFileInfo::exists(to)
                               ? exchange(from, to)
                               : QDir().mkpath(QFileInfo(to).path()) && QDir().rename(from, to);
        if (!moved)
            return Status::internal(
                tr("cannot move the partition '%1' into '%2'").arg(entry.path, outDir));
    }
    const QString target = QDir(outDir).filePath(kManifest);
    if (::rename(QFile::encodeName(manifestFile.fileName()).constData(),
                 QFile::encodeName(target).constData()) != 0)
        return Status::internal(tr("cannot replace '%1'").arg(target));
    QFile touch(QDir(outDir).filePath(kSuccess));
    if (!touch.open(QIODevice::WriteOnly))
        return Status::internal(tr("cannot write '%1'").arg(touch.fileName()));
    return Status::success();
}

} // namespace tl
