#include "SourceCatalog.h"

#include "core/Clock.h"

#include "sources/gmarket/GmarketBestSource.h"
#include "sources/kafka/KafkaSource.h"
#include "sources/kobis/KobisDailySource.h"
#include "sources/maple/MapleRankingSource.h"
#include "sources/rest/RestSource.h"
#include "sources/x/XStreamSource.h"

namespace tl {

QList<SourceDescription> sourceCatalog() {
    return {KobisDailySource::description(), MapleRankingSource::description(),
            XStreamSource::description(),    GmarketBestSource::description(),
            RestSource::description(),       KafkaSource::description()};
}

std::optional<SourceDescription> findSource(const QString &id) {
    for (SourceDescription &description : sourceCatalog())
        if (description.id == id)
            return std::move(description);
    return std::nullopt;
}

QDate parseSourceDay(const QString &text) {
    if (const std::optional<QDate> relative = Clock::relativeDay(text))
        return *relative;
    const QString t = text.trimmed();
    return t.size() == 8 ? QDate::fromString(t, QStringLiteral("yyyyMMdd"))
                         : QDate::fromString(t, Qt::ISODate);
}

} // namespace tl
