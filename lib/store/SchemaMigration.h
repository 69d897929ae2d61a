#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QSqlError;

namespace Open311 {

// Brings the schema of an SQLite store up to date, the same way for every store. The version is
// PRAGMA user_version; step i takes the schema from version i to i + 1. The missing steps run in
// one write transaction: a failure leaves the file as it was, and of two processes opening a new
// file at once only the first creates it.
class SchemaMigration
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SchemaMigration)

public:
    // Each step is a list of SQL statements. `what` names the store in messages ("The outbox").
    SchemaMigration(const QSqlDatabase& database, const QString& what, const QString& path,
        const QList<QStringList>& steps);

    // The version the steps lead to.
    int targetVersion() const { return static_cast<int>(m_steps.size()); }

    // Runs the steps the file lacks. False, with a message for people in `error`, when the file
    // is from a newer version of the app or a statement failed; the file is then unchanged.
    bool apply(QString& error);

    // What the last apply() found and did.
    int foundVersion() const { return m_foundVersion; }
    int appliedSteps() const { return m_appliedSteps; }

private:
    QString failureMessage(const QSqlError& failure) const;
    void rollback();

    QSqlDatabase m_database;
    QString m_what;
    QString m_path;
    QList<QStringList> m_steps;
    int m_foundVersion = -1;
    int m_appliedSteps = 0;
};

} // namespace Open311
