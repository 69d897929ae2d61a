#pragma once

#include <QCborMap>
#include <QCborValue>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Open311 {

// Reads the objects of a long JSON list field by field. Qt keeps an object's keys sorted, so
// objects with the same keys have them in the same places; comparing each key with the key the
// previous object had there (inside the document, through QCborMap, which shares its data)
// costs less than reading every key out as a new QString. A key in a new place is read and named
// by classify() once, and its name remembered for the objects after it.
template <typename Field> class JsonFieldReader
{
public:
    explicit JsonFieldReader(Field (*classify)(const QString& key))
        : m_classify(classify)
    { }

    // visit(field, value, key) for each entry of object, in the order of its keys; key() makes
    // a QString, so only call it when it is needed.
    template <typename Visit> void read(const QJsonObject& object, Visit&& visit)
    {
        const QCborMap keys = QCborMap::fromJsonObject(object);
        if (keys.size() != m_keys.size()) {
            m_keys.resize(keys.size());
            m_fields.resize(keys.size());
        }
        QCborMap::ConstIterator key = keys.constBegin();
        const QJsonObject::const_iterator end = object.constEnd();
        qsizetype i = 0;
        for (QJsonObject::const_iterator it = object.constBegin(); it != end; ++it, ++key, ++i) {
            const QCborValue name = key.key();
            if (name != m_keys.at(i)) {
                m_keys[i] = name;
                m_fields[i] = m_classify(it.key());
            }
            visit(m_fields.at(i), it.value(), [&it] { return it.key(); });
        }
    }

private:
    Field (*m_classify)(const QString& key);
    QList<QCborValue> m_keys; // undefined until learnt, which no key equals
    QList<Field> m_fields;
};

} // namespace Open311
