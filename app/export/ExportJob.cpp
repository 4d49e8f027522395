#include "ExportJob.h"

#include "export/CsvWriter.h"
#include "export/OutputFile.h"
#include "store/Catalog.h"
#include "store/Connection.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace tl {

namespace {
QString tr(const char *text) {
    return QCoreApplication::translate("tl::ExportJob", text);
}
constexpr qint64 kProgressEvery = 10000;
} // namespace

ExportJob::ExportJob(QString workspacePath, QString dataset, QString outPath, QString encoding)
    : m_workspacePath(std::move(workspacePath))
    , m_dataset(std::move(dataset))
    , m_outPath(std::move(outPath))
    , m_encoding(std::move(encoding)) {
}

Status ExportJob::run(ExportResult &result) {
    result = ExportResult{};
    Connection connection;
    if (Status s = connection.open(m_workspacePath, Connection::Access::ReadOnly); !s)
        return s;
    SqliteDialect dialect;
    const auto found = Catalog(connection.db(), dialect).find(m_dataset);
    if (!found)
        return found.status();
    const std::optional<DatasetInfo> &info = *found;
    if (!info)
        return Status::badInput(tr("no dataset named '%1'").arg(m_dataset));

    OutputFile file(m_outPath);
    if (Status s = file.open(OutputFile::workspaceFiles(m_workspacePath)); !s)
        return s;
    CsvWriter writer(file.device(), m_encoding);
    if (!writer.isValid()) {
        file.cancel();
        return Status::badInput(tr("unknown encoding '%1'").arg(m_encoding));
    }

    QStringList header, columns;
    for (const Column &c : info->columns) {
        header.append(c.name);
        columns.append(dialect.quoteIdentifier(c.name));
    }
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY rowid")
                        .arg(columns.join(u", "), dialect.quoteIdentifier(info->tableName)))) {
        file.cancel();
        return Status::internal(query.lastError().text());
    }
    writer.writeRow(header);
    QVariantList values;
    while (query.next()) {
        if (m_cancelled) {
            file.cancel();
            return Status::cancelled(tr("export cancelled; nothing was written"));
        }
        values.clear();
        for (int i = 0; i < header.size(); ++i)
            values.append(query.value(i));
        writer.writeRow(values);
        if (++result.rows % kProgressEvery == 0 && m_progress)
            m_progress(result.rows, info->rowCount);
    }
    if (query.lastError().isValid()) {
        file.cancel();
        return Status::internal(query.lastError().text());
    }
    if (Status s = file.commit(); !s)
        return s;
    if (m_progress)
        m_progress(result.rows, result.rows);
    result.unencodable = writer.unencodable();
    return Status::success();
}

} // namespace tl
