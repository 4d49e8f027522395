#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// What `cmake --install` and `cpack -G DEB` ship, checked with the freedesktop validators and
// by running what was installed. Every file is read from the install, never from packaging/.
class TestPackaging : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_prefix;

    struct Run {
        int code;
        QString out;
        QString err;
    };

    static Run run(const QString &program, const QStringList &arguments,
                   const QString &workingDirectory = {}) {
        QProcess p;
        p.setWorkingDirectory(workingDirectory);
        p.start(program, arguments);
        if (!p.waitForFinished(240000))
            return {-1, {}, QStringLiteral("%1 did not finish").arg(program)};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString installed(const QString &path) const { return m_prefix + u'/' + path; }

    static QString read(const QString &path) {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    // The subcommands `trendlens --help` lists, from its usage lines.
    static QSet<QString> subcommands(const QString &usage) {
        QSet<QString> names;
        static const QRegularExpression line(QStringLiteral("trendlens ([a-z]+)"));
        for (auto it = line.globalMatch(usage); it.hasNext();)
            names.insert(it.next().captured(1));
        return names;
    }

    // What the installed bash completion offers for the words typed so far.
    QStringList complete(const QStringList &words, const QString &workingDirectory = {}) {
        QString array;
        for (const QString &word : words)
            array += u'\'' + word + QStringLiteral("' ");
        const QString script =
            QStringLiteral("PATH='%1':$PATH; source '%2'; COMP_WORDS=(%3); "
                           "COMP_CWORD=%4; _trendlens; "
                           "printf '%s\\n' \"${COMPREPLY[@]}\"")
                .arg(installed(QStringLiteral("bin")),
                     installed(QStringLiteral("share/bash-completion/completions/trendlens")),
                     array)
                .arg(words.size() - 1);
        const Run r = run(QStringLiteral("bash"), {QStringLiteral("-c"), script}, workingDirectory);
        QStringList offered = r.out.split(u'\n', Qt::SkipEmptyParts);
        offered.sort();
        return offered;
    }

private Q_SLOTS:
    void initTestCase() {
        m_prefix = m_dir.filePath(QStringLiteral("prefix"));
        const Run r =
            run(QStringLiteral("cmake"), {QStringLiteral("--install"), QStringLiteral(TL_BUILD_DIR),
                                          QStringLiteral("--prefix"), m_prefix});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void installLaysOutTheDesktopApp() {
        const QStringList expected{
            "bin/trendlens",
            "share/applications/org.trendlens.Trendlens.desktop",
            "share/metainfo/org.trendlens.Trendlens.metainfo.xml",
            "share/mime/packages/org.trendlens.Trendlens.xml",
            "share/icons/hicolor/scalable/apps/org.trendlens.Trendlens.svg",
            "share/icons/hicolor/16x16/apps/org.trendlens.Trendlens.png",
            "share/icons/hicolor/48x48/apps/org.trendlens.Trendlens.png",
            "share/icons/hicolor/256x256/apps/org.trendlens.Trendlens.png",
            "share/man/man1/trendlens.1.gz",
            "share/bash-completion/completions/trendlens",
            "share/trendlens/translations/trendlens_ko.qm",
            "share/trendlens/translations/trendlens_en.qm",
        };
        for (const QString &path : expected)
            QVERIFY2(QFile::exists(installed(path)), qPrintable(path));
        const Run version = run(installed(QStringLiteral("bin/trendlens")), {"--version"});
        QCOMPARE(version.code, 0);
        QCOMPARE(version.out, QStringLiteral("trendlens " TRENDLENS_VERSION "\n"));
    }

    void validatorsPass() {
        const Run desktop =
            run(QStringLiteral("desktop-file-validate"),
                {installed(QStringLiteral("share/applications/org.trendlens.Trendlens.desktop"))});
        QVERIFY2(desktop.code == 0 && !desktop.out.contains(QStringLiteral("error")),
                 qPrintable(desktop.out + desktop.err));
        const Run metainfo =
            run(QStringLiteral("appstreamcli"),
                {"validate", "--no-net", "--pedantic",
                 installed(QStringLiteral("share/metainfo/org.trendlens.Trendlens.metainfo.xml"))});
        QVERIFY2(metainfo.code == 0, qPrintable(metainfo.out + metainfo.err));
        QVERIFY2(!metainfo.out.contains(QStringLiteral("W:")) &&
                     !metainfo.out.contains(QStringLiteral("E:")),
                 qPrintable(metainfo.out));
        QVERIFY(metainfo.out.contains(QStringLiteral("Validation was successful")));
    }

    // A double click on a .trendlens file finds the type, and the type finds the app.
    void workspaceFilesOpenInTrendlens() {
        const Run mime =
            run(QStringLiteral("update-mime-database"), {installed(QStringLiteral("share/mime"))});
        QVERIFY2(mime.code == 0, qPrintable(mime.err));
        QVERIFY(read(installed(QStringLiteral("share/mime/globs2")))
                    .contains(QStringLiteral("application/x-trendlens-workspace:*.trendlens")));
        const QString desktop =
            read(installed(QStringLiteral("share/applications/org.trendlens.Trendlens.desktop")));
        QVERIFY(desktop.contains(QStringLiteral("\nMimeType=application/x-trendlens-workspace;")));
        QVERIFY(desktop.contains(QStringLiteral("\nExec=trendlens %f\n")));
        QVERIFY(desktop.contains(QStringLiteral("\nIcon=org.trendlens.Trendlens\n")));
        QVERIFY(
            read(installed(QStringLiteral("share/metainfo/org.trendlens.Trendlens.metainfo.xml")))
                .contains(QStringLiteral("<mediatype>application/x-trendlens-workspace<")));
    }

    // The man page renders without a warning and documents every subcommand and source.
    void manPageCoversEveryCommand() {
        const QString page = m_dir.filePath(QStringLiteral("trendlens.1"));
        const Run unzip =
            run(QStringLiteral("sh"),
                {"-c", QStringLiteral("gzip -dc '%1' > '%2'")
                           .arg(installed(QStringLiteral("share/man/man1/trendlens.1.gz")), page)});
        QCOMPARE(unzip.code, 0);
        const Run groff = run(QStringLiteral("groff"), {"-man", "-ww", "-z", page});
        QCOMPARE(groff.code, 0);
        QCOMPARE(groff.err, QString());
        const Run text = run(QStringLiteral("groff"), {"-man", "-Tutf8", "-P", "-cbou", page});
        QVERIFY(text.out.contains(QStringLiteral("Trendlens " TRENDLENS_VERSION)));
        const Run usage = run(installed(QStringLiteral("bin/trendlens")), {"--help"});
        const QSet<QString> commands = subcommands(usage.out);
        QVERIFY(commands.size() >= 7);
        for (const QString &command : commands)
            QVERIFY2(text.out.contains(QStringLiteral("trendlens ") + command),
                     qPrintable(command));
        for (const char *source :
             {"kobis-daily", "maple-ranking", "gmarket-best", "rest", "x-stream", "kafka"})
            QVERIFY2(text.out.contains(QLatin1String(source)), source);
    }

    void bashCompletionKnowsTheCommandLine() {
        const Run usage = run(installed(QStringLiteral("bin/trendlens")), {"--help"});
        QStringList commands = subcommands(usage.out).values();
        commands << QStringLiteral("help");
        commands.sort();
        QDir empty(m_dir.filePath(QStringLiteral("empty")));
        QVERIFY(empty.mkpath(QStringLiteral(".")));
        QCOMPARE(complete({"trendlens", ""}, empty.path()), commands);
        QCOMPARE(complete({"trendlens", "fetch", ""}),
                 QStringList({"gmarket-best", "kafka", "kobis-daily", "maple-ranking", "rest",
                              "x-stream"}));
        QCOMPARE(
            complete({"trendlens", "fetch", "kobis-daily", "--"}),
            QStringList({"--base-url", "--from", "--help", "--no-details", "--to", "--workspace"}));
        QCOMPARE(complete({"trendlens", "import", "x.csv", "--mode", ""}),
                 QStringList({"append", "create", "replace"}));

        // Dataset names come from the workspace named on the line.
        const QString workspace = m_dir.filePath(QStringLiteral("c.trendlens"));
        QFile csv(m_dir.filePath(QStringLiteral("box_office.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("day,audience\n2026-12-01,10\n");
        csv.close();
        QCOMPARE(run(installed(QStringLiteral("bin/trendlens")),
                     {"import", csv.fileName(), "-w", workspace})
                     .code,
                 0);
        QCOMPARE(complete({"trendlens", "export", "-w", workspace, "box"}),
                 QStringList({"box_office"}));

        // Files by kind: data files to import, specs to chart, workspaces to open.
        for (const char *name :
             {"a.csv", "b.ndjson", "spec.json", "notes.txt", "w.trendlens", "x.png"}) {
            QFile file(empty.filePath(QLatin1String(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QCOMPARE(complete({"trendlens", "import", ""}, empty.path()),
                 QStringList({"a.csv", "b.ndjson", "notes.txt", "spec.json"}));
        QCOMPARE(complete({"trendlens", "chart", ""}, empty.path()), QStringList({"spec.json"}));
        QCOMPARE(complete({"trendlens", "datasets", "-w", ""}, empty.path()),
                 QStringList({"w.trendlens"}));
    }

    // The Debian package: dependencies found by shlibdeps plus the plugins loaded at run time,
    // and the unpacked binary runs (`apt install` of it on a fresh Debian 12: tools/package).
    void debianPackage() {
        const QString out = m_dir.filePath(QStringLiteral("deb"));
        const Run cpack =
            run(QStringLiteral("cpack"), {"-G", "DEB", "-B", out, "--config",
                                          QStringLiteral(TL_BUILD_DIR "/CPackConfig.cmake")});
        QVERIFY2(cpack.code == 0, qPrintable(cpack.out + cpack.err));
        const QString deb = out + QStringLiteral("/trendlens_" TRENDLENS_VERSION "_amd64.deb");
        QVERIFY2(QFile::exists(deb), qPrintable(cpack.out));
        const QString depends = run(QStringLiteral("dpkg-deb"), {"-f", deb, "Depends"}).out;
        for (const char *package : {"libqt6widgets6", "libqt6charts6", "libqt6svg6", "libsqlite3-0",
                                    "libqt6keychain1", "qt6-qpa-plugins", "libqt6sql6-sqlite"})
            QVERIFY2(depends.contains(QLatin1String(package)), qPrintable(depends));
        const QString contents = run(QStringLiteral("dpkg-deb"), {"-c", deb}).out;
        QVERIFY(contents.contains(QStringLiteral("./usr/bin/trendlens")));
        QVERIFY(contents.contains(
            QStringLiteral("./usr/share/applications/org.trendlens.Trendlens.desktop")));

        const QString root = m_dir.filePath(QStringLiteral("unpacked"));
        QCOMPARE(run(QStringLiteral("dpkg-deb"), {"-x", deb, root}).code, 0);
        const QString binary = root + QStringLiteral("/usr/bin/trendlens");
        QCOMPARE(run(binary, {"--version"}).out,
                 QStringLiteral("trendlens " TRENDLENS_VERSION "\n"));
        const QString demo = m_dir.filePath(QStringLiteral("demo.trendlens"));
        const Run built = run(binary, {"demo", "-w", demo});
        QVERIFY2(built.code == 0, qPrintable(built.err));
        const Run listed = run(binary, {"datasets", "-w", demo});
        QVERIFY2(listed.out.contains(QStringLiteral("imdb_reviews")), qPrintable(listed.out));
    }
};

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
