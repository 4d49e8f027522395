#pragma once

#include "core/ColumnType.h"
#include "core/Status.h"
#include "sources/HttpClient.h"
#include "sources/Source.h"
#include "sources/SourceCatalog.h"

#include <QJsonObject>
#include <QStringList>

#include <atomic>
#include <functional>

namespace tl {

struct GmarketOptions {
    QStringList categories; // empty: every category of the recipe
    QString baseUrl = QStringLiteral("https://www.gmarket.co.kr");
    QString recipePath; // empty: the recipe shipped in resources/sources/gmarket_best.json
    HttpPolicy policy{.service = QStringLiteral("gmarket")};
};

struct GmarketResult {
    int pages = 0;
    qint64 rows = 0;
};

// Gmarket best-100 pages, one per category, read by an HTML parser driven by a selector
// recipe (editable JSON) into gmarket_best: one snapshot per run, stamped collected_at, so the
// hourly history charts rank and price per item over time. Prices "12,500" become integers;
// banners and script text are not items; a bot-check or 403 page is reported as such.
class GmarketBestSource : public Source {
public:
    explicit GmarketBestSource(QString workspacePath, GmarketOptions options);

    static SourceDescription description();

    void setProgress(Progress progress) override { m_progress = std::move(progress); }
    void cancel() override { m_cancelled = true; }
    Status run(SourceReport &report) override;
    Status run(GmarketResult &result);

    static Status loadRecipe(const QString &path, QJsonObject &recipe);

private:
    static Columns columnsOf(const QJsonObject &recipe);
    Status fetchCategory(HttpClient &client, const QJsonObject &recipe, const QString &category,
                         QList<QVariantList> &rows);

    QString m_path;
    GmarketOptions m_options;
    Progress m_progress;
    std::atomic<bool> m_cancelled{false};
};

} // namespace tl
