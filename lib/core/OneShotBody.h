#pragma once

#include <QIODevice>

namespace Open311 {

// An empty request body that cannot be rewound.
//
// Qt's HTTP/1 code silently sends a request again when the connection drops before the status
// line arrives. v1's create_request is a GET that creates a report, so a second send files the
// report twice. Qt rewinds the body before such a resend; a body that refuses to rewind turns
// the resend into a ContentReSendError, which the client reports as "outcome unknown".
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 bytesAvailable() const override { return 0; }
    bool atEnd() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;
};

} // namespace Open311
