#include "GmarketBestSource.h"

#include "sources/SourceRun.h"
#include "sources/gmarket/HtmlDocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::GmarketBestSource", text);
}

// "12,500원" → 12500; nothing numeric → NULL.
QVariant integerOf(const QString &text) {
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    bool ok = false;
    const qlonglong v = digits.toLongLong(&ok);
    return ok ? QVariant(v) : QVariant();
}

} // namespace

GmarketBestSource::GmarketBestSource(QString workspacePath, GmarketOptions options)
    : m_path(std::move(workspacePath))
    , m_options(std::move(options)) {
}

Status GmarketBestSource::loadRecipe(const QString &path, QJsonObject &recipe) {
    QFile file(path.isEmpty() ? QStringLiteral(":/sources/gmarket_best.json") : path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::badInput(QStringLiteral("%1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !json.isObject())
        return Status::badInput(tr("%1: byte %2: %3")
                                    .arg(file.fileName())
                                    .arg(error.offset + 1)
                                    .arg(error.errorString()));
    recipe = json.object();
    if (recipe.value(QStringLiteral("items")).toString().isEmpty() ||
        recipe.value(QStringLiteral("fields")).toArray().isEmpty())
        return Status::badInput(
            tr("%1: a recipe needs \"items\" and \"fields\"").arg(file.fileName()));
    return Status::success();
}

SourceDescription GmarketBestSource::description() {
    using Kind = SourceParameter::Kind;
    SourceDescription d;
    d.id = QStringLiteral("gmarket-best");
    d.title = tr("Gmarket best-100 (one snapshot)");
    d.help = tr("Stores one snapshot of the Gmarket best-100 pages into gmarket_best.");
    d.defaultBaseUrl = GmarketOptions().baseUrl;
    SourceParameter categories{.name = QStringLiteral("category"),
                               .kind = Kind::TextList,
                               .label = tr("Categories:"),
                               .help = tr("A category code (repeatable; default: every one "
                                          "in the recipe).")};
    QJsonObject recipe;
    if (loadRecipe({}, recipe)) {
        const QJsonObject codes = recipe.value(QStringLiteral("categories")).toObject();
        for (auto it = codes.begin(); it != codes.end(); ++it)
            categories.choices.append(
                {it.key(), QStringLiteral("%1 (%2)").arg(it.value().toString(), it.key())});
    }
    d.parameters = {categories,
                    {.name = QStringLiteral("recipe"),
                     .kind = Kind::File,
                     .label = tr("Recipe:"),
                     .help = tr("A selector recipe (JSON) to use instead of the shipped "
                                "one.")}};
    d.create = [](const QString &workspace, const SourceValues &values, const QString &baseUrl,
                  const QString &, std::unique_ptr<Source> &source) {
        GmarketOptions options;
        options.categories = values.value(QStringLiteral("category")).toStringList();
        options.recipePath = values.value(QStringLiteral("recipe")).toString().trimmed();
        if (!baseUrl.isEmpty())
            options.baseUrl = baseUrl;
        source = std::make_unique<GmarketBestSource>(workspace, options);
        return Status::success();
    };
    return d;
}

Status GmarketBestSource::run(SourceReport &report) {
    GmarketResult result;
    const Status status = run(result);
    report.summary = tr("%1 items from %2 pages").arg(result.rows).arg(result.pages);
    return status;
}

Status GmarketBestSource::run(GmarketResult &result) {
    result = GmarketResult{};
    QJsonObject recipe;
    if (Status s = loadRecipe(m_options.recipePath, recipe); !s)
        return s;
    const QJsonObject known = recipe.value(QStringLiteral("categories")).toObject();
    const QStringList categories =
        m_options.categories.isEmpty() ? known.keys() : m_options.categories;
    SourceRun run(m_path, QStringLiteral("gmarket-best"),
                  {{QStringLiteral("categories"), QJsonValue::fromVariant(categories)},
                   {QStringLiteral("base_url"), m_options.baseUrl}});
    run.setWaiting(m_waiting, &m_cancelled);
    if (Status s = run.begin(); !s)
        return s;
    HttpClient client(m_options.policy, &m_cancelled);
    client.setRetrying(m_retrying);
    QList<QVariantList> rows;
    for (const QString &category : categories) {
        if (Status s = fetchCategory(client, recipe, category, rows); !s)
            return run.fail(s);
        ++result.pages;
        if (m_progress)
            m_progress(result.pages, categories.size());
        if (m_cancelled)
            return run.fail(Status::cancelled(tr("fetch cancelled; nothing was stored")));
    }
    // Each run is a new snapshot: rows are added, never replaced (collected_at tells them apart).
    if (Status s = run.write(QStringLiteral("gmarket_best"), columnsOf(recipe), rows); !s)
        return run.fail(s);
    result.rows = rows.size();
    return run.commit();
}

Columns GmarketBestSource::columnsOf(const QJsonObject &recipe) {
    Columns columns{{QStringLiteral("category_code"), ColumnType::Text, ColumnRole::Category},
                    {QStringLiteral("category_name"), ColumnType::Text, ColumnRole::Category}};
    for (const QJsonValue &value : recipe.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject field = value.toObject();
        const bool integer =
            field.value(QStringLiteral("type")).toString() == QLatin1String("integer");
        columns.append({field.value(QStringLiteral("name")).toString(),
                        integer ? ColumnType::Integer : ColumnType::Text,
                        integer ? ColumnRole::Measure : ColumnRole::Category});
    }
    return columns;
}

// One category's best-100 page: fetched, checked for a bot wall, its items read by the
// recipe's selectors into `rows`.
Status GmarketBestSource::fetchCategory(HttpClient &client, const QJsonObject &recipe,
                                        const QString &category, QList<QVariantList> &rows) {
    QString path = recipe.value(QStringLiteral("url")).toString();
    path.replace(QStringLiteral("{category}"), category);
    const QUrl url(m_options.baseUrl + path);
    HttpResponse response;
    if (Status s = client.send({url}, response); !s)
        return s;
    const QString page = QString::fromUtf8(response.body);
    bool blocked = response.status == 403;
    for (const QJsonValue &marker : recipe.value(QStringLiteral("blocked")).toArray())
        blocked = blocked || page.contains(marker.toString(), Qt::CaseInsensitive);
    if (blocked)
        return Status::sourceError(
            tr("%1: Gmarket answered with a bot check or refusal (HTTP %2), not a best-seller "
               "page; try again later, more slowly")
                .arg(url.toString())
                .arg(response.status));
    if (response.status != 200)
        return Status::sourceError(tr("%1: HTTP %2").arg(url.toString()).arg(response.status));
    HtmlDocument html(response.body);
    const auto items = html.select(recipe.value(QStringLiteral("items")).toString());
    if (items.isEmpty())
        return Status::sourceError(
            tr("%1: no items found; the page layout may have changed (edit the recipe)")
                .arg(url.toString()));
    const QString name =
        recipe.value(QStringLiteral("categories")).toObject().value(category).toString();
    const QJsonArray fields = recipe.value(QStringLiteral("fields")).toArray();
    for (HtmlDocument::Node item : items) {
        QVariantList row{category, name};
        bool keep = true;
        for (const QJsonValue &value : fields) {
            const QJsonObject field = value.toObject();
            const auto found = html.select(field.value(QStringLiteral("select")).toString(), item);
            QString text;
            if (!found.isEmpty()) {
                const QString attribute = field.value(QStringLiteral("attribute")).toString();
                text = attribute.isEmpty()
                           ? HtmlDocument::text(found.front())
                           : HtmlDocument::attribute(found.front(), attribute.toUtf8().constData());
            }
            if (text.isEmpty() && field.value(QStringLiteral("required")).toBool())
                keep = false;
            const bool integer =
                field.value(QStringLiteral("type")).toString() == QLatin1String("integer");
            row.append(integer ? integerOf(text) : (text.isEmpty() ? QVariant() : QVariant(text)));
        }
        if (keep)
            rows.append(row);
    }
    return Status::success();
}

} // namespace tl
