#pragma once

#include "profiles/KioskOptions.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;
class QTimer;
class QWidget;

namespace Open311 {

class KioskCountdownOverlay;
class KioskStartScreen;
class MainWindow;

// Kiosk mode for public terminals: the start screen, an idle countdown that ends the visitor's
// session and wipes what they typed, a timed reset after a successful report, and the
// administrator PIN that guards the way out.
class KioskController : public QObject
{
    Q_OBJECT

public:
    using Options = KioskOptions;

    KioskController(MainWindow* window, QStackedWidget* pages, const Options& options);

    KioskStartScreen* startScreen() const { return m_start; }
    bool isOnStartScreen() const;
    bool isCountingDown() const;
    KioskCountdownOverlay* countdown() const { return m_countdown; }
    QWidget* pinPrompt() const { return m_pinPrompt; }
    // True once the administrator gave the PIN: the window may close.
    bool unlocked() const { return m_unlocked; }
    void askForPin();

    // Ends the visitor's session: wipes everything and shows the start screen.
    void endSession();
    // The form, from the start screen's button (KioskWindowHost calls it in a new language).
    void startSession();

Q_SIGNALS:
    // A visitor asked for the form in another language.
    void languageChosen(const QString& language);
    // The visitor's session is over and wiped: the kiosk may go back to its own language.
    void sessionEnded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void idle();
    void tick();
    // The visitor answered the countdown: by its button or by any other input.
    void carryOn();
    void layoutOverlays();
    void adaptStatusBar();
    // What the window's style sheet lacks for a kiosk; appended to it.
    static QString styleSheet();

    MainWindow* m_window;
    QStackedWidget* m_pages;
    Options m_options;
    KioskStartScreen* m_start;
    QTimer* m_idle;
    QTimer* m_countdownTimer;
    QTimer* m_resultTimer;
    KioskCountdownOverlay* m_countdown;
    QPointer<QWidget> m_focusBeforeCountdown;
    QList<QListView*> m_lists;
    QWidget* m_pinPrompt;
    QLineEdit* m_pin;
    QLabel* m_pinMessage;
    int m_secondsLeft = 0;
    bool m_unlocked = false;
    bool m_statusBarAdapted = false;
};

} // namespace Open311
