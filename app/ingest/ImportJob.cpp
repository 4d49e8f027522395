#include "ImportJob.h"

#include "store/Workspace.h"

#include "ingest/RecordProducer.h"
#include "store/Catalog.h"
#include "store/Connection.h"
#include "store/SqliteTableWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>

#include <sqlite3.h>

#include <thread>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ImportJob", text);
}

QString describe(const QString &file, const RecordError &error) {
    return QStringLiteral("%1: line %2: %3").arg(file).arg(error.line).arg(error.message);
}

Status rawExec(sqlite3 *db, const char *sql) {
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = QString::fromUtf8(message);
        sqlite3_free(message);
        return Status::internal(text);
    }
    return Status::success();
}

// A bulk load into a new table in WAL mode writes every page twice (WAL, then checkpoint).
// When this connection is the only one on the file, switch to a rollback journal for the load:
// new pages then go straight to the file, and the transaction stays atomic.
bool leaveWalIfAlone(sqlite3 *db) {
    sqlite3_busy_timeout(db, 0);
    sqlite3_stmt *stmt = nullptr;
    bool switched = false;
    if (sqlite3_prepare_v2(db, "PRAGMA journal_mode = DELETE", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW) {
        switched =
            qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)), "delete") == 0;
    }
    sqlite3_finalize(stmt);
    sqlite3_busy_timeout(db, 10000);
    return switched;
}

} // namespace

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

    // Everything that can be refused is refused before the workspace is touched.
    std::vector<RecordProducer::Input> inputs;
    qint64 totalBytes = 0;
    for (const QString &file : m_options.files) {
        SniffResult sniff;
        if (Status s = Sniffer::sniff(file, m_options.sniff, sniff); !s)
            return s;
        inputs.push_back({file, sniff});
        result.sniffed.append(sniff);
        totalBytes += QFileInfo(file).size();
    }

    {
        // Creates or migrates the workspace when the caller has not opened it yet.
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::open(m_path, workspace); !s)
            return s;
    }
    Connection connection;
    if (Status s = connection.open(m_path); !s)
        return s;
    SqliteDialect dialect;
    Catalog catalog(connection.db(), dialect);
    const std::optional<DatasetInfo> existing = catalog.find(dataset);
    if (existing && m_options.mode == ImportMode::Create)
        return Status::badInput(
            tr("dataset '%1' exists already: choose append or replace").arg(dataset));
    const bool appending = existing && m_options.mode == ImportMode::Append;

    sqlite3 *db = connection.sqliteHandle();
    if (!db)
        return Status::internal(tr("the SQLite driver gave no handle"));
    const bool leftWal = !appending && leaveWalIfAlone(db);
    rawExec(db, "PRAGMA cache_size = -65536");

    BatchQueue<ImportMessage> queue(4);
    RecordProducer producer(std::move(inputs), appending ? existing->columns : Columns{}, queue,
                            m_cancelled, kBatchRows);
    producer.setOverrides(m_options.columnOverrides);
    producer.setTypesByName(m_options.typesByName);
    std::thread parsing([&producer] { producer.run(); });

    Status status = rawExec(db, "BEGIN IMMEDIATE");
    SqliteTableWriter writer(db, dialect, appending ? existing->tableName : dataset);
    bool tableReady = false;
    if (status && existing && !appending)
        status = rawExec(db, QStringLiteral("DROP TABLE %1")
                                 .arg(dialect.quoteIdentifier(existing->tableName))
                                 .toUtf8()
                                 .constData());
    if (status && appending) {
        status = writer.attach(existing->columns);
        tableReady = true;
    }

    Columns columns = appending ? existing->columns : Columns{};
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
        columns = message->columns;
        if (!tableReady) {
            if (columns.isEmpty()) {
                status = Status::badInput(tr("%1: no columns to import").arg(message->file));
                break;
            }
            status = writer.create(columns);
            tableReady = true;
        } else {
            status = writer.extend(columns);
        }
        if (status)
            status = writer.insert(message->batch);
        if (m_progress)
            m_progress(message->bytesDone, totalBytes);
        if (message->end)
            break;
    }
    queue.close();
    parsing.join();

    if (status)
        status = writer.finish(columns);
    if (status) {
        DatasetInfo info;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        info.name = dataset;
        info.tableName = appending ? existing->tableName : dataset;
        info.sourceKind = m_options.sourceKind;
        QJsonArray files;
        for (qsizetype i = 0; i < m_options.files.size(); ++i) {
            const SniffResult &sniff = result.sniffed[i];
            QJsonObject file{
                {QStringLiteral("path"), QFileInfo(m_options.files[i]).absoluteFilePath()},
                {QStringLiteral("format"), formatName(sniff.format)},
                {QStringLiteral("encoding"), sniff.encoding}};
            if (sniff.format == FileFormat::Csv) {
                file.insert(QStringLiteral("delimiter"), QString(QLatin1Char(sniff.delimiter)));
                file.insert(QStringLiteral("header"), sniff.hasHeader);
            }
            files.append(file);
        }
        info.sourceParams = appending ? existing->sourceParams : m_options.sourceParams;
        if (!m_options.forSourceRun) {
            QJsonArray all = info.sourceParams.value(QStringLiteral("files")).toArray();
            for (const auto &f : files)
                all.append(f);
            info.sourceParams.insert(QStringLiteral("files"), all);
        }
        info.createdAt = appending ? existing->createdAt : now;
        info.updatedAt = now;
        info.rowCount = (appending ? existing->rowCount : 0) + writer.rowsWritten();
        info.columns = columns;
        status = catalog.save(info);
        if (status && !m_options.forSourceRun) {
            QSqlQuery run(connection.db());
            run.prepare(QStringLiteral("INSERT INTO _tl_runs (kind, dataset, params, started_at, "
                                       "finished_at, rows, status) "
                                       "VALUES ('import', ?, ?, ?, ?, ?, 'ok')"));
            run.addBindValue(dataset);
            run.addBindValue(
                QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("files"), files}})
                                      .toJson(QJsonDocument::Compact)));
            run.addBindValue(now.toString(Qt::ISODateWithMs));
            run.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
            run.addBindValue(writer.rowsWritten());
            run.exec();
        }
        result.rows = writer.rowsWritten();
        result.totalRows = info.rowCount;
        result.columns = columns;
    }
    if (status)
        status = rawExec(db, "COMMIT");
    if (!status)
        rawExec(db, "ROLLBACK");
    if (leftWal)
        rawExec(db, "PRAGMA journal_mode = WAL");
    return status;
}

} // namespace tl
