#include "gui/window/StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace Open311 {

StartupProbe::StartupProbe(QWidget* window, int settleMs, QObject* parent)
    : QObject(parent)
    , m_settleMs(settleMs)
{
    window->installEventFilter(this);
}

long StartupProbe::residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

bool StartupProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        std::fputs("first-frame\n", stdout);
        std::fflush(stdout);
        QTimer::singleShot(m_settleMs, this, [] {
            std::printf("idle-rss %ld\n", residentKiB());
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Open311
