#include "ingest/ColumnConverter.h"
#include "ingest/TypeInference.h"

#include <QTest>

using namespace tl;
using K = RecordBatch::Kind;

Q_DECLARE_METATYPE(tl::ColumnType)

class TestTypeInference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Each row: the values observed in order, and the type after each one.
    void transitions_data() {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QList<ColumnType>>("types");
        using T = ColumnType;
        QTest::newRow("int stays int")
            << QStringList{"1", "22", "-3"} << QList<T>{T::Integer, T::Integer, T::Integer};
        QTest::newRow("int to real") << QStringList{"1", "2.5"} << QList<T>{T::Integer, T::Real};
        QTest::newRow("real to text") << QStringList{"2.5", "n/a"} << QList<T>{T::Real, T::Text};
        QTest::newRow("int to text")
            << QStringList{"1", "abc", "2"} << QList<T>{T::Integer, T::Text, T::Text};
        QTest::newRow("empty is ignored")
            << QStringList{"", "5", ""} << QList<T>{T::Text, T::Integer, T::Integer};
        QTest::newRow("thousands")
            << QStringList{"1,234", "56"} << QList<T>{T::Integer, T::Integer};
        QTest::newRow("bool") << QStringList{"true", "False"} << QList<T>{T::Boolean, T::Boolean};
        QTest::newRow("bool to text") << QStringList{"true", "1"} << QList<T>{T::Boolean, T::Text};
        QTest::newRow("date") << QStringList{"2024-01-01", "24 July 2005"}
                              << QList<T>{T::Date, T::Date};
        QTest::newRow("yyyymmdd is a date")
            << QStringList{"20240101", "20240102"} << QList<T>{T::Date, T::Date};
        QTest::newRow("yyyymmdd then int")
            << QStringList{"20240101", "123"} << QList<T>{T::Date, T::Integer};
        QTest::newRow("date to timestamp")
            << QStringList{"2024-01-01", "2024-01-01T10:00:00Z"} << QList<T>{T::Date, T::Timestamp};
        QTest::newRow("timestamp to text")
            << QStringList{"2024-01-01T10:00:00Z", "soon"} << QList<T>{T::Timestamp, T::Text};
        QTest::newRow("code with leading zero")
            << QStringList{"12", "007"} << QList<T>{T::Integer, T::Text};
    }
    void transitions() {
        QFETCH(QStringList, values);
        QFETCH(QList<ColumnType>, types);
        TypeInference inference;
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QByteArray utf8 = values[i].toUtf8();
            inference.observe(K::Text, {utf8.constData(), std::size_t(utf8.size())});
            QCOMPARE(typeName(inference.type()), typeName(types[i]));
        }
    }

    void jsonKinds() {
        TypeInference numbers;
        numbers.observe(K::Number, "8");
        numbers.observe(K::Text, "2894556153"); // a JSON string holding a number
        QCOMPARE(typeName(numbers.type()), typeName(ColumnType::Integer));
        TypeInference flags;
        flags.observe(K::True, {});
        flags.observe(K::False, {});
        QCOMPARE(typeName(flags.type()), typeName(ColumnType::Boolean));
        TypeInference mixed;
        mixed.observe(K::Json, "[1,{}]");
        QCOMPARE(typeName(mixed.type()), typeName(ColumnType::Json));
        mixed.observe(K::Text, "x");
        QCOMPARE(typeName(mixed.type()), typeName(ColumnType::Text));
    }

    // The converter widens a column when a late value does not fit, and never drops it.
    void converterWidens() {
        ColumnConverter converter({Column{"n", ColumnType::Integer, ColumnRole::Measure}});
        RecordBatch batch;
        batch.columnCount = 1;
        for (const char *v : {"1", "", "2.5", "x"}) {
            batch.cells.push_back(batch.appendText(v));
            batch.lines.push_back(1);
        }
        converter.convert(batch);
        QCOMPARE(batch.at(0, 0).kind, K::Integer);
        QCOMPARE(batch.at(0, 0).integer, 1);
        QCOMPARE(batch.at(1, 0).kind, K::Null);
        QCOMPARE(batch.at(2, 0).kind, K::Real);
        QCOMPARE(batch.at(2, 0).real, 2.5);
        QCOMPARE(batch.at(3, 0).kind, K::Text);
        QCOMPARE(batch.text(batch.at(3, 0)), std::string_view("x"));
        QCOMPARE(typeName(converter.columns()[0].type), typeName(ColumnType::Text));
    }

    void roles() {
        QCOMPARE(roleName(inferRole("review_date", ColumnType::Date, 10)),
                 roleName(ColumnRole::Time));
        QCOMPARE(roleName(inferRole("audi_cnt", ColumnType::Integer, 3)),
                 roleName(ColumnRole::Measure));
        QCOMPARE(roleName(inferRole("movie_cd", ColumnType::Integer, 8)), roleName(ColumnRole::Id));
        QCOMPARE(roleName(inferRole("review_id", ColumnType::Text, 9)), roleName(ColumnRole::Id));
        QCOMPARE(roleName(inferRole("lang", ColumnType::Text, 2)), roleName(ColumnRole::Category));
        QCOMPARE(roleName(inferRole("review_detail", ColumnType::Text, 400)),
                 roleName(ColumnRole::Text));
    }
};

QTEST_GUILESS_MAIN(TestTypeInference)
#include "tst_typeinference.moc"
