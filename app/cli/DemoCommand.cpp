#include "DemoCommand.h"

#include "demo/DemoBuilder.h"
#include "store/Workspace.h"

namespace tl::cli {

int demoCommand(CliContext &context, const QStringList &arguments) {
    QCommandLineParser parser;
    CliContext::addCommonOptions(parser);
    if (int code =
            context.parse(parser, arguments,
                          QStringLiteral("Builds (or rebuilds) the synthetic demo datasets in "
                                         "the workspace."));
        code >= 0)
        return code;
    QString path;
    {
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::open(CliContext::workspacePath(parser), workspace); !s)
            return context.fail(s);
        path = workspace->path();
    }
    DemoBuilder builder(path);
    if (Status s = builder.build(); !s)
        return context.fail(s);
    context.out << QStringLiteral("demo workspace %1: %2 (synthetic data); dashboards: %3\n")
                       .arg(path, builder.datasets().join(QStringLiteral(", ")),
                            builder.dashboards().join(QStringLiteral(", ")));
    return 0;
}

} // namespace tl::cli
