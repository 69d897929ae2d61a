#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Open311 {

// A request body that can be read once and cannot be rewound.
//
// Qt's HTTP/1 code silently sends a request again when the connection drops before the status
// line arrives. A create (v1's GET create_request, v2's POST requests) sent twice files the
// report twice. Qt rewinds the body before such a resend; a body that refuses to rewind turns
// the resend into a ContentReSendError, which the client reports as "outcome unknown".
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray& data = QByteArray(), QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace Open311
