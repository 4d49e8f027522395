#pragma once

#include "core/Status.h"

#include <QStringList>

namespace tl {

// Builds the demo workspace: deterministic synthetic data shaped like the real sources (KOBIS
// daily box office, IMDb reviews, MapleStory ranking, X tweets, Gmarket best-sellers). The
// data is written as files and goes through the ordinary import path, so the demo also
// exercises it. Every dataset is labelled synthetic in the catalog. The ranking's nicknames
// are scored, for the nickname study's dashboard.
class DemoBuilder {
public:
    explicit DemoBuilder(QString workspacePath)
        : m_path(std::move(workspacePath)) {}

    Status build();
    const QStringList &datasets() const { return m_datasets; }
    const QStringList &dashboards() const { return m_dashboards; }

private:
    Status importFile(const QString &file, const QString &dataset, const QString &shape);
    Status scoreNames();
    Status saveDashboards();

    QString m_path;
    QStringList m_datasets;
    QStringList m_dashboards;
};

} // namespace tl
