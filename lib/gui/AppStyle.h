#pragma once

#include <QProxyStyle>

namespace Open311 {

// The application's style: the platform's, except for the few standard icons the main window
// shows at start. Qt reads those from PNG files, and its first image read of any kind opens
// every image plug-in (SVG, JPEG, GIF, ICO): ~1.3 ms before the first frame.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;
};

} // namespace Open311
