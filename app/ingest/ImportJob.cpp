#include "ImportJob.h"

#include "columns/ColumnStore.h"
#include "core/Log.h"
#include "ingest/BatchPool.h"

#include "store/Catalog.h"
#include "store/Connection.h"
#include "store/RunLog.h"
#include "store/SqliteTableWriter.h"
#include "store/Transaction.h"
#include "store/WalCheckpointer.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>
#include <sys/statvfs.h>

#include <thread>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ImportJob", text);
}

QString describe(const QString &file, const RecordError &error) {
    return QStringLiteral("%1: line %2: %3").arg(file).arg(error.line).arg(error.message);
}

QString runStatusOf(const Status &status) {
    return status.kind() == ErrorKind::Cancelled ? QStringLiteral("cancelled")
                                                 : QStringLiteral("failed");
}

} // namespace

struct ImportJob::Target {
    QString dataset;
    std::optional<DatasetInfo> existing;
    bool appending = false;
    Columns columns;
};

struct ImportJob::Load {
    Connection &connection;
    const Dialect &dialect;
    Catalog &catalog;
    Target &target;
    qint64 runId = 0;
    std::vector<RecordProducer::Input> inputs;
    qint64 totalBytes = 0;
    std::shared_ptr<BatchPool> batches = std::make_shared<BatchPool>();
};

QString datasetNameForFile(const QString &path) {
    static const QRegularExpression unwanted(QStringLiteral("[^\\w]+"),
                                             QRegularExpression::UseUnicodePropertiesOption);
    QString name = QFileInfo(path).completeBaseName();
    name.replace(unwanted, QStringLiteral("_"));
    while (name.startsWith(u'_'))
        name.remove(0, 1);
    if (name.isEmpty() || name.front().isDigit())
        name.prepend(QStringLiteral("data_"));
    return name;
}

ImportJob::ImportJob(QString workspacePath, ImportOptions options)
    : m_path(std::move(workspacePath))
    , m_options(std::move(options)) {
}

ImportJob::~ImportJob() = default;

// Everything that can be refused is refused before the workspace is touched.
Status ImportJob::sniffInputs(ImportResult &result, std::vector<RecordProducer::Input> &inputs,
                              qint64 &totalBytes) const {
    totalBytes = 0;
    for (const QString &file : m_options.files) {
        SniffResult sniff;
        if (Status s = Sniffer::sniff(file, m_options.sniff, sniff); !s)
            return s;
        inputs.push_back({file, sniff});
        result.sniffed.append(sniff);
        totalBytes += QFileInfo(file).size();
    }
    return Status::success();
}

Status ImportJob::openWorkspace(Connection &connection) {
    {
        // Creates or migrates the workspace when the caller has not opened it yet.
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::open(m_path, workspace); !s)
            return s;
    }
    if (Status s = connection.open(m_path); !s)
        return s;
    connection.waitForWriters(m_waiting, &m_cancelled);
    return Status::success();
}

// A dataset takes about as much room as its files; refused up front when the disk cannot
// hold that, rather than filling it and failing half-way.
Status ImportJob::checkFreeSpace(qint64 totalBytes) const {
    struct statvfs disk {};
    const QByteArray folder = QFile::encodeName(QFileInfo(m_path).absolutePath());
    if (::statvfs(folder.constData(), &disk) != 0)
        return Status::success(); // unknown: the write itself will tell
    const qint64 free = qint64(disk.f_bavail) * qint64(disk.f_frsize);
    // A dataset takes at least about what its files hold (often more: the WAL's pieces in
    // flight, dates written out); less than that cannot fit.
    const qint64 needed = totalBytes + (qint64(1) << 20);
    if (free >= needed)
        return Status::success();
    return Status::internal(tr("%1: the disk is full: this import needs about %2 MB and %3 MB "
                               "are free; nothing was written")
                                .arg(m_path)
                                .arg((needed + (1 << 20) - 1) >> 20)
                                .arg(free >> 20));
}

Status ImportJob::findTarget(Catalog &catalog, const QString &dataset, Target &target) const {
    target.dataset = dataset;
    const Result<std::optional<DatasetInfo>> found = catalog.find(dataset);
    if (!found)
        return found.status();
    target.existing = *found;
    if (target.existing && target.existing->name != dataset)
        return Status::badInput(tr("dataset '%1' differs only in case from the existing '%2': "
                                   "dataset names ignore case; choose another name, or '%2'")
                                    .arg(dataset, target.existing->name));
    if (target.existing && m_options.mode == ImportMode::Create)
        return Status::badInput(
            tr("dataset '%1' exists already: choose append or replace").arg(dataset));
    target.appending = target.existing && m_options.mode == ImportMode::Append;
    if (target.appending)
        target.columns = target.existing->columns;
    return Status::success();
}

Status ImportJob::writeRows(RecordProducer &producer, BatchQueue<ImportMessage> &queue,
                            SqliteTableWriter &writer, Target &target, qint64 totalBytes,
                            ImportResult &result,
                            const std::function<Status(RecordBatch &)> &afterBatch) {
    bool tableReady = target.appending;
    Status status;
    std::thread parsing([&producer] { producer.run(); });
    while (status) {
        std::optional<ImportMessage> message = queue.pop();
        if (!message)
            break;
        if (m_cancelled) {
            status = Status::cancelled(tr("import cancelled"));
            break;
        }
        if (!message->failure.ok()) {
            status = message->failure;
            break;
        }
        for (const RecordError &error : message->errors) {
            if (m_options.onError == OnError::Abort) {
                status = Status::badInput(describe(message->file, error));
                break;
            }
            if (!error.kept)
                ++result.skipped;
            if (result.problems.size() < kProblemsKept)
                result.problems.append(describe(message->file, error));
        }
        if (!status)
            break;
        target.columns = message->columns;
        if (!tableReady) {
            if (target.columns.isEmpty()) {
                status = Status::badInput(tr("%1: no columns to import").arg(message->file));
                break;
            }
            status = writer.create(target.columns);
            tableReady = true;
        } else {
            status = writer.extend(target.columns);
        }
        if (status)
            status = writer.insert(message->batch);
        if (status && afterBatch)
            status = afterBatch(message->batch);
        producer.recycle(std::move(message->batch));
        if (m_progress)
            m_progress(message->bytesDone, totalBytes);
        if (message->end)
            break;
    }
    queue.close();
    parsing.join();
    if (status)
        status = writer.finish(target.columns);
    return status;
}

QJsonObject ImportJob::runParams(const ImportResult &result) const {
    QJsonArray files;
    for (qsizetype i = 0; i < m_options.files.size() && i < result.sniffed.size(); ++i) {
        const SniffResult &sniff = result.sniffed[i];
        QJsonObject file{{QStringLiteral("path"), QFileInfo(m_options.files[i]).absoluteFilePath()},
                         {QStringLiteral("format"), formatName(sniff.format)},
                         {QStringLiteral("encoding"), sniff.encoding}};
        if (sniff.format == FileFormat::Csv) {
            file.insert(QStringLiteral("delimiter"), QString(QLatin1Char(sniff.delimiter)));
            file.insert(QStringLiteral("header"), sniff.hasHeader);
        }
        files.append(file);
    }
    return QJsonObject{{QStringLiteral("files"), files}};
}

// The dataset's chunks in the column store, in the transaction that writes its rows.
Status ImportJob::syncColumns(Load &load, const QString &dataset,
                              ColumnStore::Prebuilder *prebuilder) const {
    const auto info = load.catalog.find(dataset);
    if (!info)
        return info.status();
    if (!*info)
        return Status::internal(QStringLiteral("dataset '%1' vanished").arg(dataset));
    return ColumnStore(load.connection.db(), load.connection.sqliteHandle())
        .sync(**info, {}, &m_cancelled, false, prebuilder);
}

Status ImportJob::saveCatalog(Catalog &catalog, const Target &target,
                              const SqliteTableWriter &writer, ImportResult &result) const {
    const std::optional<DatasetInfo> &existing = target.existing;
    DatasetInfo info;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    info.name = target.dataset;
    info.tableName = target.appending ? existing->tableName : target.dataset;
    info.sourceKind = m_options.sourceKind;
    info.sourceParams = target.appending ? existing->sourceParams : m_options.sourceParams;
    if (!m_options.forSourceRun) {
        QJsonArray all = info.sourceParams.value(QStringLiteral("files")).toArray();
        for (const auto &f : runParams(result).value(QStringLiteral("files")).toArray())
            all.append(f);
        info.sourceParams.insert(QStringLiteral("files"), all);
    }
    info.createdAt = target.appending ? existing->createdAt : now;
    info.updatedAt = now;
    info.rowCount = (target.appending ? existing->rowCount : 0) + writer.rowsWritten();
    info.columns = target.columns;
    if (Status s = catalog.save(info); !s)
        return s;
    result.rows = writer.rowsWritten();
    result.totalRows = info.rowCount;
    result.columns = target.columns;
    return Status::success();
}

Status ImportJob::run(ImportResult &result) {
    result = ImportResult{};
    if (m_options.files.isEmpty())
        return Status::badInput(tr("no file to import"));
    const QString dataset = m_options.dataset.isEmpty()
                                ? datasetNameForFile(m_options.files.front())
                                : m_options.dataset;
    if (Status s = Catalog::checkName(dataset); !s)
        return s;
    result.dataset = dataset;
    std::vector<RecordProducer::Input> inputs;
    qint64 totalBytes = 0;
    if (Status s = sniffInputs(result, inputs, totalBytes); !s)
        return s;

    Connection connection;
    if (Status s = openWorkspace(connection); !s)
        return s;
    if (Status s = checkFreeSpace(totalBytes); !s)
        return s;
    // A name that is taken, or taken but for case, is refused before anything is written.
    SqliteDialect dialect;
    Catalog catalog(connection.db(), dialect);
    Target target;
    if (Status s = findTarget(catalog, dataset, target); !s)
        return s;
    // The run is logged before the work starts, in a commit of its own: a killed import
    // shows as interrupted, and started_at is when it started.
    RunLog log(connection.db());
    qint64 runId = 0;
    if (!m_options.forSourceRun) {
        const Result<qint64> started = log.start(
            QStringLiteral("import"), dataset, runParams(result), QDateTime::currentDateTimeUtc());
        if (!started)
            return started.status();
        runId = *started;
    }
    Load load{connection, dialect, catalog, target, runId, std::move(inputs), totalBytes};
    // A new table is loaded in committed pieces under a hidden name and renamed into place
    // at the end; rows added to an existing table go in one transaction.
    const bool staged = runId > 0 && !target.appending;
    qCDebug(lcImport).noquote() << QStringLiteral("importing %1 into %2 (%3 bytes, %4)")
                                       .arg(m_options.files.join(QStringLiteral(", ")), dataset)
                                       .arg(totalBytes)
                                       .arg(staged ? QStringLiteral("a new table, in pieces")
                                                   : QStringLiteral("one transaction"));
    QElapsedTimer timer;
    timer.start();
    const Status status = staged ? loadStaged(load, result) : loadInPlace(load, result);
    if (!status && runId > 0)
        (void)log.finish(runId, runStatusOf(status), 0, status.message());
    qCDebug(lcImport).noquote() << (status ? QStringLiteral(
                                                 "%1: %2 rows imported, %3 skipped, in %4 ms")
                                                 .arg(dataset)
                                                 .arg(result.rows)
                                                 .arg(result.skipped)
                                                 .arg(timer.elapsed())
                                           : QStringLiteral("%1: failed after %2 ms: %3")
                                                 .arg(dataset)
                                                 .arg(timer.elapsed())
                                                 .arg(status.message()));
    return status;
}

Status ImportJob::loadInPlace(Load &load, ImportResult &result) {
    Target &target = load.target;
    Transaction transaction(load.connection.db());
    if (Status s = transaction.begin(); !s)
        return s;
    // Read again under the write lock: another import may have got there first.
    if (Status s = findTarget(load.catalog, target.dataset, target); !s)
        return s;
    if (target.existing && !target.appending) {
        if (Status s = exec(load.connection.db(),
                            QStringLiteral("DROP TABLE %1")
                                .arg(load.dialect.quoteIdentifier(target.existing->tableName)));
            !s)
            return s;
    }
    SqliteTableWriter writer(load.connection.sqliteHandle(), load.dialect,
                             target.appending ? target.existing->tableName : target.dataset);
    if (target.appending) {
        if (Status s = writer.attach(target.existing->columns); !s)
            return s;
    }
    if (Status s = pump(load, writer, result, {}); !s)
        return s;
    if (Status s = saveCatalog(load.catalog, target, writer, result); !s)
        return s;
    if (Status s = syncColumns(load, target.dataset); !s)
        return s;
    if (load.runId > 0) {
        if (Status s = RunLog(load.connection.db())
                           .finish(load.runId, QStringLiteral("ok"), writer.rowsWritten());
            !s)
            return s;
    }
    if (m_options.beforeCommit) {
        QSqlDatabase db = load.connection.db();
        if (Status s = m_options.beforeCommit(db); !s)
            return s;
    }
    return transaction.commit();
}

Status ImportJob::loadStaged(Load &load, ImportResult &result) {
    QSqlDatabase db = load.connection.db();
    const QString staging = RunLog::stagingTable(load.runId);
    // The column chunks built meanwhile wait beside it (a crash leaves both to the next open).
    const QString stagingChunks = staging + QStringLiteral("_chunks");
    Status status;
    {
        // Commits stop checkpointing themselves; the checkpointer copies each piece into the
        // file on the other core while the next piece is written.
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
        WalCheckpointer checkpointer(m_path);
        // Another thread builds the column chunks from the written batches meanwhile.
        ColumnStore::Prebuilder columns(stagingChunks);
        Transaction piece(db);
        SqliteTableWriter writer(load.connection.sqliteHandle(), load.dialect, staging);
        status = piece.begin();
        qint64 committedRows = 0;
        const auto afterBatch = [&](RecordBatch &batch) -> Status {
            if (const int rows = batch.rowCount(); rows > 0) {
                const qint64 last = sqlite3_last_insert_rowid(load.connection.sqliteHandle());
                columns.add(BatchPool::share(load.batches, std::move(batch)), load.target.columns,
                            last - rows + 1);
            }
            if (Status s = columns.spill(load.connection.sqliteHandle()); !s)
                return s;
            if (writer.rowsWritten() - committedRows < kPieceRows)
                return Status::success();
            if (Status s = piece.commit(); !s)
                return s;
            committedRows = writer.rowsWritten();
            checkpointer.poke();
            return piece.begin();
        };
        if (status)
            status = pump(load, writer, result, afterBatch);
        if (status)
            status = publish(load, writer, staging, columns, result);
        if (status)
            status = piece.commit();
        if (!status)
            piece.rollback();
        QSqlQuery(db).exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    }
    if (!status) {
        // What was committed of the hidden table goes; the run log says why.
        Transaction cleanup(db);
        if (cleanup.begin()) {
            if (exec(db, QStringLiteral("DROP TABLE IF EXISTS %1")
                             .arg(load.dialect.quoteIdentifier(staging))) &&
                exec(db, QStringLiteral("DROP TABLE IF EXISTS %1")
                             .arg(load.dialect.quoteIdentifier(stagingChunks))))
                (void)cleanup.commit();
        }
    }
    return status;
}

// Inside the last piece's transaction: the hidden table becomes the dataset.
Status ImportJob::publish(Load &load, const SqliteTableWriter &writer, const QString &staging,
                          ColumnStore::Prebuilder &columns, ImportResult &result) {
    Target &target = load.target;
    if (Status s = findTarget(load.catalog, target.dataset, target); !s)
        return s;
    if (target.existing) {
        if (Status s = exec(load.connection.db(),
                            QStringLiteral("DROP TABLE %1")
                                .arg(load.dialect.quoteIdentifier(target.existing->tableName)));
            !s)
            return s;
    }
    if (Status s =
            exec(load.connection.db(), QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                                           .arg(load.dialect.quoteIdentifier(staging),
                                                load.dialect.quoteIdentifier(target.dataset)));
        !s)
        return s;
    if (Status s = saveCatalog(load.catalog, target, writer, result); !s)
        return s;
    if (Status s = syncColumns(load, target.dataset, &columns); !s)
        return s;
    if (m_options.beforeCommit) {
        QSqlDatabase db = load.connection.db();
        if (Status s = m_options.beforeCommit(db); !s)
            return s;
    }
    return RunLog(load.connection.db())
        .finish(load.runId, QStringLiteral("ok"), writer.rowsWritten());
}

Status ImportJob::pump(Load &load, SqliteTableWriter &writer, ImportResult &result,
                       const std::function<Status(RecordBatch &)> &afterBatch) {
    BatchQueue<ImportMessage> queue(4);
    RecordProducer producer(std::move(load.inputs), load.target.columns, queue, m_cancelled,
                            kBatchRows);
    producer.setOverrides(m_options.columnOverrides);
    producer.setTypesByName(m_options.typesByName);
    producer.setBatchPool(load.batches);
    QSqlQuery(load.connection.db()).exec(QStringLiteral("PRAGMA cache_size = -65536"));
    return writeRows(producer, queue, writer, load.target, load.totalBytes, result, afterBatch);
}

} // namespace tl
