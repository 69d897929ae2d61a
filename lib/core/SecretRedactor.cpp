#include "core/SecretRedactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace Open311 {

namespace {

// Never destroyed: Qt still logs from its own exit handlers, after this file's statics would be
// gone, and the handler must not read freed secrets then (found by ASan).
struct RedactorState
{
    QMutex mutex;
    QStringList secrets;
    QtMessageHandler previous = nullptr;
    const QString mask = QStringLiteral("***");
    const QRegularExpression keyParameter { QStringLiteral(
                                                "(api[_%-]?(?:5F)?key\\s*[=:]\\s*)[^&\\s\"'<>]*"),
        QRegularExpression::CaseInsensitiveOption };
};

RedactorState& state()
{
    static RedactorState* const s = new RedactorState;
    return *s;
}

void redactingHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (QtMessageHandler previous = state().previous)
        previous(type, context, SecretRedactor::redact(message));
}

} // namespace

QString SecretRedactor::redact(const QString& text)
{
    RedactorState& s = state();
    QString out = text;
    // The pattern needs "key" somewhere; most log lines have none, and skip the regex.
    if (text.contains(QLatin1String("key"), Qt::CaseInsensitive))
        out.replace(s.keyParameter, QStringLiteral("\\1") + s.mask);
    QMutexLocker lock(&s.mutex);
    for (const QString& secret : std::as_const(s.secrets)) {
        out.replace(secret, s.mask);
        const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            out.replace(encoded, s.mask, Qt::CaseInsensitive);
    }
    return out;
}

void SecretRedactor::addSecret(const QString& secret)
{
    // Very short values would mask ordinary words; the pattern above still covers them in URLs.
    if (secret.size() < 4)
        return;
    RedactorState& s = state();
    QMutexLocker lock(&s.mutex);
    if (!s.secrets.contains(secret))
        s.secrets.append(secret);
}

void SecretRedactor::installMessageHandler()
{
    RedactorState& s = state();
    QMutexLocker lock(&s.mutex);
    if (s.previous)
        return;
    s.previous = qInstallMessageHandler(redactingHandler);
}

} // namespace Open311
