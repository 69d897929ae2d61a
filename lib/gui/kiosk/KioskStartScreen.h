#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Open311 {

// The kiosk's welcome: a large "Report a problem" in the city's languages, and a way for a
// visitor to look up one request id (and nothing else).
class KioskStartScreen : public QWidget
{
    Q_OBJECT

public:
    explicit KioskStartScreen(QWidget* parent = nullptr);

    void showLookupResult(const QString& text);
    void clear();
    QPushButton* startButton() const { return m_start; }

    // "Report a problem" in each language the app ships, the interface's first, for the button.
    static QStringList greetings();
    // The welcome sentence likewise: one paragraph per language above the button.
    static QStringList welcomes();

Q_SIGNALS:
    void startRequested();
    void lookupRequested(const QString& requestId);

private:
    QPushButton* m_start;
    QLineEdit* m_lookupId;
    QPushButton* m_lookup;
    QLabel* m_lookupResult;
};

} // namespace Open311
