#pragma once

#include <QString>

namespace Open311 {

// Names a running process so that another one can tell, later, whether it still runs. A pid
// alone is not enough: pids are reused, so the process's start time goes with it.
class ProcessIdentity
{
public:
    static QString current();
    static bool isAlive(const QString& identity);

private:
    static QString startTimeOf(qint64 pid);
};

} // namespace Open311
