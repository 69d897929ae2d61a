#pragma once

#include <QDialog>

namespace Open311 {

// The version, and where this installation keeps its reports, drafts and followed requests:
// what IT asks for first, and where a damaged file that was set aside is to be found.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    struct Places
    {
        QString outbox;
        QString tracker;
        QString trainingCity;
        QString settings;
    };

    explicit AboutDialog(const Places& places, QWidget* parent = nullptr);
};

} // namespace Open311
