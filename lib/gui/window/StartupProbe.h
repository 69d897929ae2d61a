#pragma once

#include <QObject>

class QWidget;

namespace Open311 {

// For the start-up benchmark: prints "first-frame" when the window first paints and, after
// the app has settled, "idle-rss <kB>", then quits. Enabled by --report-startup only.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QWidget* window, int settleMs, QObject* parent = nullptr);

    static long residentKiB();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool m_painted = false;
    int m_settleMs;
};

} // namespace Open311
