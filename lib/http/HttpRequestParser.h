#pragma once

#include "http/HttpLimits.h"
#include "http/HttpRequest.h"

#include <QByteArray>

namespace Open311 {

// Reads HTTP/1.1 requests out of the bytes a connection receives, one after another: the request
// line and header fields, then a body framed by Content-Length or by chunks. Knows nothing of
// sockets or time, so that every rule of the framing can be tested byte by byte.
class HttpRequestParser
{
public:
    enum class Progress
    {
        NeedMore, // every buffered byte is used; the request is not whole yet
        Complete, // takeRequest() has a whole request; the bytes after it stay buffered
        Failed, // failureStatus() is the answer; nothing more is parsed until reset()
    };

    explicit HttpRequestParser(const HttpLimits& limits);

    void append(const QByteArray& bytes) { m_buffer += bytes; }
    Progress parse();
    // The request parse() completed; the parser goes on with the next one.
    HttpRequest takeRequest();
    // 400, 413, 431, 501 or 505 once parse() has failed, else 0.
    int failureStatus() const { return m_failure; }
    // Part of a request has come and not the rest, which a timeout must answer (408).
    bool hasPartialRequest() const { return m_stage != Stage::Head || !m_buffer.isEmpty(); }
    // What the parser holds in memory: bytes not yet parsed and the request being read.
    qsizetype bufferedBytes() const { return m_buffer.size() + m_request.body.size(); }
    // Drops every buffered byte and the request being read, failure included.
    void reset();

private:
    // Where the parser is in the current request.
    enum class Stage
    {
        Head,
        Body,
        ChunkSize,
        ChunkData,
        Trailer
    };

    Progress parseHeadBytes();
    Progress parseChunkSize();
    Progress parseTrailer();
    int parseHead(const QByteArray& head); // 0, or the status to fail with
    void takeBody();
    Progress fail(int status);

    HttpLimits m_limits;
    QByteArray m_buffer;
    qsizetype m_scanned = 0; // bytes of m_buffer already searched for the end of the head
    HttpRequest m_request; // being read
    Stage m_stage = Stage::Head;
    qsizetype m_remaining = 0; // of the body or of the current chunk
    qsizetype m_trailerBytes = 0; // read so far, bounded like the head
    int m_failure = 0;
};

} // namespace Open311
