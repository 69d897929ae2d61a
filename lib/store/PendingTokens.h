#pragma once

#include "store/TrackedRequest.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

namespace Open311 {

class TrackerStore;

// A report to a batch service is answered with a token, which the city turns into a request id
// later. Until then it is followed by its token, in the Tracker's own file, and then as a
// request like any other.
class PendingTokens
{
public:
    struct Pending
    {
        QString token;
        TrackedRequest about; // everything but the request id
    };

    explicit PendingTokens(const QSqlDatabase& database);

    // The Tracker's schema step that adds the table.
    static QStringList schemaStep();

    bool add(const TrackedRequest& about, const QString& token);
    QList<Pending> list(const QString& profile) const;
    int count(const QString& profile) const;
    // The token has become an id: the report is followed under it from now on.
    bool resolve(TrackerStore& store, const Pending& pending, const QString& requestId);

private:
    QSqlDatabase m_database;
};

} // namespace Open311
