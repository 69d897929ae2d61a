#include "store/ProcessIdentity.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <csignal>

namespace Open311 {

QString ProcessIdentity::startTimeOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return QString();
    const QByteArray text = stat.readAll();
    // The command name may hold spaces; fields are counted after its closing parenthesis.
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return QString();
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    // Field 22 of the whole line (starttime) is the 20th after the name.
    return fields.size() > 19 ? QString::fromLatin1(fields[19]) : QString();
}

QString ProcessIdentity::current()
{
    const qint64 pid = QCoreApplication::applicationPid();
    return QStringLiteral("%1:%2").arg(pid).arg(startTimeOf(pid));
}

bool ProcessIdentity::isAlive(const QString& identity)
{
    bool ok = false;
    const qint64 pid = identity.section(QLatin1Char(':'), 0, 0).toLongLong(&ok);
    if (!ok || pid <= 0)
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH)
        return false;
    const QString started = identity.section(QLatin1Char(':'), 1);
    return started.isEmpty() || startTimeOf(pid) == started;
}

} // namespace Open311
