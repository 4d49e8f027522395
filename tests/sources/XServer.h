#pragma once

// A local X API for tests: rules kept in memory and a stream endpoint that follows one plan
// per connection (fixtures/x/stream.ndjson split into small chunks mid-line, keep-alives,
// operational disconnects, resets, stalls). Shared by the source's and the window's tests.

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace xtest {

inline const QString kToken = QStringLiteral("x-test-token-5e1f");

inline QByteArray fixture(const QString &name) {
    QFile f(QStringLiteral(TL_FIXTURES "/x/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The fixture's tweets, one line each (without the keep-alives).
inline QList<QByteArray> tweetLines() {
    QList<QByteArray> lines;
    for (const QByteArray &line : fixture(QStringLiteral("stream.ndjson")).split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

// What one stream connection does, in order: answer with `status` and `body`, or stream
// tweets [from, to) (a keep-alive every 7 tweets) in small chunks split mid-line, then end
// the way `end` says.
struct ConnectionPlan {
    enum class End { Close, Reset, Stall, KeepOpen };
    int status = 200;
    QByteArray body;
    int from = 0;
    int to = 0;
    QByteArray after; // sent after the tweets (an operational disconnect, half a line)
    End end = End::Close;
};

// A minimal HTTP/1.1 server for the X API: rules (GET, POST add/delete, kept in memory) and a
// stream endpoint that follows one plan per connection. QHttpServer cannot stream a chunked
// body with pauses or reset a connection mid-body; the stream tests need both.
class XServer : public QTcpServer {
public:
    QList<ConnectionPlan> plans;
    QMap<QString, QString> rules; // id → value
    QStringList paths;
    int nextRuleId = 100;
    QList<QByteArray> tweets = tweetLines();

    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(serverPort()); }

protected:
    void incomingConnection(qintptr descriptor) override {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        auto *request = new QByteArray;
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            request->append(socket->readAll());
            const qsizetype headerEnd = request->indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const QByteArray head = request->left(headerEnd);
            qsizetype length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            if (request->size() < headerEnd + 4 + length)
                return;
            const QByteArray body = request->mid(headerEnd + 4, length);
            const QList<QByteArray> first = head.left(head.indexOf('\r')).split(' ');
            request->clear();
            disconnect(socket, &QTcpSocket::readyRead, socket, nullptr);
            serve(socket, first.value(0), first.value(1), head, body);
        });
        connect(socket, &QTcpSocket::disconnected, socket, [socket, request] {
            delete request;
            socket->deleteLater();
        });
    }

private:
    static void answer(QTcpSocket *socket, int status, const QByteArray &body) {
        socket->write("HTTP/1.1 " + QByteArray::number(status) +
                      " X\r\nContent-Type: application/json\r\nContent-Length: " +
                      QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
    }

    void serve(QTcpSocket *socket, const QByteArray &method, const QByteArray &target,
               const QByteArray &head, const QByteArray &body) {
        const QString path = QString::fromLatin1(target.split('?').first());
        paths.append(QString::fromLatin1(method) + u' ' + path);
        if (!head.contains(QByteArray("Authorization: Bearer " + kToken.toUtf8())))
            return answer(socket, 401, fixture(QStringLiteral("errors/unauthorized.json")));
        if (path == QLatin1String("/2/tweets/search/stream/rules"))
            return answer(socket, 200, rulesAnswer(method, body));
        if (plans.isEmpty())
            return answer(socket, 503, "{\"title\": \"no plan\"}");
        const ConnectionPlan plan = plans.takeFirst();
        if (plan.status != 200)
            return answer(socket, plan.status, plan.body);
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                      "Transfer-Encoding: chunked\r\n\r\n");
        QByteArray data;
        for (int i = plan.from; i < plan.to; ++i) {
            data += tweets[i] + "\r\n";
            if (i % 7 == 0)
                data += "\r\n";
        }
        data += plan.after;
        stream(socket, data, 0, plan.end);
    }

    // Writes `data` from `offset` a few small chunks per tick, so the client's reads end
    // mid-line and mid-"\r\n".
    void stream(QTcpSocket *socket, QByteArray data, qsizetype offset, ConnectionPlan::End end) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        for (int n = 0; n < 12 && offset < data.size(); ++n) {
            const qsizetype size =
                std::min<qsizetype>(data.size() - offset, m_random.bounded(1, 90));
            socket->write(QByteArray::number(size, 16) + "\r\n" + data.mid(offset, size) + "\r\n");
            offset += size;
        }
        socket->flush();
        if (offset < data.size()) {
            QTimer::singleShot(1, socket, [=, this] { stream(socket, data, offset, end); });
            return;
        }
        switch (end) {
        case ConnectionPlan::End::Close:
            socket->write("0\r\n\r\n");
            socket->disconnectFromHost();
            break;
        case ConnectionPlan::End::Reset:
            // Give the client time to read what was sent, then reset (RST, not FIN).
            QTimer::singleShot(150, socket, [socket] {
                const linger hard{1, 0};
                setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard,
                           sizeof hard);
                socket->abort();
            });
            break;
        case ConnectionPlan::End::Stall:
            break; // silence: the client's watchdog has to notice
        case ConnectionPlan::End::KeepOpen:
            keepAlive(socket);
            break;
        }
    }

    void keepAlive(QTcpSocket *socket) {
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
        socket->write("2\r\n\r\n\r\n");
        QTimer::singleShot(100, socket, [=, this] { keepAlive(socket); });
    }

    QByteArray rulesAnswer(const QByteArray &method, const QByteArray &body) {
        const QJsonObject request = QJsonDocument::fromJson(body).object();
        QJsonObject answer;
        if (method == "POST" && request.contains(QStringLiteral("delete"))) {
            for (const QJsonValue &id :
                 request[QStringLiteral("delete")][QStringLiteral("ids")].toArray())
                rules.remove(id.toString());
        } else if (method == "POST") {
            QJsonArray created;
            for (const QJsonValue &rule : request[QStringLiteral("add")].toArray()) {
                const QString value = rule[QStringLiteral("value")].toString();
                if (value.count(u'(') != value.count(u')')) {
                    answer[QStringLiteral("errors")] = QJsonArray{QJsonObject{
                        {QStringLiteral("value"), value},
                        {QStringLiteral("title"), QStringLiteral("UnprocessableEntity")},
                        {QStringLiteral("details"),
                         QJsonArray{QStringLiteral("Unmatched parenthesis.")}}}};
                    return QJsonDocument(answer).toJson(QJsonDocument::Compact);
                }
                const QString id = QString::number(nextRuleId++);
                rules.insert(id, value);
                created.append(
                    QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("value"), value}});
            }
            answer[QStringLiteral("data")] = created;
        } else {
            QJsonArray data;
            for (auto it = rules.cbegin(); it != rules.cend(); ++it)
                data.append(QJsonObject{{QStringLiteral("id"), it.key()},
                                        {QStringLiteral("value"), it.value()}});
            if (!data.isEmpty())
                answer[QStringLiteral("data")] = data;
        }
        return QJsonDocument(answer).toJson(QJsonDocument::Compact);
    }

    QRandomGenerator m_random{20240509};
};

} // namespace xtest
