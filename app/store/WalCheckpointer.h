#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace tl {

// Copies a workspace's committed WAL frames into the database file on a thread of its own,
// while a bulk load goes on writing. A load in WAL mode writes every page twice (WAL, then
// the checkpoint); done at the end, the second write adds to the load's time, done here it
// runs on the other core as the load commits its pieces. Stops and joins when destroyed.
class WalCheckpointer {
public:
    explicit WalCheckpointer(QString workspacePath);
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Something was committed: checkpoint what is there.
    void poke();

private:
    void run();

    QString m_path;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace tl
