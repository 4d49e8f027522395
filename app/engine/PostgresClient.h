#pragma once

#include <QString>

struct pg_conn;

namespace tl::postgres {

// A server's or libpq's message on one line: no SQLSTATE that Qt's driver appends ("(25006)",
// "()"), no closing full stop (callers go on after it).
QString oneLine(const QString &message);

// The server's notices (a shutdown's "terminating connection", among others) are not printed
// on stderr, as libpq does by default: what matters reaches the caller as the error after.
void dropNotices(pg_conn *connection);

} // namespace tl::postgres
