#include "RestSource.h"

#include "ingest/ImportJob.h"
#include "sources/SourceRun.h"
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
    const QJsonObject types = recipe.value(QStringLiteral("columns")).toObject();
    for (auto it = types.begin(); it != types.end(); ++it) {
        const auto type = columnTypeFromString(it.value().toString());
        if (!type)
            return Status::badInput(
                QCoreApplication::translate("tl::RestSource",
                                            "%1: column \"%2\": unknown type \"%3\" (integer, "
                                            "real, boolean, date, timestamp, text or json)")
                    .arg(QFileInfo(path).fileName(), it.key(), it.value().toString()));
        out.columnTypes.insert(it.key(), *type);
    }
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

SourceDescription RestSource::description() {
    using Kind = SourceParameter::Kind;
    SourceDescription d;
    d.id = QStringLiteral("rest");
    d.title = tr("Any JSON API (REST)");
    d.help = tr("Adds the records of any JSON API to a dataset, flattened like a JSON import.");
    d.parameters = {
        {.name = QStringLiteral("url"),
         .kind = Kind::Text,
         .label = tr("Address:"),
         .help = tr("The JSON API address.")},
        {.name = QStringLiteral("records"),
         .kind = Kind::Text,
         .label = tr("Records at:"),
         .help = tr("Where the records are: results, data.items (default: the top-level "
                    "array).")},
        {.name = QStringLiteral("dataset"),
         .kind = Kind::Text,
         .label = tr("Dataset:"),
         .help = tr("The dataset to add the records to.")},
        {.name = QStringLiteral("header"),
         .kind = Kind::TextList,
         .label = tr("Headers:"),
         .help = tr("A request header, \"Name: value\"; ${VAR} takes a value from the "
                    "environment (repeatable).")},
        {.name = QStringLiteral("page-param"),
         .kind = Kind::Text,
         .label = tr("Page parameter:"),
         .help = tr("The query parameter that pages.")},
        {.name = QStringLiteral("pages"),
         .kind = Kind::Integer,
         .label = tr("Pages:"),
         .help = tr("Pages to fetch (stops at an empty one)."),
         .initial = 1},
        {.name = QStringLiteral("recipe"),
         .kind = Kind::File,
         .label = tr("Recipe:"),
         .help = tr("All of the above from a JSON recipe.")},
    };
    d.create = [](const QString &workspace, const SourceValues &values, const QString &baseUrl,
                  const QString &, std::unique_ptr<Source> &source) {
        RestOptions options;
        const auto text = [&values](const char *name) {
            return values.value(QString::fromLatin1(name)).toString().trimmed();
        };
        if (!text("recipe").isEmpty()) {
            if (Status s = RestOptions::fromRecipe(text("recipe"), options); !s)
                return s;
        }
        // What is given on its own overrides the recipe.
        const std::pair<const char *, QString *> fields[] = {{"url", &options.url},
                                                             {"records", &options.recordsPath},
                                                             {"dataset", &options.dataset},
                                                             {"page-param", &options.pageParam}};
        for (const auto &[name, field] : fields)
            if (!text(name).isEmpty())
                *field = text(name);
        options.headers += values.value(QStringLiteral("header")).toStringList();
        if (values.contains(QStringLiteral("pages")))
            options.pages = values.value(QStringLiteral("pages")).toInt();
        // The base URL replaces the address's scheme, host and port (a proxy, a test server).
        if (!baseUrl.isEmpty() && !options.url.isEmpty()) {
            const QUrl base(baseUrl);
            QUrl url(options.url);
            url.setScheme(base.scheme());
            url.setHost(base.host());
            url.setPort(base.port());
            options.url = url.toString();
        }
        if (options.url.isEmpty() || options.dataset.isEmpty())
            return Status::badInput(tr("rest: --url URL --dataset NAME [--records PATH], or "
                                       "--recipe FILE"));
        source = std::make_unique<RestSource>(workspace, options);
        return Status::success();
    };
    return d;
}

Status RestSource::run(SourceReport &report) {
    RestResult result;
    const Status status = run(result);
    report.summary = tr("%1 records from %2 pages into %3")
                         .arg(result.rows)
                         .arg(result.pages)
                         .arg(m_options.dataset);
    return status;
}

Status RestSource::run(RestResult &result) {
    result = RestResult{};
    if (Status s = Catalog::checkName(m_options.dataset); !s)
        return s;
    Headers headers;
    QStringList headerNames;
    if (Status s = requestHeaders(headers, headerNames); !s)
        return s;
    // Header values may hold tokens: only their names are recorded.
    const QJsonObject params{
        {QStringLiteral("url"), m_options.url},
        {QStringLiteral("records"), m_options.recordsPath},
        {QStringLiteral("dataset"), m_options.dataset},
        {QStringLiteral("pages"), m_options.pages},
        {QStringLiteral("header_names"), QJsonArray::fromStringList(headerNames)}};
    SourceRun run(m_path, QStringLiteral("rest"), params);
    run.setWaiting(m_waiting, &m_cancelled);
    if (Status s = run.begin(); !s)
        return s;
    QTemporaryDir dir;
    QFile records(dir.filePath(QStringLiteral("records.ndjson")));
    if (!dir.isValid() || !records.open(QIODevice::WriteOnly))
        return run.fail(Status::internal(tr("cannot create a temporary file")));
    if (Status s = fetchPages(headers, run.runId(), records, result); !s)
        return run.fail(s);
    if (!records.flush() || records.error() != QFileDevice::NoError)
        return run.fail(Status::internal(
            tr("%1: cannot write (%2)").arg(records.fileName(), records.errorString())));
    records.close();
    if (result.rows == 0)
        return run.fail(
            Status::sourceError(tr("%1: the API returned no records").arg(m_options.url)));
    if (Status s = importRecords(records.fileName(), params, run); !s)
        return run.fail(s);
    return run.commit();
}

Status RestSource::requestHeaders(Headers &headers, QStringList &names) const {
    for (const QString &header : m_options.headers) {
        const qsizetype colon = header.indexOf(u':');
        if (colon <= 0)
            return Status::badInput(
                tr("rest: a header is \"Name: value\", not '%1'").arg(header.left(40)));
        QString value;
        if (Status s = expand(header.mid(colon + 1).trimmed(), value); !s)
            return s;
        headers.append({header.left(colon).trimmed().toUtf8(), value.toUtf8()});
        names.append(header.left(colon).trimmed());
    }
    return Status::success();
}

// Every page's records, stamped with the run, as NDJSON lines in `records`.
Status RestSource::fetchPages(const Headers &headers, qint64 runId, QFile &records,
                              RestResult &result) {
    HttpPolicy policy = m_options.policy;
    if (policy.service.isEmpty()) // runs against one API share its limits
        policy.service = QUrl(m_options.url).host();
    HttpClient client(policy, &m_cancelled);
    client.setRetrying(m_retrying);
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
            object.insert(QStringLiteral("run_id"), runId);
            object.insert(QStringLiteral("collected_at"), collectedAt);
            records.write(QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n');
            ++result.rows;
        }
        ++result.pages;
        if (m_progress)
            m_progress(page, pages);
    }
    return Status::success();
}

// The same engine as a JSON import: flattening, types, one transaction.
Status RestSource::importRecords(const QString &file, const QJsonObject &params, SourceRun &run) {
    ImportOptions import;
    import.files = {file};
    import.dataset = m_options.dataset;
    import.sniff.format = FileFormat::Ndjson;
    import.sourceKind = QStringLiteral("rest");
    import.sourceParams = params;
    import.typesByName = m_options.columnTypes;
    import.typesByName.insert(QStringLiteral("run_id"), ColumnType::Integer);
    import.typesByName.insert(QStringLiteral("collected_at"), ColumnType::Timestamp);
    import.forSourceRun = true;
    {
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::open(m_path, workspace); !s)
            return s;
        const auto existing = workspace->catalog().find(m_options.dataset);
        if (!existing)
            return existing.status();
        if (*existing)
            import.mode = ImportMode::Append;
    }
    ImportJob job(m_path, import);
    job.setWaiting(m_waiting);
    ImportResult imported;
    if (Status s = job.run(imported); !s)
        return s;
    run.countRows(imported.rows);
    return Status::success();
}

} // namespace tl
