#include "StreamMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tl {

namespace {

QVariant text(const QJsonValue &v) {
    return v.isString() && !v.toString().isEmpty() ? QVariant(v.toString()) : QVariant();
}

QVariant integer(const QJsonValue &v) {
    return v.isDouble() ? QVariant(v.toInteger()) : QVariant();
}

// "2024-05-09T06:00:01.454Z" → "2024-05-09 06:00:01.454", the workspace's timestamp form.
QVariant timestamp(const QJsonValue &v) {
    QString t = v.toString();
    if (t.size() < 19 || t[10] != u'T')
        return text(v);
    t[10] = u' ';
    if (t.endsWith(u'Z'))
        t.chop(1);
    return t;
}

QString problemText(const QJsonObject &problem) {
    const QString title = problem.value(QStringLiteral("title")).toString();
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    return detail.isEmpty() ? title : title + QStringLiteral(": ") + detail;
}

} // namespace

const Columns &StreamMessage::columns() {
    using T = ColumnType;
    using R = ColumnRole;
    static const Columns columns{Column::of("id", T::Text, R::Id),
                                 Column::of("created_at", T::Timestamp, R::Time),
                                 Column::of("author_id", T::Text, R::Id),
                                 Column::of("author_username", T::Text, R::Category),
                                 Column::of("lang", T::Text, R::Category),
                                 Column::of("text", T::Text, R::Text),
                                 Column::of("retweet_count", T::Integer, R::Measure),
                                 Column::of("reply_count", T::Integer, R::Measure),
                                 Column::of("like_count", T::Integer, R::Measure),
                                 Column::of("quote_count", T::Integer, R::Measure),
                                 Column::of("matching_rules", T::Text, R::Category),
                                 Column::of("raw", T::Json, R::Text)};
    return columns;
}

StreamMessage StreamMessage::parse(const QByteArray &line) {
    StreamMessage message;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        message.problem = error.errorString();
        return message;
    }
    const QJsonObject root = document.object();
    const QJsonObject data = root.value(QStringLiteral("data")).toObject();
    const QString id = data.value(QStringLiteral("id")).toString();
    if (id.isEmpty()) {
        // No tweet: a stream-level problem (X sends them as {"errors": [...]}).
        const QJsonArray errors = root.value(QStringLiteral("errors")).toArray();
        const QJsonObject first = errors.isEmpty() ? root : errors.first().toObject();
        message.problem = problemText(first);
        const bool disconnect = first.value(QStringLiteral("title")).toString() ==
                                    QLatin1String("operational-disconnect") ||
                                first.contains(QStringLiteral("disconnect_type"));
        message.kind = disconnect ? Kind::Disconnect : Kind::Problem;
        return message;
    }
    const QString authorId = data.value(QStringLiteral("author_id")).toString();
    QVariant username;
    const QJsonArray users =
        root.value(QStringLiteral("includes")).toObject().value(QStringLiteral("users")).toArray();
    for (const QJsonValue &user : users) {
        if (user[QStringLiteral("id")].toString() == authorId) {
            username = text(user[QStringLiteral("username")]);
            break;
        }
    }
    QStringList tags;
    for (const QJsonValue &rule : root.value(QStringLiteral("matching_rules")).toArray())
        tags.append(rule[QStringLiteral("tag")].toString());
    const QJsonObject metrics = data.value(QStringLiteral("public_metrics")).toObject();
    message.kind = Kind::Tweet;
    message.id = id;
    message.row = {id,
                   timestamp(data.value(QStringLiteral("created_at"))),
                   text(authorId),
                   username,
                   text(data.value(QStringLiteral("lang"))),
                   data.value(QStringLiteral("text")).toString(),
                   integer(metrics.value(QStringLiteral("retweet_count"))),
                   integer(metrics.value(QStringLiteral("reply_count"))),
                   integer(metrics.value(QStringLiteral("like_count"))),
                   integer(metrics.value(QStringLiteral("quote_count"))),
                   tags.isEmpty() ? QVariant() : QVariant(tags.join(QStringLiteral(", "))),
                   QString::fromUtf8(line)};
    return message;
}

} // namespace tl
