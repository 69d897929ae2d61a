#include "gui/window/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QLoggingCategory>
#include <QThread>

namespace Open311 {

Q_LOGGING_CATEGORY(lcInstance, "open311.instance")

SingleInstance::SingleInstance(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_directory(QDir(directory).absolutePath())
{
    // Per folder, so that tests and other users with their own data each get their own.
    const QByteArray key
        = QCryptographicHash::hash(m_directory.toUtf8(), QCryptographicHash::Sha256)
              .toHex()
              .left(16);
    m_serverName = QStringLiteral("open311-reporter-") + QString::fromLatin1(key);
}

SingleInstance::~SingleInstance() = default;

namespace {

// One line from a later launch; anything else is a plain "come forward".
constexpr char kTrainingLine[] = "training-city\n";

} // namespace

bool SingleInstance::claim(Request request)
{
    QDir().mkpath(m_directory);
    m_lock
        = std::make_unique<QLockFile>(QDir(m_directory).filePath(QStringLiteral("instance.lock")));
    // Stale only when its process is gone: a window open for days still holds it.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        listen();
        return true;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        qCWarning(lcInstance) << "no instance lock in" << m_directory << "- starting anyway";
        return true;
    }
    // The running instance may still be starting and not yet listening.
    QLocalSocket socket;
    for (int attempt = 0; attempt < 20; ++attempt) {
        socket.connectToServer(m_serverName);
        if (socket.waitForConnected(500)) {
            if (request == Request::TrainingCity) {
                socket.write(kTrainingLine);
                socket.waitForBytesWritten(500);
            }
            socket.disconnectFromServer();
            m_answered = true;
            return false;
        }
        QThread::msleep(100);
    }
    return false;
}

void SingleInstance::listen()
{
    // We hold the lock, so a socket left here belongs to an instance that crashed.
    QLocalServer::removeServer(m_serverName);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        qCWarning(lcInstance) << "cannot listen for later launches:" << m_server->errorString();
        return;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            // What it asks for is complete when it hangs up.
            connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
                const bool training = socket->readAll() == kTrainingLine;
                socket->deleteLater();
                Q_EMIT activationRequested(training ? Request::TrainingCity : Request::Show);
            });
        }
    });
}

} // namespace Open311
