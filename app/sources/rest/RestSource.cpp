#include "RestSource.h"

#include "ingest/ImportJob.h"
#include "store/Catalog.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::RestSource", text);
}

// "Bearer ${TRENDLENS_TMDB_TOKEN}" → the token, in memory only.
Status expand(const QString &text, QString &out) {
    static const QRegularExpression variable(QStringLiteral("\\$\\{([A-Za-z_][A-Za-z0-9_]*)\\}"));
    out = text;
    auto it = variable.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString value = qEnvironmentVariable(m.captured(1).toLatin1().constData());
        if (value.isEmpty())
            return Status::badInput(QCoreApplication::translate(
                                        "tl::RestSource", "rest: set %1 (a header refers to it)")
                                        .arg(m.captured(1)));
        out.replace(m.captured(0), value);
    }
    return Status::success();
}

QJsonValue at(const QJsonValue &root, const QString &path) {
    QJsonValue value = root;
    for (const QString &part : path.split(u'.', Qt::SkipEmptyParts))
        value = value.toObject().value(part);
    return value;
}

} // namespace

Status RestOptions::fromRecipe(const QString &path, RestOptions &out) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::badInput(QStringLiteral("%1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonObject recipe = QJsonDocument::fromJson(file.readAll(), &error).object();
    if (error.error != QJsonParseError::NoError)
        return Status::badInput(QCoreApplication::translate("tl::RestSource", "%1: byte %2: %3")
                                    .arg(QFileInfo(path).fileName())
                                    .arg(error.offset + 1)
                                    .arg(error.errorString()));
    out.url = recipe.value(QStringLiteral("url")).toString();
    out.recordsPath = recipe.value(QStringLiteral("records")).toString();
    out.dataset = recipe.value(QStringLiteral("dataset")).toString();
    out.pageParam = recipe.value(QStringLiteral("page_param")).toString();
    out.pages = recipe.value(QStringLiteral("pages")).toInt(1);
    const QJsonObject headers = recipe.value(QStringLiteral("headers")).toObject();
    for (auto it = headers.begin(); it != headers.end(); ++it)
        out.headers.append(it.key() + QStringLiteral(": ") + it.value().toString());
    if (out.url.isEmpty() || out.dataset.isEmpty())
        return Status::badInput(QCoreApplication::translate(
                                    "tl::RestSource", "%1: a recipe needs \"url\" and \"dataset\"")
                                    .arg(QFileInfo(path).fileName()));
    return Status::success();
}

RestSource::RestSource(QString workspacePath, RestOptions options)
    : m_path(std::move(workspacePath))
    , m_options(std::move(options)) {
}

Status RestSource::run(RestResult &result) {
    result = RestResult{};
    if (Status s = Catalog::checkName(m_options.dataset); !s)
        return s;
    QList<QPair<QByteArray, QByteArray>> headers;
    QStringList headerNames;
    for (const QString &header : m_options.headers) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return Status::badInput(
                tr("rest: a header is \"Name: value\", not '%1'").arg(header.left(40)));
        QString value;
        if (Status s = expand(header.mid(colon + 1).trimmed(), value); !s)
            return s;
        headers.append({header.left(colon).trimmed().toUtf8(), value.toUtf8()});
        headerNames.append(header.left(colon).trimmed());
    }
    HttpClient client(m_options.policy, &m_cancelled);
    QTemporaryDir dir;
    QFile records(dir.filePath(QStringLiteral("records.ndjson")));
    if (!dir.isValid() || !records.open(QIODevice::WriteOnly))
        return Status::internal(tr("cannot create a temporary file"));
    const QString collectedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const int pages = m_options.pageParam.isEmpty() ? 1 : std::max(1, m_options.pages);
    for (int page = 1; page <= pages; ++page) {
        QUrl url(m_options.url);
        if (!m_options.pageParam.isEmpty()) {
            QUrlQuery query(url);
            query.removeAllQueryItems(m_options.pageParam);
            query.addQueryItem(m_options.pageParam, QString::number(page));
            url.setQuery(query);
        }
        HttpResponse response;
        if (Status s = client.send({url, headers, {}}, response); !s)
            return s;
        if (response.status != 200)
            return Status::sourceError(tr("%1: HTTP %2").arg(url.toString()).arg(response.status));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(response.body, &error);
        if (error.error != QJsonParseError::NoError)
            return Status::sourceError(tr("%1: byte %2: not JSON (%3)")
                                           .arg(url.toString())
                                           .arg(error.offset + 1)
                                           .arg(error.errorString()));
        const QJsonValue list = m_options.recordsPath.isEmpty()
                                    ? QJsonValue(json.array())
                                    : at(json.object(), m_options.recordsPath);
        if (!list.isArray())
            return Status::sourceError(
                tr("%1: no array at '%2'").arg(url.toString(), m_options.recordsPath));
        if (list.toArray().isEmpty())
            break;
        for (const QJsonValue &record : list.toArray()) {
            QJsonObject object = record.toObject();
            object.insert(QStringLiteral("collected_at"), collectedAt);
            records.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
            ++result.rows;
        }
        ++result.pages;
    }
    records.close();
    if (result.rows == 0)
        return Status::sourceError(tr("%1: the API returned no records").arg(m_options.url));
    // The same engine as a JSON import: flattening, types, one transaction, the run log.
    ImportOptions import;
    import.files = {records.fileName()};
    import.dataset = m_options.dataset;
    import.sniff.format = FileFormat::Ndjson;
    import.sourceKind = QStringLiteral("rest");
    import.sourceParams = {{QStringLiteral("url"), m_options.url},
                           {QStringLiteral("records"), m_options.recordsPath},
                           { QStringLiteral("header_names"),
                             QJsonArray::fromStringList(headerNames) }};
    {
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::open(m_path, workspace); !s)
            return s;
        if (workspace->catalog().find(m_options.dataset))
            import.mode = ImportMode::Append;
    }
    ImportResult imported;
    return ImportJob(m_path, import).run(imported);
}

} // namespace tl
