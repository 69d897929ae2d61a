#include "store/PendingTokens.h"

#include "store/TrackerStore.h"

#include <QSqlQuery>
#include <QVariant>

namespace Open311 {

PendingTokens::PendingTokens(const QSqlDatabase& database)
    : m_database(database)
{ }

QStringList PendingTokens::schemaStep()
{
    return {
        QStringLiteral("CREATE TABLE tokens (profile TEXT NOT NULL, token TEXT NOT NULL,"
                       " service_name TEXT, address TEXT, lat REAL, lon REAL,"
                       " submitted_ms INTEGER, PRIMARY KEY (profile, token))"),
    };
}

bool PendingTokens::add(const TrackedRequest& about, const QString& token)
{
    if (token.trimmed().isEmpty())
        return false;
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO tokens (profile, token, service_name,"
                             " address, lat, lon, submitted_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(about.profile);
    q.addBindValue(token.trimmed());
    q.addBindValue(about.serviceName);
    q.addBindValue(about.address);
    q.addBindValue(about.latitude ? QVariant(*about.latitude) : QVariant());
    q.addBindValue(about.longitude ? QVariant(*about.longitude) : QVariant());
    q.addBindValue(about.submittedMs);
    return q.exec();
}

QList<PendingTokens::Pending> PendingTokens::list(const QString& profile) const
{
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("SELECT token, service_name, address, lat, lon, submitted_ms"
                             " FROM tokens WHERE profile = ? ORDER BY submitted_ms, token"));
    q.addBindValue(profile);
    QList<Pending> pending;
    if (!q.exec())
        return pending;
    while (q.next()) {
        Pending p;
        p.token = q.value(0).toString();
        p.about.profile = profile;
        p.about.serviceName = q.value(1).toString();
        p.about.address = q.value(2).toString();
        if (!q.value(3).isNull())
            p.about.latitude = q.value(3).toDouble();
        if (!q.value(4).isNull())
            p.about.longitude = q.value(4).toDouble();
        p.about.submittedMs = q.value(5).toLongLong();
        pending.append(p);
    }
    return pending;
}

int PendingTokens::count(const QString& profile) const
{
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tokens WHERE profile = ?"));
    q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool PendingTokens::resolve(TrackerStore& store, const Pending& pending, const QString& requestId)
{
    TrackedRequest request = pending.about;
    request.requestId = requestId;
    if (!store.add(request))
        return false;
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE profile = ? AND token = ?"));
    q.addBindValue(pending.about.profile);
    q.addBindValue(pending.token);
    return q.exec();
}

} // namespace Open311
