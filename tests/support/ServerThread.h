#pragma once

#include "http/HttpServer.h"

#include <QThread>

namespace Open311::Testing {

// An HttpServer on a thread of its own, as a real server runs: in the map's thread its latency
// timers fired late whenever the map was painting, adding ~40 ms to every round.
class ServerThread
{
public:
    ~ServerThread() { stop(); }

    void stop()
    {
        m_thread.quit();
        m_thread.wait();
    }

    // The handler runs on the server's thread.
    bool start(HttpHandler handler)
    {
        m_server = new HttpServer;
        m_server->setHandler(std::move(handler));
        m_server->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread.start();
        bool listening = false;
        QMetaObject::invokeMethod(
            m_server, [&] { listening = m_server->listen(); }, Qt::BlockingQueuedConnection);
        return listening;
    }

    HttpServer* server() const { return m_server; }

private:
    QThread m_thread;
    HttpServer* m_server = nullptr;
};

} // namespace Open311::Testing
