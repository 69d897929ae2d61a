#include "session/ServiceCache.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace Open311 {

ServiceList ServiceCache::read(const QString& path)
{
    QFile cached(path);
    ServiceList services;
    if (!cached.open(QIODevice::ReadOnly))
        return services;
    for (const QJsonValue& value : QJsonDocument::fromJson(cached.readAll()).array()) {
        const QJsonObject o = value.toObject();
        Service s { o.value(QStringLiteral("code")).toString(),
            o.value(QStringLiteral("name")).toString(),
            o.value(QStringLiteral("description")).toString() };
        // v2's fields, so that offline a service still asks its questions and keeps its group.
        s.group = o.value(QStringLiteral("group")).toString();
        s.type = o.value(QStringLiteral("type")).toString();
        s.metadata = o.value(QStringLiteral("metadata")).toBool();
        for (const QJsonValue& group : o.value(QStringLiteral("groups")).toArray())
            s.groups.append(group.toString());
        for (const QJsonValue& keyword : o.value(QStringLiteral("keywords")).toArray())
            s.keywords.append(keyword.toString());
        // A hand-edited or half-written file must not put a nameless service in the list.
        if (!s.code.isEmpty())
            services.append(s);
    }
    return services;
}

bool ServiceCache::write(const QString& path, const ServiceList& services)
{
    QJsonArray array;
    for (const Service& s : services)
        array.append(QJsonObject { { QStringLiteral("code"), s.code },
            { QStringLiteral("name"), s.name }, { QStringLiteral("description"), s.description },
            { QStringLiteral("group"), s.group },
            { QStringLiteral("groups"), QJsonArray::fromStringList(s.groups) },
            { QStringLiteral("type"), s.type }, { QStringLiteral("metadata"), s.metadata },
            { QStringLiteral("keywords"), QJsonArray::fromStringList(s.keywords) } });
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(array).toJson(QJsonDocument::Compact)) >= 0 && file.commit();
}

} // namespace Open311
