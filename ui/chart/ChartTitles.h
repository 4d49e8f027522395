#pragma once

#include "analysis/ChartRunner.h"
#include "analysis/ChartSpec.h"

#include <QCoreApplication>
#include <QString>

namespace tl {

// The titles a chart draws, in the reader's language: "합계(audi_cnt)", "target_date (일)",
// "개수". ChartData keeps the engine's English names (xLabel, yLabel), which head the data's
// CSV so that a script reading it does not depend on who exported it.
class ChartTitles {
    Q_DECLARE_TR_FUNCTIONS(tl::ChartTitles)
public:
    // `zone` names the zone of a timestamp x (ChartData::xZone).
    static QString x(const ChartSpec &spec, const QString &zone = {});
    static QString y(const ChartSpec &spec);
    // The chart's own title, or "y — x" when it has none.
    static QString title(const ChartSpec &spec);
    static QString bucket(TimeBucket bucket);
    static QString aggregate(Aggregate aggregate);

private:
    static ChartRunner::TitleWords words();
};

} // namespace tl
