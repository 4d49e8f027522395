#include "ScoreJob.h"

#include "columns/ColumnStore.h"
#include "store/Catalog.h"
#include "store/RunLog.h"
#include "store/Workspace.h"
#include "text/CommandScorer.h"
#include "text/DictionaryScorer.h"
#include "text/LexiconScorer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::ScoreJob", text);
}

const Column *columnNamed(const Columns &columns, const QString &name) {
    for (const Column &c : columns) {
        if (c.name.compare(name, Qt::CaseInsensitive) == 0)
            return &c;
    }
    return nullptr;
}

QString describe(const ScoreProvenance &p) {
    return p.scorer == QLatin1String("command")
               ? QCoreApplication::translate("tl::ScoreJob", "the command '%1'").arg(p.command)
               : QCoreApplication::translate("tl::ScoreJob", "the %1 scorer %2 (%3)")
                     .arg(p.scorer, p.version, p.language);
}

} // namespace

ScoreJob::ScoreJob(QString workspacePath, ScoreOptions options)
    : m_path(std::move(workspacePath))
    , m_options(std::move(options)) {
}

ScoreJob::~ScoreJob() = default; // the transaction guard rolls back what is not committed

QStringList ScoreJob::scorerKinds() {
    return {QStringLiteral("lexicon"), QStringLiteral("dictionary"), QStringLiteral("command")};
}

Result<std::unique_ptr<text::Scorer>> ScoreJob::createScorer() const {
    const QString &kind = m_options.scorer;
    if (kind == QLatin1String("lexicon")) {
        auto scorer = text::LexiconScorer::create(m_options.language);
        if (!scorer)
            return scorer.status();
        return std::unique_ptr<text::Scorer>(std::move(scorer.value()));
    }
    if (kind == QLatin1String("dictionary")) {
        auto scorer = text::DictionaryScorer::create(m_options.language);
        if (!scorer)
            return scorer.status();
        return std::unique_ptr<text::Scorer>(std::move(scorer.value()));
    }
    if (kind == QLatin1String("command")) {
        if (m_options.command.trimmed().isEmpty())
            return Status::badInput(tr("the command scorer needs --command \"PROGRAM ARGS\""));
        if (m_options.timeoutSeconds <= 0)
            return Status::badInput(tr("--timeout must be a number of seconds above 0"));
        return std::unique_ptr<text::Scorer>(
            std::make_unique<text::CommandScorer>(m_options.command, m_options.timeoutSeconds));
    }
    return Status::badInput(tr("unknown scorer '%1' (lexicon, dictionary or command)").arg(kind));
}

Status ScoreJob::check(const DatasetInfo &info) {
    const Column *source = columnNamed(info.columns, m_options.column);
    if (!source)
        return Status::badInput(
            tr("dataset '%1' has no column '%2'").arg(info.name, m_options.column));
    if (source->type != ColumnType::Text)
        return Status::badInput(tr("column '%1' holds %2 values; a scorer reads text")
                                    .arg(source->name, typeName(source->type)));
    m_options.column = source->name;
    if (m_options.into.isEmpty())
        m_options.into = defaultInto(source->name);
    if (m_options.into.trimmed() != m_options.into || m_options.into.size() > 128)
        return Status::badInput(tr("'%1' cannot name a column").arg(m_options.into));
    const auto previous = ScoreColumns(m_connection.db()).find(info.id, m_options.into);
    if (!previous)
        return previous.status();
    const Column *into = columnNamed(info.columns, m_options.into);
    if (into && !*previous)
        return Status::badInput(tr("column '%1' of '%2' already holds other values; choose "
                                   "another name with --into")
                                    .arg(into->name, info.name));
    if (into)
        m_options.into = into->name;
    m_columnExists = into != nullptr;
    // A record without its column (the dataset was replaced by a new import) is history.
    if (*previous && into)
        m_provenance = **previous;
    return Status::success();
}

Status ScoreJob::run(ScoreResult &result) {
    {
        std::unique_ptr<Workspace> workspace; // creates or migrates the file first
        if (Status s = Workspace::open(m_path, workspace, Workspace::Create::Never); !s)
            return s;
    }
    if (Status s = m_connection.open(m_path); !s)
        return s;
    m_connection.waitForWriters(m_waiting, &m_cancelled);
    const auto found = Catalog(m_connection.db(), m_dialect).find(m_options.dataset);
    if (!found)
        return found.status();
    if (!*found)
        return Status::badInput(
            tr("there is no dataset '%1' (trendlens datasets lists them)").arg(m_options.dataset));
    m_info = std::make_unique<DatasetInfo>(**found);
    if (Status s = check(*m_info); !s)
        return s;
    auto created = createScorer();
    if (!created)
        return created.status();
    std::unique_ptr<text::Scorer> scorer = std::move(created.value());

    const bool previous = !m_provenance.scorer.isEmpty();
    ScoreProvenance wanted{m_options.into,
                           m_options.column,
                           m_provenance.labelColumn,
                           scorer->kind(),
                           scorer->version(),
                           scorer->kind() == QLatin1String("command") ? m_options.command
                                                                      : QString(),
                           m_options.language,
                           QDateTime::currentDateTimeUtc()};
    if (previous && !m_provenance.sameScoring(wanted) && !m_options.rescore)
        return Status::badInput(
            tr("'%1' holds scores of %2 on '%3'; run with --rescore to replace them with "
               "scores of %4 on '%5'")
                .arg(m_options.into, describe(m_provenance), m_provenance.sourceColumn,
                     describe(wanted), m_options.column));
    m_provenance = wanted;
    if (Status s = scorer->start(); !s)
        return s;

    QJsonObject params{{QStringLiteral("column"), m_options.column},
                       {QStringLiteral("into"), m_options.into},
                       {QStringLiteral("scorer"), m_provenance.scorer},
                       {QStringLiteral("version"), m_provenance.version},
                       {QStringLiteral("language"), m_options.language},
                       {QStringLiteral("rescore"), m_options.rescore}};
    const Result<qint64> started =
        RunLog(m_connection.db())
            .start(QStringLiteral("score"), m_info->name, params, QDateTime::currentDateTimeUtc());
    if (!started)
        return started.status();
    m_runId = *started;
    if (Status s = countWaiting(result); !s)
        return fail(s);

    bool inputEnded = false;
    bool finished = false;
    std::vector<text::ScoreRequest> page;
    std::vector<text::ScoreAnswer> answers;
    while (!finished) {
        if (m_cancelled)
            return finish(QStringLiteral("cancelled"), result);
        if (!inputEnded && scorer->wantsInput()) {
            if (Status s = readPage(page); !s)
                return fail(s);
            Status sent = page.empty() ? scorer->endInput() : scorer->send(page);
            if (!sent)
                return fail(sent);
            inputEnded = page.empty();
        }
        answers.clear();
        const int waitMs = inputEnded || !scorer->wantsInput() ? 100 : 0;
        if (Status s = scorer->receive(answers, waitMs, finished); !s)
            return fail(s);
        if (Status s = write(answers); !s)
            return fail(s);
        if (m_progress && !answers.empty())
            m_progress(m_scored, result.waiting);
        if (m_transaction.isOpen() &&
            (m_inBatch >= kCommitRows || m_batchTimer.elapsed() >= kCommitMs)) {
            if (Status s = commitBatch(); !s)
                return fail(s);
        }
    }
    return finish(QStringLiteral("ok"), result);
}

Status ScoreJob::countWaiting(ScoreResult &result) {
    const QString text = m_dialect.quoteIdentifier(m_options.column);
    QString sql = QStringLiteral("SELECT count(*) FROM %1 WHERE %2 IS NOT NULL AND %2 <> ''")
                      .arg(m_dialect.quoteIdentifier(m_info->tableName), text);
    if (m_columnExists && !m_options.rescore)
        sql += QStringLiteral(" AND %1 IS NULL").arg(m_dialect.quoteIdentifier(m_options.into));
    QSqlQuery q(m_connection.db());
    if (!q.exec(sql) || !q.next())
        return Status::internal(q.lastError().text());
    result.waiting = q.value(0).toLongLong();
    return Status::success();
}

Status ScoreJob::readPage(std::vector<text::ScoreRequest> &page) {
    page.clear();
    const QString text = m_dialect.quoteIdentifier(m_options.column);
    QString sql = QStringLiteral("SELECT rowid, %2 FROM %1 WHERE rowid > ? AND %2 IS NOT NULL "
                                 "AND %2 <> ''")
                      .arg(m_dialect.quoteIdentifier(m_info->tableName), text);
    // A rescore reads every row, the first committed batch clears the old scores under it.
    if (m_columnExists && !m_options.rescore)
        sql += QStringLiteral(" AND %1 IS NULL").arg(m_dialect.quoteIdentifier(m_options.into));
    sql += QStringLiteral(" ORDER BY rowid LIMIT %1").arg(kPageRows);
    QSqlQuery q(m_connection.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(m_lastRowid);
    if (!q.exec())
        return Status::internal(q.lastError().text());
    while (q.next())
        page.push_back({q.value(0).toLongLong(), q.value(1).toString()});
    if (q.lastError().isValid())
        return Status::internal(q.lastError().text());
    if (!page.empty())
        m_lastRowid = page.back().id;
    return Status::success();
}

Status ScoreJob::prepareColumns() {
    const QString table = m_dialect.quoteIdentifier(m_info->tableName);
    QSqlQuery q(m_connection.db());
    if (!m_columnExists) {
        if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                        .arg(table, m_dialect.quoteIdentifier(m_options.into),
                             m_dialect.storageType(ColumnType::Real))))
            return Status::internal(q.lastError().text());
        m_info->columns.append({m_options.into, ColumnType::Real, ColumnRole::Measure});
        m_columnExists = true;
    } else if (m_options.rescore) {
        QString sql = QStringLiteral("UPDATE %1 SET %2 = NULL")
                          .arg(table, m_dialect.quoteIdentifier(m_options.into));
        if (!m_provenance.labelColumn.isEmpty())
            sql += QStringLiteral(", %1 = NULL")
                       .arg(m_dialect.quoteIdentifier(m_provenance.labelColumn));
        if (!q.exec(sql))
            return Status::internal(q.lastError().text());
    }
    m_prepared = true;
    if (Status s = ScoreColumns(m_connection.db()).save(m_info->id, m_provenance); !s)
        return s;
    if (Status s = Catalog(m_connection.db(), m_dialect).save(*m_info); !s)
        return s;
    return prepareUpdate();
}

Status ScoreJob::addLabelColumn() {
    const QString label = labelColumnOf(m_options.into);
    if (const Column *existing = columnNamed(m_info->columns, label))
        return Status::badInput(tr("the scorer gives labels, but column '%1' of '%2' already "
                                   "holds other values")
                                    .arg(existing->name, m_info->name));
    QSqlQuery q(m_connection.db());
    if (!q.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                    .arg(m_dialect.quoteIdentifier(m_info->tableName),
                         m_dialect.quoteIdentifier(label),
                         m_dialect.storageType(ColumnType::Text))))
        return Status::internal(q.lastError().text());
    m_info->columns.append({label, ColumnType::Text, ColumnRole::Category});
    m_provenance.labelColumn = label;
    if (Status s = ScoreColumns(m_connection.db()).save(m_info->id, m_provenance); !s)
        return s;
    if (Status s = Catalog(m_connection.db(), m_dialect).save(*m_info); !s)
        return s;
    return prepareUpdate();
}

Status ScoreJob::prepareUpdate() {
    QString sets = QStringLiteral("%1 = ?").arg(m_dialect.quoteIdentifier(m_options.into));
    if (!m_provenance.labelColumn.isEmpty())
        sets += QStringLiteral(", %1 = ?").arg(m_dialect.quoteIdentifier(m_provenance.labelColumn));
    m_update = std::make_unique<QSqlQuery>(m_connection.db());
    if (!m_update->prepare(QStringLiteral("UPDATE %1 SET %2 WHERE rowid = ?")
                               .arg(m_dialect.quoteIdentifier(m_info->tableName), sets)))
        return Status::internal(m_update->lastError().text());
    return Status::success();
}

Status ScoreJob::write(const std::vector<text::ScoreAnswer> &answers) {
    if (answers.empty())
        return Status::success();
    if (!m_transaction.isOpen()) {
        if (Status s = m_transaction.begin(); !s)
            return s;
        m_batchTimer.start();
        m_inBatch = 0;
    }
    if (!m_prepared) {
        if (Status s = prepareColumns(); !s)
            return s;
    }
    for (const text::ScoreAnswer &answer : answers) {
        if (!answer.label.isEmpty() && m_provenance.labelColumn.isEmpty()) {
            if (Status s = addLabelColumn(); !s)
                return s;
        }
        m_update->addBindValue(answer.score);
        if (!m_provenance.labelColumn.isEmpty())
            m_update->addBindValue(answer.label.isEmpty() ? QVariant() : QVariant(answer.label));
        m_update->addBindValue(answer.id);
        if (!m_update->exec())
            return Status::internal(m_update->lastError().text());
    }
    m_inBatch += qint64(answers.size());
    m_scored += qint64(answers.size());
    return Status::success();
}

Status ScoreJob::commitBatch() {
    if (Status s = RunLog(m_connection.db()).progress(m_runId, m_scored); !s)
        return s;
    if (Status s = m_transaction.commit(); !s)
        return s;
    m_inBatch = 0;
    return Status::success();
}

Status ScoreJob::finish(const QString &status, ScoreResult &result) {
    if (!m_transaction.isOpen()) {
        if (Status s = m_transaction.begin(); !s)
            return fail(s);
    }
    // Nothing waited, or a Cancel before the first answer: the column is still made, so
    // charts and the next run can name it.
    if (!m_prepared && !(m_columnExists && status != QLatin1String("ok"))) {
        if (Status s = prepareColumns(); !s)
            return fail(s);
    }
    m_provenance.scoredAt = QDateTime::currentDateTimeUtc();
    if (m_prepared) {
        if (Status s = ScoreColumns(m_connection.db()).save(m_info->id, m_provenance); !s)
            return fail(s);
    }
    m_info->updatedAt = m_provenance.scoredAt;
    if (Status s = Catalog(m_connection.db(), m_dialect).save(*m_info); !s)
        return fail(s);
    if (Status s = ColumnStore(m_connection.db(), m_connection.sqliteHandle()).sync(*m_info); !s)
        return fail(s);
    if (Status s = RunLog(m_connection.db()).finish(m_runId, status, m_scored); !s)
        return fail(s);
    if (Status s = m_transaction.commit(); !s)
        return fail(s);
    result.scored = m_scored;
    result.labelColumn = m_provenance.labelColumn;
    result.provenance = m_provenance;
    if (status == QLatin1String("cancelled"))
        return Status::cancelled(tr("cancelled: %1 rows scored, the other %2 wait for the next run")
                                     .arg(m_scored)
                                     .arg(result.waiting - m_scored));
    return Status::success();
}

Status ScoreJob::fail(const Status &error) {
    m_transaction.rollback();
    (void)RunLog(m_connection.db())
        .finish(m_runId,
                error.kind() == ErrorKind::Cancelled ? QStringLiteral("cancelled")
                                                     : QStringLiteral("failed"),
                m_scored - m_inBatch, error.message());
    return error;
}

} // namespace tl
