#include "ChartCommand.h"

#include "ui/ImageSize.h"

#include "analysis/ChartRunner.h"
#include "cli/CliContext.h"
#include "core/WallClock.h"
#include "engine/Engine.h"
#include "export/CsvWriter.h"
#include "export/OutputFile.h"
#include "store/Workspace.h"
#include "ui/chart/ChartCanvas.h"
#include "ui/chart/ChartExporter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace tl {

using cli::CliContext;

namespace {

int chartCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("SPEC"), QStringLiteral("The chart spec (JSON)."));
    parser.addOption({QStringLiteral("out"),
                      QStringLiteral("The file to write: .png, .svg, .pdf, or .csv for the "
                                     "chart's data."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("size"),
                      QStringLiteral("Chart size in pixels (points for PDF)."),
                      QStringLiteral("WxH"), QStringLiteral("1200x700")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("PNG pixel scale (2 for HiDPI)."),
                      QStringLiteral("S"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("engine"),
                      QStringLiteral("auto (the column store, else SQL, saying why), columns "
                                     "(fail rather than fall back) or sql."),
                      QStringLiteral("ENGINE"), QStringLiteral("auto")});
    CliContext::addServerOption(parser,
                                QStringLiteral("Run the chart on this server, where the spec's "
                                               "dataset is a table (schema.table)"));
    parser.addOption({QStringLiteral("time-zone"),
                      QStringLiteral("Bucket and label timestamps in this zone: an IANA id "
                                     "(Asia/Seoul) or UTC. Default: the system's (TZ)."),
                      QStringLiteral("ZONE")});
    if (int code =
            context.parse(parser, arguments,
                          QStringLiteral("Renders a chart spec offscreen, or writes its data "
                                         "as CSV (one row per bucket/bin/series point)."));
        code >= 0)
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out"))) {
        context.err
            << "trendlens chart: usage: trendlens chart SPEC.json --out FILE.png|svg|pdf|csv\n";
        return 2;
    }
    const QString specPath = parser.positionalArguments().front();
    QFile specFile(specPath);
    if (!specFile.open(QIODevice::ReadOnly))
        return context.fail(
            Status::badInput(QStringLiteral("%1: %2").arg(specPath, specFile.errorString())));
    QJsonParseError jsonError;
    const QJsonDocument json = QJsonDocument::fromJson(specFile.readAll(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError || !json.isObject())
        return context.fail(
            Status::badInput(QStringLiteral("%1: byte %2: %3")
                                 .arg(QFileInfo(specPath).fileName())
                                 .arg(jsonError.offset + 1)
                                 .arg(json.isObject() || jsonError.error != QJsonParseError::NoError
                                          ? jsonError.errorString()
                                          : QStringLiteral("expected a JSON object"))));
    ChartSpec spec;
    if (Status s = ChartSpec::fromJson(json.object(), spec); !s)
        return context.fail(Status::badInput(
            QStringLiteral("%1: %2").arg(QFileInfo(specPath).fileName(), s.message())));

    const QString out = parser.value(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("csv") && !ChartExporter::isImageSuffix(suffix)) {
        context.err << "trendlens chart: --out must end in .png, .svg, .pdf or .csv\n";
        return 2;
    }
    if (spec.type == ChartType::Table && suffix != QLatin1String("csv")) {
        context.err << "trendlens chart: a table exports as CSV: --out FILE.csv\n";
        return 2;
    }
    bool scaleOk = false;
    const double scale = parser.value(QStringLiteral("scale")).toDouble(&scaleOk);
    if (!scaleOk || scale < 0.1 || scale > 8) {
        context.err << "trendlens chart: --scale takes a number from 0.1 to 8\n";
        return 2;
    }
    const Result<QSize> size = ImageSize::parse(parser.value(QStringLiteral("size")), scale);
    if (!size) {
        context.err << "trendlens chart: " << size.status().message() << "\n";
        return 2;
    }

    ChartRunner::Options options;
    const QString engine = parser.value(QStringLiteral("engine"));
    if (engine == QLatin1String("columns"))
        options.engine = ChartRunner::Engine::Columns;
    else if (engine == QLatin1String("sql"))
        options.engine = ChartRunner::Engine::Sql;
    else if (engine != QLatin1String("auto")) {
        context.err << "trendlens chart: --engine takes auto, columns or sql\n";
        return 2;
    }
    if (parser.isSet(QStringLiteral("time-zone"))) {
        const QByteArray zone = parser.value(QStringLiteral("time-zone")).toUtf8();
        if (!WallClock::isValidZone(zone)) {
            context.err << "trendlens chart: --time-zone: unknown zone '" << QString::fromUtf8(zone)
                        << "' (an IANA id such as Asia/Seoul, or UTC)\n";
            return 2;
        }
        options.zone = zone;
    } else {
        options.zone = DisplayClock::resolve({}, {}).zoneId();
    }
    bool building = false;
    options.progress = [&context, &building](qint64 done, qint64 total) {
        // Only a workspace made before the column store builds columns here.
        if (!std::exchange(building, true))
            context.err << QStringLiteral("building the columns of %1 rows (once)…\n").arg(total);
        Q_UNUSED(done);
    };

    const QString workspacePath = CliContext::workspacePath(parser);
    const auto backend = CliContext::engine(parser, spec.connection);
    if (!backend)
        return context.fail(backend.status());
    auto reader = backend.value()->openReader();
    if (!reader)
        return context.fail(reader.status());
    ChartData data;
    QStringList protectedPaths = OutputFile::workspaceFiles(workspacePath);
    protectedPaths.append(specPath);
    if (Status s = reader.value()->runChart(spec, data, options); !s)
        return context.fail(s);

    if (suffix == QLatin1String("csv")) {
        OutputFile file(out);
        if (Status s = file.open(protectedPaths); !s)
            return context.fail(s);
        CsvWriter writer(file.device());
        data.writeCsv(writer);
        if (Status s = file.commit(); !s)
            return context.fail(s);
    } else {
        auto canvas = ChartCanvas::create();
        canvas->setChart(spec, data);
        if (Status s = ChartExporter::save(*canvas, out, *size, scale, protectedPaths); !s)
            return context.fail(s);
    }
    context.out
        << QStringLiteral("wrote %1 (%2 rows of chart data)\n").arg(out).arg(data.rowCount());
    // Which engine answered goes to stderr, so stdout stays the report scripts read.
    if (data.engine == QLatin1String("columns"))
        context.err << QStringLiteral("answered from the column store in %1 ms\n")
                           .arg(data.queryMs, 0, 'f', 1);
    else
        context.err << QStringLiteral("answered by SQL in %1 ms: %2\n")
                           .arg(data.queryMs, 0, 'f', 1)
                           .arg(data.engineNote);
    return 0;
}

} // namespace

int runChartCommand(int &argc, char **argv) {
    // Charts draw with widgets: without a display, draw offscreen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trendlens"));
    CliContext context;
    QStringList arguments = app.arguments().mid(1);
    arguments[0] = QStringLiteral("trendlens chart");
    return chartCommand(context, arguments);
}

} // namespace tl
