#include "sources/Secrets.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace tl;

// Keys: the environment first, then the OS keychain. Here there is no secret service (as on
// CI and most servers): storing says so, nothing falls back to a plain-text file, and a
// missing key names its variable.
class TestSecrets : public QObject {
    Q_OBJECT

    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase() {
        // Anything QtKeychain might write (its insecure QSettings fallback) would land here.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
    }

    void environmentWins() {
        qputenv("TRENDLENS_TEST_KEY", "  from-env  ");
        QString key;
        QVERIFY(
            Secrets::find(QStringLiteral("TRENDLENS_TEST_KEY"), QStringLiteral("test"), key).ok());
        QCOMPARE(key, QStringLiteral("from-env"));
        qunsetenv("TRENDLENS_TEST_KEY");
    }

    void missingKeyNamesTheVariable() {
        QString key;
        const Status s =
            Secrets::find(QStringLiteral("TRENDLENS_TEST_KEY"), QStringLiteral("test"), key);
        QCOMPARE(s.kind(), ErrorKind::BadInput);
        QVERIFY(s.message().contains(QStringLiteral("set TRENDLENS_TEST_KEY")));
        QVERIFY(key.isEmpty());
    }

    void noSecretServiceMeansNoPlainTextFile() {
        if (!Secrets::fromKeychain(QStringLiteral("TRENDLENS_TEST_KEY")).isEmpty())
            QSKIP("a real keychain holds a test key on this machine");
        QElapsedTimer timer;
        timer.start();
        const Status stored =
            Secrets::store(QStringLiteral("TRENDLENS_TEST_KEY"), QStringLiteral("sekrit-7731"));
        if (stored.ok()) {
            // A secret service is running (a desktop): the key comes back from it.
            QCOMPARE(Secrets::fromKeychain(QStringLiteral("TRENDLENS_TEST_KEY")),
                     QStringLiteral("sekrit-7731"));
        } else {
            QVERIFY2(stored.message().contains(QStringLiteral("session only")),
                     qPrintable(stored.message()));
            QVERIFY(!stored.message().contains(QStringLiteral("sekrit-7731")));
            QVERIFY(timer.elapsed() < 6000);
        }
        QDirIterator files(m_home.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("sekrit-7731"), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
