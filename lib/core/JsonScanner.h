#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>

namespace Open311 {

// A pull reader over JSON bytes that builds no document: a long list is read straight into the
// domain types. It reads a strict subset of RFC 8259 and declines everything else (escaped or
// non-ASCII keys, exponents, deep nesting, noncharacters, control characters): a declined
// document is read again by QJsonDocument, so the answer and every error stay QJsonDocument's.
// It must therefore never accept what QJsonDocument refuses.
class JsonScanner
{
public:
    enum class Kind
    {
        String,
        Number,
        Bool,
        Null,
        Array,
        Object,
        Other, // nothing JSON starts with: the scanner has declined
    };

    explicit JsonScanner(QByteArrayView json)
        : m_at(json.data())
        , m_end(json.data() + json.size())
    { }

    // False once anything was declined; every call after that does nothing.
    bool ok() const { return m_ok; }
    void decline() { m_ok = false; }

    Kind peek();

    // '[' or '{'; then next*() until it returns false, which also consumes ']' or '}'.
    bool enterArray() { return enter('['); }
    bool enterObject() { return enter('{'); }
    bool nextElement();
    // The member's key, as its bytes (ASCII, unescaped), with the ':' after it consumed.
    bool nextMember(QByteArrayView& key);

    bool readString(QString& text);
    bool readBool(bool& value);
    bool readNull();
    bool skipValue();
    // Nothing but whitespace after the document.
    bool atEnd();

private:
    static constexpr int kMaxDepth = 32;

    bool enter(char open);
    bool next(char close);
    void skipSpace()
    {
        while (m_at != m_end && (*m_at == ' ' || *m_at == '\n' || *m_at == '\r' || *m_at == '\t'))
            ++m_at;
    }
    bool literal(const char* word, int size);
    bool skipNumber();
    // From after a backslash or a non-ASCII byte of the string starting at start.
    bool readUnusualString(const char* start, QString& text);
    bool skipUtf8Sequence(); // m_at on a lead byte ≥ 0x80
    bool fail()
    {
        m_ok = false;
        return false;
    }

    const char* m_at;
    const char* m_end;
    bool m_ok = true;
    // Whether the open array or object at each depth has had no entry yet.
    QVarLengthArray<bool, kMaxDepth> m_first;
};

} // namespace Open311
