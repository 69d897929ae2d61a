#pragma once

#include <csignal>
#include <sys/resource.h>

namespace Open311::Testing {

// A full disk, as `ulimit -f` makes one: no file of this process (or of the children it
// starts) may grow past `bytes`; writes that would fail with EFBIG, as on ENOSPC. The old limit
// comes back when this ends, or at lift(). A SQLite store's write-ahead log grows with every
// write until a checkpoint; the tests' stores are new and small, so each save must grow a file.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        // The signal a process gets for writing past the limit would end it.
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { lift(); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool ok() const { return m_ok; }
    // Room again, before the end of the scope.
    void lift() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved {};
    bool m_ok = false;
};

} // namespace Open311::Testing
