#pragma once

#include "core/Protocol.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QString>

#include <vector>

class QXmlStreamWriter;

namespace Open311 {

// One GeoReport v2 answer as a tree, written as JSON or as XML from the same data so that the two
// formats cannot drift apart. Fields keep the order they were set in, which is the spec's order;
// an array names its items for XML (<services><service>...), which JSON leaves out.
class SandboxV2Value
{
public:
    enum class Kind
    {
        Null,
        String,
        Number,
        Boolean,
        Object,
        Array
    };

    SandboxV2Value() = default; // null: an empty element in XML
    // An empty text is null, as in the spec's JSON examples.
    static SandboxV2Value string(const QString& text);
    static SandboxV2Value number(double value);
    static SandboxV2Value boolean(bool value);
    static SandboxV2Value object();
    static SandboxV2Value array(const QString& itemName);

    Kind kind() const { return m_kind; }
    // Object fields and array items; both return this value so that calls can be chained.
    SandboxV2Value& set(const QString& name, SandboxV2Value value);
    SandboxV2Value& append(SandboxV2Value value);

    QByteArray toJson() const;
    QByteArray toXml(const QString& rootName) const;
    // The whole answer, with the Content-Type of its format.
    HttpResponse toResponse(WireFormat format, const QString& xmlRoot, int status = 200) const;

private:
    void writeJson(QByteArray& out, int depth) const;
    void writeXml(QXmlStreamWriter& w, const QString& name) const;
    QString scalarText() const;

    Kind m_kind = Kind::Null;
    QString m_text; // a string, or an array's item name
    double m_number = 0;
    bool m_boolean = false;
    // Object fields: m_names[i] names m_children[i]. Array items: m_names stays empty.
    std::vector<QString> m_names;
    std::vector<SandboxV2Value> m_children;
};

} // namespace Open311
