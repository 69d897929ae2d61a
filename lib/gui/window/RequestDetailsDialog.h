#pragma once

#include "map/FeedRequest.h"

#include <QDialog>

namespace Open311 {

// A known request picked on the map: what the city has of it, and a way to follow it instead
// of reporting it again.
class RequestDetailsDialog : public QDialog
{
    Q_OBJECT

public:
    // `canFollow`: not at a kiosk, and not for a report still in our outbox (it has no id).
    RequestDetailsDialog(const FeedRequest& request, bool canFollow, QWidget* parent = nullptr);

Q_SIGNALS:
    void followRequested(const QString& requestId);
};

} // namespace Open311
