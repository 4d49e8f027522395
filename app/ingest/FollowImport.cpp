#include "FollowImport.h"

#include "ingest/ImportJob.h"
#include "sources/SourceRun.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tl {

namespace {

QString tr(const char *text) {
    return QCoreApplication::translate("tl::FollowImport", text);
}

} // namespace

// Bytes as they arrive on standard input or at the end of a followed file.
class FollowImport::Reader {
    // lupdate files the strings here under this class, so they are looked up under it.
    Q_DECLARE_TR_FUNCTIONS(tl::FollowImport::Reader)

public:
    enum class State { Data, Idle, End };

    Reader(QString input, int pollMs)
        : m_input(std::move(input))
        , m_stdin(m_input == QLatin1String("-"))
        , m_pollMs(pollMs) {
        if (m_stdin)
            m_fd = STDIN_FILENO;
    }
    ~Reader() {
        if (!m_stdin && m_fd >= 0)
            ::close(m_fd);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    qint64 rotations() const { return m_rotations; }

    // Waits at most `waitMs` for bytes and appends them to `out`.
    Result<State> read(QByteArray &out, int waitMs) {
        if (m_stdin) {
            pollfd p{m_fd, POLLIN, 0};
            const int ready = ::poll(&p, 1, waitMs);
            if (ready < 0) {
                if (errno == EINTR)
                    return State::Idle;
                return failure();
            }
            if (ready == 0)
                return State::Idle;
            return readSome(out, true);
        }
        if (m_fd < 0 && !open()) {
            pause(waitMs); // not there yet: tail -F waits for it
            return State::Idle;
        }
        const auto state = readSome(out, false);
        if (!state || *state == State::Data)
            return state;
        // At the end of what was written: replaced, truncated, or just not grown yet.
        struct stat now {};
        if (::stat(QFile::encodeName(m_input).constData(), &now) == 0) {
            if (now.st_ino != m_inode || now.st_dev != m_device) {
                ::close(m_fd);
                m_fd = -1;
                ++m_rotations;
                open(); // the new file, or on the next look when it is not there yet
                return State::Idle;
            }
            if (now.st_size < m_position) {
                ::lseek(m_fd, 0, SEEK_SET);
                m_position = 0;
                ++m_rotations;
                return State::Idle;
            }
        }
        pause(std::min(waitMs, m_pollMs));
        return State::Idle;
    }

private:
    bool open() {
        m_fd = ::open(QFile::encodeName(m_input).constData(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            return false;
        struct stat opened {};
        ::fstat(m_fd, &opened);
        m_inode = opened.st_ino;
        m_device = opened.st_dev;
        m_position = 0;
        return true;
    }

    Result<State> readSome(QByteArray &out, bool endAtZero) {
        char buffer[64 * 1024];
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN)
                return State::Idle;
            return failure();
        }
        if (n == 0)
            return endAtZero ? State::End : State::Idle;
        out.append(buffer, n);
        m_position += n;
        return State::Data;
    }

    void pause(int ms) const {
        if (ms > 0)
            ::poll(nullptr, 0, ms); // interrupted by Ctrl+C like any wait
    }

    Status failure() const {
        return Status::badInput(tr("%1: cannot read: %2")
                                    .arg(m_stdin ? tr("standard input") : m_input,
                                         QString::fromLocal8Bit(std::strerror(errno))));
    }

    QString m_input;
    bool m_stdin;
    int m_pollMs;
    int m_fd = -1;
    ino_t m_inode = 0;
    dev_t m_device = 0;
    off_t m_position = 0;
    qint64 m_rotations = 0;
};

FollowImport::FollowImport(QString workspacePath, FollowOptions options)
    : m_path(std::move(workspacePath))
    , m_options(std::move(options)) {
}

Status FollowImport::run(FollowResult &result) {
    result = FollowResult{};
    if (m_options.dataset.isEmpty())
        return Status::badInput(tr("following needs --dataset"));
    if (m_options.format == FileFormat::Json)
        return Status::badInput(tr("following reads NDJSON (one object per line) or CSV, not a "
                                   "JSON array"));
    const QString shownInput =
        m_options.input == QLatin1String("-") ? tr("standard input") : m_options.input;
    SourceRun run(m_path, QStringLiteral("follow"),
                  QJsonObject{{QStringLiteral("input"), shownInput},
                              {QStringLiteral("format"), formatName(m_options.format)}});
    if (Status s = run.begin(); !s)
        return s;
    Reader reader(m_options.input, m_options.pollMs);
    const bool csv = m_options.format == FileFormat::Csv;
    QByteArray buffer, header;
    QList<QByteArray> pending;
    QElapsedTimer sincePending;
    bool created = false;
    qint64 quoteParity = 0; // CSV: '"' seen in the record being framed (odd: inside a field)
    qsizetype scanned = 0;  // bytes of `buffer` already counted into quoteParity
    const auto flush = [&]() -> Status {
        if (pending.isEmpty())
            return Status::success();
        const qint64 before = result.rows;
        if (Status s = importBatch(pending, header, result, created); !s)
            return s;
        run.countRows(result.rows - before);
        pending.clear();
        if (Status s = run.checkpoint(); !s)
            return s;
        if (m_progress)
            m_progress(result.rows);
        return Status::success();
    };
    const auto takeRecords = [&](bool atEnd) {
        // A record ends at a newline outside quotes (CSV fields may hold line breaks).
        qsizetype start = 0;
        for (qsizetype i = scanned; i < buffer.size(); ++i) {
            const char c = buffer[i];
            if (csv && c == '"')
                ++quoteParity;
            if (c != '\n' || quoteParity % 2 != 0)
                continue;
            QByteArray record = buffer.mid(start, i - start);
            if (record.endsWith('\r'))
                record.chop(1);
            start = i + 1;
            quoteParity = 0;
            if (record.trimmed().isEmpty())
                continue;
            if (csv && header.isEmpty()) {
                header = record;
                continue;
            }
            if (pending.isEmpty())
                sincePending.start();
            pending.append(record);
        }
        buffer.remove(0, start);
        scanned = buffer.size();
        if (atEnd && !buffer.trimmed().isEmpty()) { // the last line, without its newline
            pending.append(buffer);
            buffer.clear();
            scanned = 0;
        }
    };

    for (;;) {
        const bool stopping = m_stopped.load();
        const int wait = pending.isEmpty()
                             ? 250
                             : int(std::max<qint64>(0, m_options.batchMs - sincePending.elapsed()));
        const auto state = reader.read(buffer, stopping ? 0 : wait);
        if (!state) {
            (void)flush();
            return run.fail(state.status());
        }
        const bool atEnd = *state == Reader::State::End;
        takeRecords(atEnd);
        result.rotations = reader.rotations();
        const bool due = pending.size() >= m_options.batchRows ||
                         (!pending.isEmpty() && sincePending.elapsed() >= m_options.batchMs);
        if (due || atEnd || stopping) {
            if (Status s = flush(); !s)
                return run.fail(s);
        }
        if (atEnd || stopping)
            break;
    }
    return run.commit();
}

Status FollowImport::importBatch(const QList<QByteArray> &records, const QByteArray &header,
                                 FollowResult &result, bool &created) {
    const bool csv = m_options.format == FileFormat::Csv;
    QTemporaryFile file(QDir::tempPath() + QStringLiteral("/trendlens-follow-XXXXXX.") +
                        (csv ? QStringLiteral("csv") : QStringLiteral("ndjson")));
    if (!file.open())
        return Status::internal(tr("cannot write a temporary file: %1").arg(file.errorString()));
    if (csv)
        file.write(header + '\n');
    for (const QByteArray &record : records)
        file.write(record + '\n');
    if (!file.flush())
        return Status::internal(tr("cannot write a temporary file: %1").arg(file.errorString()));

    ImportOptions import;
    import.files = {file.fileName()};
    import.dataset = m_options.dataset;
    import.sniff.format = m_options.format;
    import.sniff.encoding = QStringLiteral("UTF-8");
    if (csv)
        import.sniff.hasHeader = true;
    import.onError = m_options.onError;
    import.sourceKind = QStringLiteral("follow");
    import.sourceParams = QJsonObject{{ QStringLiteral("input"), m_options.input }};
    import.forSourceRun = true;
    if (!created) {
        std::unique_ptr<Workspace> workspace;
        if (Status s = Workspace::open(m_path, workspace); !s)
            return s;
        const auto existing = workspace->catalog().find(m_options.dataset);
        if (!existing)
            return existing.status();
        created = existing->has_value();
    }
    import.mode = created ? ImportMode::Append : ImportMode::Create;
    ImportJob job(m_path, import);
    ImportResult imported;
    const qint64 first = result.rows + result.skipped + 1;
    // The engine names the batch's file and line; the analyst knows the stream and record.
    static const QRegularExpression where(QStringLiteral("^.*?: line (\\d+): "));
    const auto located = [&](const QString &problem) {
        const QRegularExpressionMatch m = where.match(problem);
        if (!m.hasMatch())
            return problem;
        const qint64 record = first + m.captured(1).toLongLong() - (csv ? 2 : 1);
        return tr("%1: record %2: %3")
            .arg(m_options.input == QLatin1String("-") ? tr("standard input") : m_options.input)
            .arg(record)
            .arg(problem.mid(m.capturedEnd()));
    };
    if (Status s = job.run(imported); !s) {
        return Status::badInput(tr("%1 (records %2 to %3 were not stored; earlier ones were)")
                                    .arg(located(s.message()))
                                    .arg(first)
                                    .arg(first + records.size() - 1));
    }
    created = true;
    result.rows += imported.rows;
    result.skipped += imported.skipped;
    ++result.batches;
    for (const QString &problem : imported.problems) {
        if (result.problems.size() < ImportJob::kProblemsKept)
            result.problems.append(located(problem));
    }
    return Status::success();
}

} // namespace tl
