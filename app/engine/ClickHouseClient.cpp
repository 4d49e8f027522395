#include "ClickHouseClient.h"

#include "store/Dialect.h"

#include <QElapsedTimer>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <cmath>
#include <memory>

namespace tl::clickhouse {

namespace {

bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_';
}

// The index after the quoted text starting at `i` ('…', "…" or `…`, backslash escapes and
// doubled quotes inside); `i` itself when no quote starts there.
qsizetype skipQuoted(const QString &sql, qsizetype i) {
    const QChar quote = sql[i];
    if (quote != u'\'' && quote != u'"' && quote != u'`')
        return i;
    for (++i; i < sql.size(); ++i) {
        if (sql[i] == u'\\') {
            ++i;
        } else if (sql[i] == quote) {
            if (i + 1 < sql.size() && sql[i + 1] == quote)
                ++i;
            else
                return i + 1;
        }
    }
    return i;
}

// The index of the parenthesis closing the one at `open`; -1 when there is none.
qsizetype closingParenthesis(const QString &sql, qsizetype open) {
    int depth = 0;
    for (qsizetype i = open; i < sql.size();) {
        if (const qsizetype after = skipQuoted(sql, i); after != i) {
            i = after;
            continue;
        }
        if (sql[i] == u'(')
            ++depth;
        else if (sql[i] == u')' && --depth == 0)
            return i;
        ++i;
    }
    return -1;
}

// `text` with each bare word that names one of `tables` replaced by its query.
QString expandTables(const QString &text, const QList<std::pair<QString, QString>> &tables) {
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (const qsizetype after = skipQuoted(text, i); after != i) {
            out += QStringView(text).mid(i, after - i);
            i = after;
            continue;
        }
        if (!isWordChar(text[i])) {
            out += text[i++];
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && isWordChar(text[end]))
            ++end;
        const QStringView word = QStringView(text).mid(i, end - i);
        const auto table = std::find_if(tables.begin(), tables.end(),
                                        [&](const auto &t) { return t.first == word; });
        if (table != tables.end())
            out += u'(' + table->second + QStringLiteral(") AS ") + table->first;
        else
            out += word;
        i = end;
    }
    return out;
}

// The message of the server's "Code: 60, e.displayText() = DB::Exception: …, e.what() = …".
QString exceptionText(const QByteArray &answer) {
    QString text = QString::fromUtf8(answer).trimmed();
    const QString display = QStringLiteral("e.displayText() = ");
    if (const qsizetype at = text.indexOf(display); at >= 0) {
        text = text.mid(at + display.size());
        if (const qsizetype what = text.lastIndexOf(QLatin1String(", e.what() = ")); what >= 0)
            text.truncate(what);
    }
    text.remove(QStringLiteral("DB::Exception: "));
    text = text.simplified();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

// How a column's TSV text becomes a value.
enum class ValueKind { Integer, Unsigned, Real, Text };

ValueKind kindOf(const QString &column) {
    const QString type = innerType(column);
    if (type == QLatin1String("UInt64"))
        return ValueKind::Unsigned;
    if (type.startsWith(QLatin1String("Int")) || type.startsWith(QLatin1String("UInt")))
        return ValueKind::Integer;
    if (type.startsWith(QLatin1String("Float")) || type.startsWith(QLatin1String("Decimal")))
        return ValueKind::Real;
    return ValueKind::Text;
}

QByteArray unescaped(QByteArrayView field) {
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        char c = field[i];
        if (c == '\\' && i + 1 < field.size()) {
            switch (field[++i]) {
            case 'n':
                c = '\n';
                break;
            case 't':
                c = '\t';
                break;
            case 'r':
                c = '\r';
                break;
            case 'b':
                c = '\b';
                break;
            case 'f':
                c = '\f';
                break;
            case '0':
                c = '\0';
                break;
            case 'a':
                c = '\a';
                break;
            case 'v':
                c = '\v';
                break;
            default:
                c = field[i]; // \\ \' and anything else stands for itself
            }
        }
        out.append(c);
    }
    return out;
}

QVariant valueOf(QByteArrayView field, ValueKind kind) {
    if (field == "\\N")
        return {};
    bool ok = false;
    switch (kind) {
    case ValueKind::Integer:
        if (const qlonglong v = field.toLongLong(&ok); ok)
            return v;
        break;
    case ValueKind::Unsigned:
        if (const qulonglong v = field.toULongLong(&ok); ok)
            return v <= qulonglong(std::numeric_limits<qlonglong>::max()) ? QVariant(qlonglong(v))
                                                                          : QVariant(v);
        break;
    case ValueKind::Real:
        if (field == "nan" || field == "-nan")
            return std::nan("");
        if (field == "inf" || field == "+inf")
            return HUGE_VAL;
        if (field == "-inf")
            return -HUGE_VAL;
        if (const double v = field.toDouble(&ok); ok)
            return v;
        break;
    case ValueKind::Text:
        break;
    }
    return QString::fromUtf8(unescaped(field));
}

QList<QByteArrayView> fieldsOf(QByteArrayView line) {
    QList<QByteArrayView> fields;
    qsizetype start = 0;
    for (qsizetype tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
        fields.append(line.sliced(start, tab - start));
        start = tab + 1;
    }
    fields.append(line.sliced(start));
    return fields;
}

} // namespace

QString innerType(QString type) {
    for (const QLatin1String wrapper :
         {QLatin1String("Nullable("), QLatin1String("LowCardinality(")})
        if (type.startsWith(wrapper))
            type = type.mid(wrapper.size()).chopped(1);
    return type;
}

QString Address::display() const {
    return QStringLiteral("clickhouse://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

Result<Address> Address::parse(const QString &url) {
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme() != QLatin1String("clickhouse") ||
        parsed.host().isEmpty() || parsed.path().mid(1).contains(u'/'))
        return Status::badInput(Client::tr("expected clickhouse://USER@HOST:HTTP_PORT/DATABASE, "
                                           "got '%1'")
                                    .arg(parsed.toString(QUrl::RemovePassword)));
    if (!parsed.password().isEmpty())
        return Status::badInput(Client::tr("%1: a password does not go in the address; set "
                                           "CLICKHOUSE_PASSWORD or keep it in the keychain")
                                    .arg(parsed.toString(QUrl::RemovePassword)));
    Address address;
    address.host = parsed.host();
    address.port = parsed.port(8123);
    if (!parsed.userName().isEmpty())
        address.user = parsed.userName();
    if (const QString database = parsed.path().mid(1); !database.isEmpty())
        address.database = database;
    return address;
}

QString literal(const QVariant &value) {
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return value.toString();
    case QMetaType::QStringList: {
        QStringList elements;
        for (const QString &element : value.toStringList())
            elements.append(literal(element));
        return u'[' + elements.join(QLatin1String(", ")) + u']';
    }
    case QMetaType::Float:
    case QMetaType::Double: {
        const double v = value.toDouble();
        if (std::isnan(v))
            return QStringLiteral("nan");
        if (std::isinf(v))
            return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
        return QString::number(v, 'g', 17);
    }
    default:
        break;
    }
    return ClickHouseDialect::textLiteral(value.toString());
}

Result<QString> inlineBindings(const QString &sql, const QVariantList &bindings) {
    QString out;
    out.reserve(sql.size());
    qsizetype next = 0;
    bool tooFew = false;
    for (qsizetype i = 0; i < sql.size();) {
        if (const qsizetype after = skipQuoted(sql, i); after != i) {
            out += QStringView(sql).mid(i, after - i);
            i = after;
            continue;
        }
        if (sql[i] == u'?' && next < bindings.size())
            out += literal(bindings[next++]);
        else
            out += sql[i];
        tooFew = tooFew || (sql[i] == u'?' && out.endsWith(u'?'));
        ++i;
    }
    if (tooFew || next != bindings.size())
        return Status::internal(
            QStringLiteral("%1 values for the placeholders of: %2").arg(bindings.size()).arg(sql));
    return out;
}

QString inlineCommonTables(const QString &sql) {
    if (!sql.startsWith(QLatin1String("WITH ")))
        return sql;
    QList<std::pair<QString, QString>> tables;
    qsizetype i = 5;
    for (;;) {
        const qsizetype start = i;
        while (i < sql.size() && isWordChar(sql[i]))
            ++i;
        const QString name = sql.mid(start, i - start);
        if (name.isEmpty() || QStringView(sql).mid(i, 5) != QLatin1String(" AS ("))
            return sql; // not the query builder's shape: left for the server to judge
        i += 4;
        const qsizetype close = closingParenthesis(sql, i);
        if (close < 0)
            return sql;
        tables.append({name, expandTables(sql.mid(i + 1, close - i - 1), tables)});
        i = close + 1;
        if (QStringView(sql).mid(i, 2) != QLatin1String(", "))
            break;
        i += 2;
    }
    return expandTables(sql.mid(i).trimmed(), tables);
}

Client::Client(Address address)
    : m_address(std::move(address)) {
}

Status Client::request(const QString &sql, const QByteArray &body, const Options &options,
                       const std::atomic<bool> *cancelled,
                       const std::function<bool(QByteArray &)> &received) {
    const QString queryId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("database"), m_address.database);
    query.addQueryItem(QStringLiteral("query_id"), queryId);
    const auto seconds = std::chrono::ceil<std::chrono::seconds>(options.timeout).count();
    query.addQueryItem(QStringLiteral("max_execution_time"), QString::number(seconds));
    if (options.readOnly)
        query.addQueryItem(QStringLiteral("readonly"), QStringLiteral("2"));
    if (options.wholeAnswer)
        query.addQueryItem(QStringLiteral("wait_end_of_query"), QStringLiteral("1"));
    for (const auto &[name, value] : options.settings)
        query.addQueryItem(name, value);
    // An INSERT's rows are the body, its statement a parameter; anything else is the body.
    if (!body.isEmpty())
        query.addQueryItem(QStringLiteral("query"),
                           QString::fromUtf8(QUrl::toPercentEncoding(sql)));
    const QByteArray payload = body.isEmpty() ? sql.toUtf8() : body;

    // HTTP/1.0 on a blocking socket: the answer ends when the server closes, and it is read
    // only as fast as its rows are taken, so a big answer waits in the network, not here.
    QTcpSocket socket;
    const auto stop = [&] { return cancelled && cancelled->load(); };
    // A server that says nothing is given up after the statement's own time and a margin.
    const qint64 patience = std::chrono::milliseconds(options.timeout).count() + 15000;
    QElapsedTimer quiet;
    quiet.start();
    const auto gone = [&](const QString &why) {
        return Status::sourceError(tr("cannot reach %1: %2").arg(m_address.display(), why));
    };
    socket.connectToHost(m_address.host, quint16(m_address.port));
    while (socket.state() != QAbstractSocket::ConnectedState) {
        if (stop())
            return Status::cancelled(tr("cancelled"));
        if (!socket.waitForConnected(50) &&
            (socket.state() == QAbstractSocket::UnconnectedState || quiet.elapsed() > 10000))
            return gone(socket.errorString());
    }
    socket.write("POST /?" + query.toString(QUrl::FullyEncoded).toUtf8() +
                 " HTTP/1.0\r\nHost: " + m_address.host.toUtf8() + ':' +
                 QByteArray::number(m_address.port) + "\r\nAuthorization: Basic " +
                 (m_address.user + u':' + m_address.password).toUtf8().toBase64() +
                 "\r\nContent-Type: text/plain\r\nContent-Length: " +
                 QByteArray::number(payload.size()) + "\r\n\r\n");
    socket.write(payload);

    const auto kill = [&] {
        // Closing the connection does not stop the server's work in ClickHouse 18; a server
        // that cannot be told has no query running either.
        socket.abort();
        Options quick;
        quick.timeout = std::chrono::seconds(5);
        (void)request(QStringLiteral("KILL QUERY WHERE query_id = %1 ASYNC").arg(literal(queryId)),
                      {}, quick, nullptr, [](QByteArray &) { return true; });
        return Status::cancelled(tr("cancelled"));
    };
    int status = 0;
    QByteArray answer, error;
    for (;;) {
        if (stop())
            return kill();
        const bool closed = socket.state() != QAbstractSocket::ConnectedState;
        if (socket.bytesAvailable() == 0) {
            if (closed)
                break;
            if (socket.bytesToWrite() > 0)
                socket.waitForBytesWritten(50);
            else if (!socket.waitForReadyRead(50) && quiet.elapsed() > patience)
                return gone(tr("no answer in %1 s").arg(patience / 1000));
            continue;
        }
        quiet.restart();
        answer += socket.read(qint64(1) << 20);
        if (status == 0) {
            const qsizetype end = answer.indexOf("\r\n\r\n");
            if (end < 0)
                continue;
            // "HTTP/1.0 200 OK"
            status = answer.mid(answer.indexOf(' ') + 1, 3).toInt();
            answer.remove(0, end + 4);
            if (status == 0)
                return gone(tr("not an HTTP answer"));
        }
        if (status != 200) {
            error += answer;
            answer.clear();
        } else if (!answer.isEmpty() && !received(answer)) {
            socket.abort(); // the caller has what it wanted
            return Status::success();
        }
    }
    if (status == 0)
        return gone(socket.errorString());
    if (status != 200) {
        const QString why = exceptionText(error);
        // Refused logins are the server's side; anything else is the statement's.
        if (status == 401 || status == 403 || why.contains(QLatin1String("Unknown user")) ||
            why.contains(QLatin1String("Wrong password")))
            return Status::sourceError(QStringLiteral("%1: %2").arg(m_address.display(), why));
        return Status::badInput(why);
    }
    if (!answer.isEmpty() && !answer.endsWith('\n'))
        answer.append('\n');
    received(answer);
    return Status::success();
}

Status Client::select(const QString &sql, const Header &header, const Row &row,
                      const Options &options) {
    int line = 0;
    QStringList names;
    std::vector<ValueKind> kinds;
    Status failed = Status::success();
    QVariantList values;
    const auto consume = [&](QByteArray &answer) {
        qsizetype start = 0;
        bool more = true;
        for (qsizetype end = answer.indexOf('\n'); more && end >= 0;
             end = answer.indexOf('\n', start)) {
            const QByteArrayView text(answer.constData() + start, end - start);
            start = end + 1;
            // An error after the answer began comes as text at its end (the status was sent).
            if (text.startsWith("Code: ") && text.contains("DB::Exception")) {
                failed = Status::badInput(exceptionText(text.toByteArray()));
                more = false;
                break;
            }
            const QList<QByteArrayView> fields = fieldsOf(text);
            if (line == 0) {
                for (QByteArrayView field : fields)
                    names.append(QString::fromUtf8(unescaped(field)));
            } else if (line == 1) {
                QStringList types;
                for (QByteArrayView field : fields) {
                    types.append(QString::fromUtf8(unescaped(field)));
                    kinds.push_back(kindOf(types.last()));
                }
                if (header)
                    header(names, types);
            } else {
                values.clear();
                for (qsizetype i = 0; i < fields.size() && i < qsizetype(kinds.size()); ++i)
                    values.append(valueOf(fields[i], kinds[std::size_t(i)]));
                more = row(values);
            }
            ++line;
        }
        answer.remove(0, start);
        return more;
    };
    const QString statement = sql.trimmed() + QStringLiteral(" FORMAT TSVWithNamesAndTypes");
    if (Status s = request(statement, {}, options, &m_cancelled, consume); !s)
        return s;
    return failed;
}

Status Client::execute(const QString &sql, const QByteArray &body, const Options &options) {
    return request(sql, body, options, &m_cancelled, [](QByteArray &answer) {
        answer.clear();
        return true;
    });
}

void Client::cancel() {
    m_cancelled = true;
}

} // namespace tl::clickhouse
