#include "profiles/KeyVault.h"

#include "core/FutureCallback.h"
#include "core/SecretRedactor.h"
#include "profiles/ProfileStore.h"

#include <QFile>
#include <QFileInfo>
#include <QPromise>
#include <QStringDecoder>

#include <qt6keychain/keychain.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace Open311 {

namespace {

// Longer than any city's key by far; a longer first line is not a key.
constexpr qint64 kMaxKeyBytes = 4096;

QString& claimedEnvironmentKey()
{
    static QString key;
    return key;
}

Error keychainError(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error::validation(Error::Field::ApiKey,
            KeyVault::tr("This computer has no keychain (Secret Service or KWallet), so the "
                         "API key cannot be stored safely. Ask your administrator to "
                         "provision a key file, or set %1.")
                .arg(KeyVault::kEnvironmentVariable));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::validation(Error::Field::ApiKey,
            KeyVault::tr("The keychain refused access to the API key. Unlock it and try again."));
    default:
        return Error::validation(Error::Field::ApiKey,
            KeyVault::tr("The keychain could not be used. Ask your administrator to provision a "
                         "key file, or set %1.")
                .arg(KeyVault::kEnvironmentVariable));
    }
}

template <typename Job, typename T, typename OnSuccess>
QFuture<Result<T>> runJob(Job* job, OnSuccess onSuccess)
{
    auto promise = std::make_shared<QPromise<Result<T>>>();
    promise->start();
    QFuture<Result<T>> future = promise->future();
    job->setAutoDelete(true);
    // Never store a key in plain text when no keychain is there.
    job->setInsecureFallback(false);
    QObject::connect(
        job, &QKeychain::Job::finished, job, [promise, onSuccess](QKeychain::Job* finished) {
            if (finished->error() == QKeychain::NoError
                || finished->error() == QKeychain::EntryNotFound)
                promise->addResult(onSuccess(static_cast<Job*>(finished)));
            else
                promise->addResult(Result<T>(keychainError(finished->error())));
            promise->finish();
        });
    job->start();
    return future;
}

} // namespace

KeyVault::KeyVault(const ProfileStore* profiles, QObject* parent)
    : QObject(parent)
    , m_profiles(profiles)
{ }

Result<QString> KeyVault::readKeyFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error::validation(
            Error::Field::ApiKey, tr("The key file %1 does not exist.").arg(path));
    if (info.ownerId() != 0)
        return Error::validation(Error::Field::ApiKey,
            tr("The key file %1 is not owned by root, so it was not used.").arg(path));
    if (info.permissions() & (QFileDevice::ReadOther | QFileDevice::WriteOther))
        return Error::validation(Error::Field::ApiKey,
            tr("The key file %1 can be read or changed by every user, so it was not used. "
               "Make it readable by its owner and group only (chmod 640).")
                .arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::validation(Error::Field::ApiKey,
            tr("The key file %1 cannot be read: %2").arg(path, file.errorString()));
    const Result<QString> key = keyFromFile(file);
    if (key.ok() && key.value().isEmpty())
        return Error::validation(Error::Field::ApiKey, tr("The key file %1 is empty.").arg(path));
    return key;
}

Result<QString> KeyVault::keyFromFile(QFile& file)
{
    const QString path = file.fileName();
    // Room for the key and its line end; Qt reads one byte less than it is given.
    QByteArray line = file.readLine(kMaxKeyBytes + 3);
    const bool whole = line.endsWith('\n') || file.atEnd();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (!whole || line.size() > kMaxKeyBytes)
        return Error::validation(Error::Field::ApiKey,
            tr("The key file %1 is damaged: its first line is longer than any API key. Write "
               "the city's key in it again, on a line of its own.")
                .arg(path));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString key = QString(utf8(line)).trimmed();
    const bool control = std::any_of(
        key.cbegin(), key.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (utf8.hasError() || control)
        return Error::validation(Error::Field::ApiKey,
            tr("The key file %1 is damaged: its first line holds characters that no API key "
               "has. Write the city's key in it again.")
                .arg(path));
    if (!key.isEmpty())
        SecretRedactor::addSecret(key);
    return key;
}

void KeyVault::claimEnvironmentKey()
{
    const QByteArray name = kEnvironmentVariable.toLatin1();
    char* value = std::getenv(name.constData());
    if (!value)
        return;
    claimedEnvironmentKey() = QString::fromLocal8Bit(value);
    // /proc/PID/environ shows the block the process started with, whatever unsetenv does.
    std::memset(value, 0, std::strlen(value));
    qunsetenv(name.constData());
}

QString KeyVault::environmentKey()
{
    const QByteArray name = kEnvironmentVariable.toLatin1();
    return qEnvironmentVariableIsSet(name.constData()) ? qEnvironmentVariable(name.constData())
                                                       : claimedEnvironmentKey();
}

QFuture<Result<QString>> KeyVault::key(const QString& profileId)
{
    const QString fromEnvironment = environmentKey().trimmed();
    if (!fromEnvironment.isEmpty()) {
        m_lastSource = Source::Environment;
        SecretRedactor::addSecret(fromEnvironment);
        return readyFuture(Result<QString>(fromEnvironment));
    }
    const QString keyFile = m_profiles ? m_profiles->provisionedKeyFile(profileId) : QString();
    if (!keyFile.isEmpty()) {
        m_lastSource = Source::KeyFile;
        return readyFuture(readKeyFile(keyFile));
    }
    m_lastSource = Source::Keychain;
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(profileId);
    return runJob<QKeychain::ReadPasswordJob, QString>(job, [](QKeychain::ReadPasswordJob* done) {
        const QString key = done->textData();
        SecretRedactor::addSecret(key);
        return Result<QString>(key);
    });
}

QFuture<Result<bool>> KeyVault::store(const QString& profileId, const QString& key)
{
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(profileId);
    job->setTextData(key.trimmed());
    SecretRedactor::addSecret(key.trimmed());
    return runJob<QKeychain::WritePasswordJob, bool>(
        job, [](QKeychain::WritePasswordJob*) { return Result<bool>(true); });
}

QFuture<Result<bool>> KeyVault::remove(const QString& profileId)
{
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(profileId);
    return runJob<QKeychain::DeletePasswordJob, bool>(
        job, [](QKeychain::DeletePasswordJob*) { return Result<bool>(true); });
}

} // namespace Open311
