#include "ScheduleStore.h"

#include "core/Time.h"
#include "store/RunLog.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ScheduleStore", text);
}

const QString kColumns = QStringLiteral(
    "id, name, every_seconds, at_time, anchor, command, paused, created_at, next_due, "
    "last_slot, failures, lock_owner");

QDateTime timeOf(const QVariant &value) {
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    time.setTimeSpec(Qt::UTC);
    return time;
}

QVariant textOf(const QDateTime &time) {
    return time.isValid() ? QVariant(isoUtc(time)) : QVariant();
}

// The columns of what and when a schedule runs, in the order at_time, anchor, command.
void bindHow(QSqlQuery &q, const Schedule &schedule) {
    q.addBindValue(schedule.at ? QVariant(schedule.at->toString(QStringLiteral("HH:mm")))
                               : QVariant());
    q.addBindValue(isoUtc(schedule.anchor));
    q.addBindValue(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(schedule.command))
                                         .toJson(QJsonDocument::Compact)));
}

Schedule readSchedule(const QSqlQuery &q) {
    Schedule s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.everySeconds = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        s.at = QTime::fromString(q.value(3).toString(), QStringLiteral("HH:mm"));
    s.anchor = timeOf(q.value(4));
    for (const QJsonValue &word : QJsonDocument::fromJson(q.value(5).toString().toUtf8()).array())
        s.command.append(word.toString());
    s.paused = q.value(6).toBool();
    s.createdAt = timeOf(q.value(7));
    s.nextDue = timeOf(q.value(8));
    s.lastSlot = timeOf(q.value(9));
    s.failures = q.value(10).toInt();
    s.lockOwner = q.value(11).toString();
    return s;
}

} // namespace

Status ScheduleStore::add(const Schedule &schedule) {
    const auto existing = find(schedule.name);
    if (!existing)
        return existing.status();
    if (*existing)
        return Status::badInput(tr("there is already a schedule named '%1'").arg(schedule.name));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO _tl_schedules (name, every_seconds, at_time, anchor, "
                             "command, paused, created_at, next_due) VALUES (?, ?, ?, ?, ?, ?, "
                             "?, ?)"));
    q.addBindValue(schedule.name);
    q.addBindValue(schedule.everySeconds);
    bindHow(q, schedule);
    q.addBindValue(schedule.paused ? 1 : 0);
    q.addBindValue(isoUtc(schedule.createdAt));
    q.addBindValue(isoUtc(schedule.nextDue));
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    return Status::success();
}

Status ScheduleStore::replace(const Schedule &schedule) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_schedules SET every_seconds = ?, at_time = ?, anchor = "
                             "?, command = ?, next_due = ?, failures = 0 WHERE name = ?"));
    q.addBindValue(schedule.everySeconds);
    bindHow(q, schedule);
    q.addBindValue(isoUtc(schedule.nextDue));
    q.addBindValue(schedule.name);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    if (q.numRowsAffected() == 0)
        return Status::badInput(tr("no schedule named '%1'").arg(schedule.name));
    return Status::success();
}

Result<QList<Schedule>> ScheduleStore::list() const {
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM _tl_schedules ORDER BY name").arg(kColumns)))
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    QList<Schedule> schedules;
    while (q.next())
        schedules.append(readSchedule(q));
    return schedules;
}

Result<std::optional<Schedule>> ScheduleStore::find(const QString &name) const {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM _tl_schedules WHERE name = ?").arg(kColumns));
    q.addBindValue(name);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    if (!q.next())
        return std::optional<Schedule>();
    return std::optional<Schedule>(readSchedule(q));
}

Status ScheduleStore::remove(const QString &name) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM _tl_schedules WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    if (q.numRowsAffected() == 0)
        return Status::badInput(tr("no schedule named '%1'").arg(name));
    return Status::success();
}

Status ScheduleStore::setPaused(const QString &name, bool paused) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_schedules SET paused = ? WHERE name = ?"));
    q.addBindValue(paused ? 1 : 0);
    q.addBindValue(name);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    if (q.numRowsAffected() == 0)
        return Status::badInput(tr("no schedule named '%1'").arg(name));
    return Status::success();
}

Result<bool> ScheduleStore::claim(qint64 id) {
    // Compare and set in one statement: of two runners, one changes the row.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_schedules SET lock_owner = ?, lock_since = ? WHERE id = "
                             "? AND (lock_owner IS NULL OR lock_owner = ?)"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        QSqlQuery holder(m_db);
        holder.prepare(QStringLiteral("SELECT lock_owner FROM _tl_schedules WHERE id = ?"));
        holder.addBindValue(id);
        if (!holder.exec() || !holder.next())
            return Workspace::describeSqliteError(m_db.databaseName(), holder.lastError());
        const QString owner = holder.value(0).toString();
        // A holder that died leaves the lock to be taken over; a living one keeps it.
        if (!owner.isEmpty() && !RunLog::ownerIsGone(owner))
            return false;
        q.addBindValue(RunLog::owner());
        q.addBindValue(isoUtc(QDateTime::currentDateTimeUtc()));
        q.addBindValue(id);
        q.addBindValue(owner.isEmpty() ? QVariant() : QVariant(owner));
        if (!q.exec())
            return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
        if (q.numRowsAffected() == 1)
            return true;
    }
    return false;
}

Status ScheduleStore::release(qint64 id) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_schedules SET lock_owner = NULL, lock_since = NULL WHERE "
                             "id = ? AND lock_owner = ?"));
    q.addBindValue(id);
    q.addBindValue(RunLog::owner());
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    return Status::success();
}

Status ScheduleStore::finish(qint64 id, const QDateTime &slot, bool ok, const QDateTime &nextDue,
                             int failures) {
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE _tl_schedules SET next_due = ?, failures = ?, last_slot = "
                             "coalesce(?, last_slot), lock_owner = NULL, lock_since = NULL "
                             "WHERE id = ?"));
    q.addBindValue(isoUtc(nextDue));
    q.addBindValue(failures);
    q.addBindValue(ok ? textOf(slot) : QVariant());
    q.addBindValue(id);
    if (!q.exec())
        return Workspace::describeSqliteError(m_db.databaseName(), q.lastError());
    return Status::success();
}

} // namespace tl
