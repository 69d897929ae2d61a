#include "profiles/AdminPin.h"

#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace Open311 {

namespace {

QByteArray derive(const QString& pin, const QByteArray& salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
}

} // namespace

QString AdminPin::hash(const QString& pin)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    return QStringLiteral("pbkdf2-sha256$%1$%2$%3")
        .arg(kIterations)
        .arg(QString::fromLatin1(salt.toBase64()),
            QString::fromLatin1(derive(pin, salt, kIterations).toBase64()));
}

bool AdminPin::verify(const QString& pin, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != QLatin1String("pbkdf2-sha256"))
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1000 || iterations > 10000000)
        return false;
    const QByteArray expected = QByteArray::fromBase64(parts[3].toLatin1());
    const QByteArray actual = derive(pin, QByteArray::fromBase64(parts[2].toLatin1()), iterations);
    // Compare every byte, so the time taken says nothing about where they differ.
    if (expected.size() != actual.size() || expected.isEmpty())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < actual.size(); ++i)
        difference |= static_cast<unsigned char>(expected[i] ^ actual[i]);
    return difference == 0;
}

} // namespace Open311
