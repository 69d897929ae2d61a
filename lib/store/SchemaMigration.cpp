#include "store/SchemaMigration.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Open311 {

SchemaMigration::SchemaMigration(const QSqlDatabase& database, const QString& what,
    const QString& path, const QList<QStringList>& steps)
    : m_database(database)
    , m_what(what)
    , m_path(path)
    , m_steps(steps)
{ }

bool SchemaMigration::apply(QString& error)
{
    m_foundVersion = -1;
    m_appliedSteps = 0;
    QSqlQuery q(m_database);
    // The write lock comes before the version is read: a second process opening a new file
    // waits here, then finds it made, instead of creating the same tables again.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        error = failureMessage(q.lastError());
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        error = failureMessage(q.lastError());
        q.finish();
        rollback();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    m_foundVersion = version;
    const int target = targetVersion();
    // No version of this app writes a negative one either.
    if (version > target || version < 0) {
        error = tr("%1 %2 was written by a newer version of the app.").arg(m_what, m_path);
        rollback();
        return false;
    }
    QStringList statements;
    for (int step = version; step < target; ++step)
        statements << m_steps.at(step);
    if (version < target)
        statements << QStringLiteral("PRAGMA user_version=%1").arg(target);
    statements << QStringLiteral("COMMIT");
    for (const QString& statement : std::as_const(statements)) {
        if (!q.exec(statement)) {
            // A failed COMMIT (busy) leaves the transaction open: it is rolled back too.
            error = failureMessage(q.lastError());
            q.finish();
            rollback();
            return false;
        }
        q.finish();
    }
    m_appliedSteps = target - version;
    return true;
}

QString SchemaMigration::failureMessage(const QSqlError& failure) const
{
    // SQLite's own words ("no such table: x"), not the driver's "Unable to execute statement".
    const QString reason
        = failure.databaseText().isEmpty() ? failure.text() : failure.databaseText();
    return tr("%1 %2 cannot be set up, and was left as it was: %3").arg(m_what, m_path, reason);
}

void SchemaMigration::rollback()
{
    // SQLite may have rolled back already (a full disk does); then this fails, harmlessly.
    QSqlQuery(m_database).exec(QStringLiteral("ROLLBACK"));
}

} // namespace Open311
