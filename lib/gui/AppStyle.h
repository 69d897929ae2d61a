#pragma once

#include <QProxyStyle>

namespace Open311 {

// The application's style: the platform's, except for the few standard icons the main window
// shows at start. Qt reads those from PNG files, and its first image read without a format
// opens every image plug-in (SVG, JPEG, GIF, ICO) before the first frame: ~1.3 ms and 0.4 MB.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;
};

} // namespace Open311
