#include "core/SecretRedactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace Open311 {

namespace {

QMutex g_mutex;
QStringList g_secrets;
QtMessageHandler g_previous = nullptr;

const QString kMask = QStringLiteral("***");

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (g_previous)
        g_previous(type, context, SecretRedactor::redact(message));
}

} // namespace

QString SecretRedactor::redact(const QString& text)
{
    static const QRegularExpression keyParameter(
        QStringLiteral("(api[_%-]?(?:5F)?key\\s*[=:]\\s*)[^&\\s\"'<>]*"),
        QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    // The pattern needs "key" somewhere; most log lines have none, and skip the regex.
    if (text.contains(QLatin1String("key"), Qt::CaseInsensitive))
        out.replace(keyParameter, QStringLiteral("\\1") + kMask);
    QMutexLocker lock(&g_mutex);
    for (const QString& secret : std::as_const(g_secrets)) {
        out.replace(secret, kMask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            out.replace(encoded, kMask, Qt::CaseInsensitive);
    }
    return out;
}

void SecretRedactor::addSecret(const QString& secret)
{
    // Very short values would mask ordinary words; the pattern above still covers them in URLs.
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&g_mutex);
    if (!g_secrets.contains(secret))
        g_secrets.append(secret);
}

void SecretRedactor::installMessageHandler()
{
    QMutexLocker lock(&g_mutex);
    if (g_previous)
        return;
    g_previous = qInstallMessageHandler(redactingHandler);
}

} // namespace Open311
