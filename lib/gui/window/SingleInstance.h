#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;
class QLockFile;

namespace Open311 {

// One report window per user and data folder. A second window restored the first one's
// unsent draft, and the same report could then be sent from both; a second launch now brings
// the running window forward instead.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // What a later launch asks of the running instance.
    enum class Request
    {
        Show,
        TrainingCity
    };
    Q_ENUM(Request)

    // directory: where the outbox and drafts live; it keys the lock and the local socket.
    explicit SingleInstance(const QString& directory, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process may open the window. Otherwise the running instance is asked to
    // come forward, and for what. A folder where no lock can be made does not keep the app from
    // starting.
    bool claim(Request request = Request::Show);
    // After a refused claim: whether the running instance took the request (a hung one holds
    // the lock and answers nothing).
    bool answered() const { return m_answered; }
    QString serverName() const { return m_serverName; }

Q_SIGNALS:
    // A later launch asked for this instance's window.
    void activationRequested(Open311::SingleInstance::Request request);

private:
    void listen();

    QString m_directory;
    QString m_serverName;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
    bool m_answered = false;
};

} // namespace Open311
