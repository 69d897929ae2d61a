#include "cli/CliJsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <iterator>

namespace Open311 {

namespace {

const char* const kLeadingKeys[] = { "id", "service_request_id", "token", "status" };

int rank(const QString& key)
{
    const auto* found = std::find_if(std::begin(kLeadingKeys), std::end(kLeadingKeys),
        [&key](const char* leading) { return key == QLatin1String(leading); });
    return int(std::distance(std::begin(kLeadingKeys), found));
}

// A scalar exactly as QJsonDocument writes it (escaping, number format), taken out of a
// one-element array.
QByteArray scalar(const QJsonValue& value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QByteArray indent(int depth)
{
    return QByteArray(depth * 4, ' ');
}

} // namespace

QByteArray CliJsonWriter::write(const QJsonValue& value)
{
    QByteArray out;
    append(out, value, 0);
    out += '\n';
    return out;
}

void CliJsonWriter::append(QByteArray& out, const QJsonValue& value, int depth)
{
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out += "[\n" + indent(depth) + "]";
            return;
        }
        out += "[\n";
        for (qsizetype i = 0; i < array.size(); ++i) {
            out += indent(depth + 1);
            append(out, array.at(i), depth + 1);
            out += i + 1 < array.size() ? ",\n" : "\n";
        }
        out += indent(depth) + "]";
        return;
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out += "{\n" + indent(depth) + "}";
            return;
        }
        QStringList keys = object.keys();
        std::stable_sort(keys.begin(), keys.end(),
            [](const QString& a, const QString& b) { return rank(a) < rank(b); });
        out += "{\n";
        for (qsizetype i = 0; i < keys.size(); ++i) {
            out += indent(depth + 1) + scalar(keys.at(i)) + ": ";
            append(out, object.value(keys.at(i)), depth + 1);
            out += i + 1 < keys.size() ? ",\n" : "\n";
        }
        out += indent(depth) + "}";
        return;
    }
    out += scalar(value);
}

} // namespace Open311
