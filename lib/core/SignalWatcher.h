#pragma once

#include <QObject>

class QSocketNotifier;

namespace Open311 {

// Turns SIGINT and SIGTERM into a Qt signal through a self-pipe, so a program (the training
// server, the reporter at a system shutdown) stops cleanly from the event loop instead of
// inside a signal handler.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject* parent = nullptr);

Q_SIGNALS:
    void terminationRequested(int signalNumber);

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace Open311
