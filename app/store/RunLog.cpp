#include "RunLog.h"

#include "core/Time.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <signal.h>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::RunLog", text);
}

// Housekeeping that can wait for the next open: the workspace is busy (an import holds the
// write lock), read-only, or its disk is full (reading must still work then).
bool mayWait(int code) {
    return code == SQLITE_BUSY || code == SQLITE_LOCKED || code == SQLITE_READONLY ||
           code == SQLITE_FULL;
}

QString json(const QJsonObject &object) {
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace

QString RunLog::owner() {
    return QSysInfo::machineHostName() + u':' + QString::number(QCoreApplication::applicationPid());
}

bool RunLog::ownerIsGone(const QString &owner) {
    // Only this machine's processes can be asked whether they still live.
    const QString host = QSysInfo::machineHostName() + u':';
    if (!owner.startsWith(host))
        return false;
    const pid_t pid = pid_t(owner.mid(host.size()).toLongLong());
    return pid > 0 && ::kill(pid, 0) != 0 && errno == ESRCH;
}

Result<qint64> RunLog::start(const QString &kind, const QString &dataset, const QJsonObject &params,
                             const QDateTime &startedAt, const QString &schedule) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO _tl_runs (kind, dataset, params, started_at, status, "
                             "owner, schedule) VALUES (?, ?, ?, ?, 'running', ?, ?)"));
    q.addBindValue(kind);
    q.addBindValue(dataset.isEmpty() ? QVariant() : QVariant(dataset));
    q.addBindValue(json(params));
    q.addBindValue(isoUtc(startedAt));
    q.addBindValue(owner());
    const QString by = schedule.isEmpty() ? qEnvironmentVariable(kScheduleVariable) : schedule;
    q.addBindValue(by.isEmpty() ? QVariant() : QVariant(by));
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    return q.lastInsertId().toLongLong();
}

Status RunLog::progress(qint64 id, qint64 rows) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_runs SET rows = ? WHERE id = ?"));
    q.addBindValue(rows);
    q.addBindValue(id);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    return Status::success();
}

Status RunLog::finish(qint64 id, const QString &status, qint64 rows, const QString &error) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_runs SET finished_at = ?, rows = ?, status = ?, error = ? "
                             "WHERE id = ?"));
    q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
    q.addBindValue(rows);
    q.addBindValue(status);
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
    q.addBindValue(id);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    return Status::success();
}

Status RunLog::describe(qint64 id, const QString &dataset, const QJsonObject &params) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_runs SET dataset = ?, params = ? WHERE id = ?"));
    q.addBindValue(dataset);
    q.addBindValue(json(params));
    q.addBindValue(id);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    return Status::success();
}

Status RunLog::closeAbandoned() {
    // Only this machine's processes can be asked whether they still live.
    const QString host = QSysInfo::machineHostName() + u':';
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, owner FROM _tl_runs WHERE status = 'running' AND "
                             "substr(owner, 1, ?) = ?"));
    q.addBindValue(host.size());
    q.addBindValue(host);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    QList<qint64> abandoned;
    while (q.next()) {
        if (ownerIsGone(q.value(1).toString()))
            abandoned.append(q.value(0).toLongLong());
    }
    q.finish();
    if (abandoned.isEmpty())
        return Status::success();
    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE _tl_runs SET status = 'interrupted', error = ? "
                                  "WHERE id = ? AND status = 'running'"));
    for (const qint64 id : abandoned) {
        update.addBindValue(tr("the process ended before the run did (a crash or a kill); "
                               "the rows it had committed are kept"));
        update.addBindValue(id);
        if (!update.exec()) {
            // Busy (an import holds the write lock): the next open tries again.
            const int code = update.lastError().nativeErrorCode().toInt() & 0xff;
            if (mayWait(code))
                return Status::success();
            return Workspace::describeSqliteError(m_db.databaseName(), update.lastError());
        }
    }
    return Status::success();
}

QString RunLog::stagingTable(qint64 runId) {
    return QStringLiteral("_tl_staging_%1").arg(runId);
}

Status RunLog::dropAbandonedStaging() {
    QSqlQuery q(m_db);
    if (!q.exec(
            QStringLiteral("SELECT m.name FROM sqlite_master AS m LEFT JOIN _tl_runs AS r "
                           "ON r.id = CAST(substr(m.name, 13) AS INTEGER) WHERE m.type = 'table' "
                           "AND m.name LIKE '\\_tl\\_staging\\_%' ESCAPE '\\' "
                           "AND (r.status IS NULL OR r.status <> 'running')")))
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    QStringList tables;
    while (q.next())
        tables.append(q.value(0).toString());
    q.finish();
    for (const QString &table : tables) {
        QSqlQuery drop(m_db);
        if (!drop.exec(QStringLiteral("DROP TABLE IF EXISTS \"%1\"").arg(table))) {
            const int code = drop.lastError().nativeErrorCode().toInt() & 0xff;
            if (mayWait(code))
                return Status::success();
            return Workspace::describeSqliteError(m_db.databaseName(), drop.lastError());
        }
    }
    return Status::success();
}

namespace {

const QString kRunColumns = QStringLiteral(
    "id, kind, dataset, started_at, finished_at, rows, status, error, owner, schedule");

QList<RunEntry> readRuns(QSqlQuery &q) {
    QList<RunEntry> runs;
    while (q.next()) {
        runs.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs),
                     QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs),
                     q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toString(),
                     q.value(8).toString(), q.value(9).toString()});
    }
    return runs;
}

} // namespace

Result<QList<RunEntry>> RunLog::recent(int limit) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM _tl_runs ORDER BY id DESC LIMIT ?").arg(kRunColumns));
    q.addBindValue(limit);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    return readRuns(q);
}

Result<QList<RunEntry>> RunLog::scheduledRuns(const QString &schedule, int limit) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM _tl_runs WHERE kind = 'schedule' AND schedule = ? "
                             "ORDER BY id DESC LIMIT ?")
                  .arg(kRunColumns));
    q.addBindValue(schedule);
    q.addBindValue(limit);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    QList<RunEntry> runs = readRuns(q);
    std::reverse(runs.begin(), runs.end());
    return runs;
}

Result<QList<RunEntry>> RunLog::since(const QDateTime &from, const QString &schedule) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM _tl_runs WHERE started_at >= ? AND (? IS NULL OR "
                             "schedule = ?) ORDER BY id")
                  .arg(kRunColumns));
    q.addBindValue(from.isValid() ? isoUtc(from) : QStringLiteral("0")); // before any time
    const QVariant name = schedule.isEmpty() ? QVariant() : QVariant(schedule);
    q.addBindValue(name);
    q.addBindValue(name);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    return readRuns(q);
}

} // namespace tl
