#include "PostgresClient.h"

#include <QRegularExpression>

#include <libpq-fe.h>

namespace tl::postgres {

namespace {
void ignore(void *, const char *) {
}
} // namespace

QString oneLine(const QString &message) {
    static const QRegularExpression state(QStringLiteral("\\s*\\([0-9A-Z]{0,5}\\)$"));
    QString line = message.simplified().remove(state);
    if (line.endsWith(u'.'))
        line.chop(1);
    return line;
}

void dropNotices(pg_conn *connection) {
    if (connection)
        PQsetNoticeProcessor(connection, ignore, nullptr);
}

} // namespace tl::postgres
