#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <cstddef>

namespace Open311 {

// A store's SELECT names its columns from one array, and its rows are read through the enum that
// matches it: a column added to the list cannot shift the others silently.
template <std::size_t N> QString columnList(const char* const (&names)[N])
{
    QStringList list;
    for (const char* name : names)
        list << QLatin1String(name);
    return list.join(QStringLiteral(", "));
}

template <typename Column> QVariant columnValue(const QSqlQuery& query, Column column)
{
    return query.value(static_cast<int>(column));
}

} // namespace Open311
