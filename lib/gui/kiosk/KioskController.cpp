#include "gui/kiosk/KioskController.h"
#include "gui/tracker/TrackerModel.h"
#include "gui/widgets/WrappingItemDelegate.h"

#include "core/FutureCallback.h"
#include "gui/kiosk/KioskCountdownOverlay.h"
#include "gui/kiosk/KioskStartScreen.h"
#include "gui/report/ReportForm.h"
#include "gui/report/ResultPanel.h"
#include "gui/window/MainWindow.h"
#include "profiles/AdminPin.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace Open311 {

namespace {

QWidget* overlay(QWidget* parent)
{
    auto* panel = new QWidget(parent);
    panel->setAutoFillBackground(true);
    QPalette palette = panel->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::Base));
    panel->setPalette(palette);
    panel->hide();
    return panel;
}

} // namespace

KioskController::KioskController(MainWindow* window, QStackedWidget* pages, const Options& options)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
    , m_options(options)
    , m_start(new KioskStartScreen(
          options.languages.isEmpty() ? KioskStartScreen::defaultLanguages() : options.languages,
          pages))
    , m_idle(new QTimer(this))
    , m_countdownTimer(new QTimer(this))
    , m_resultTimer(new QTimer(this))
{
    m_pages->insertWidget(0, m_start);
    m_pages->setCurrentWidget(m_start);

    window->setStyleSheet(styleSheet());
    // Long service names wrap instead of ending in "…" where the column is narrow (1280 px).
    m_lists = window->form()->findChildren<QListView*>();
    for (QListView* list : m_lists) {
        list->setWordWrap(true);
        list->setUniformItemSizes(false);
        list->setResizeMode(QListView::Adjust);
        list->setItemDelegate(new WrappingItemDelegate(list));
    }

    m_countdown = new KioskCountdownOverlay(window);
    m_countdown->setAccessibleName(tr("Are you still there?"));
    m_countdown->carryOnButton()->setText(tr("I'm still here"));
    m_countdown->carryOnButton()->setAccessibleName(tr("I'm still here"));

    m_pinPrompt = overlay(window);
    m_pinPrompt->setAccessibleName(tr("Administrator"));
    auto* pinLabel = new QLabel(tr("Administrator PIN:"), m_pinPrompt);
    m_pin = new QLineEdit(m_pinPrompt);
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(
        Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhHiddenText);
    m_pin->setAccessibleName(tr("Administrator PIN"));
    m_pin->setMaximumWidth(280);
    pinLabel->setBuddy(m_pin);
    auto* unlock = new QPushButton(tr("Unlock"), m_pinPrompt);
    unlock->setAccessibleName(tr("Unlock"));
    auto* cancel = new QPushButton(tr("Cancel"), m_pinPrompt);
    cancel->setAccessibleName(tr("Cancel"));
    m_pinMessage = new QLabel(m_pinPrompt);
    auto* pinRow = new QHBoxLayout;
    pinRow->addStretch(1);
    pinRow->addWidget(pinLabel);
    pinRow->addWidget(m_pin);
    pinRow->addWidget(unlock);
    pinRow->addWidget(cancel);
    pinRow->addStretch(1);
    auto* pinLayout = new QVBoxLayout(m_pinPrompt);
    pinLayout->addStretch(1);
    pinLayout->addLayout(pinRow);
    pinLayout->addWidget(m_pinMessage, 0, Qt::AlignHCenter);
    pinLayout->addStretch(1);

    m_idle->setSingleShot(true);
    m_idle->setInterval(m_options.idleSeconds * 1000);
    connect(m_idle, &QTimer::timeout, this, &KioskController::idle);
    m_countdownTimer->setInterval(1000);
    connect(m_countdownTimer, &QTimer::timeout, this, &KioskController::tick);
    m_resultTimer->setSingleShot(true);
    connect(m_resultTimer, &QTimer::timeout, this, &KioskController::endSession);

    connect(m_countdown->carryOnButton(), &QPushButton::clicked, this, &KioskController::carryOn);
    connect(m_start, &KioskStartScreen::startRequested, this, &KioskController::startSession);
    connect(m_start, &KioskStartScreen::languageChosen, this, &KioskController::languageChosen);
    connect(m_start, &KioskStartScreen::lookupRequested, this, [this](const QString& id) {
        m_idle->start();
        onResult(m_window->statusOf(id), this, [this](const Result<RequestStatus>& status) {
            // Only this one request, and only what the city says about it.
            m_start->showLookupResult(status.ok()
                    ? tr("Request %1 (%2): %3 %4")
                          .arg(status.value().serviceRequestId, status.value().serviceName,
                              TrackerModel::statusText(status.value().status),
                              status.value().statusNotes)
                    : status.error().message());
        });
    });
    connect(m_window, &MainWindow::reportFiled, this, [this] {
        // The visitor reads the id; then the next one starts afresh.
        m_idle->stop();
        m_resultTimer->start(m_options.resultSeconds * 1000);
    });
    connect(m_window->form(), &ReportForm::newReportRequested, this, &KioskController::endSession);
    auto tryPin = [this] {
        if (!m_options.adminPinHash.isEmpty()
            && AdminPin::verify(m_pin->text(), m_options.adminPinHash)) {
            m_unlocked = true;
            m_pin->setText(QString());
            m_window->close();
        } else {
            m_pin->setText(QString());
            m_pinMessage->setText(m_options.adminPinHash.isEmpty()
                    ? tr("No administrator PIN is configured; this kiosk cannot be left.")
                    : tr("Wrong PIN."));
        }
    };
    connect(unlock, &QPushButton::clicked, this, tryPin);
    connect(m_pin, &QLineEdit::returnPressed, this, tryPin);
    connect(cancel, &QPushButton::clicked, this, [this] {
        m_pin->setText(QString());
        m_pinMessage->clear();
        m_pinPrompt->hide();
    });
    auto* adminKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), window);
    connect(adminKeys, &QShortcut::activated, this, &KioskController::askForPin);

    qApp->installEventFilter(this);
    window->installEventFilter(this);
}

bool KioskController::isOnStartScreen() const
{
    return m_pages->currentWidget() == m_start;
}

bool KioskController::isCountingDown() const
{
    return m_countdown->isVisible();
}

void KioskController::askForPin()
{
    layoutOverlays();
    m_pinMessage->clear();
    m_pinPrompt->show();
    m_pinPrompt->raise();
    m_pin->setFocus();
}

QString KioskController::styleSheet()
{
    // Touch targets of at least 44 px, scroll bars a finger can hold, and text (the countdown
    // and the request id above all) that reads from a step away.
    return QStringLiteral(
        "QPushButton, QToolButton, QLineEdit, QComboBox { min-height: 44px; }"
        " QPushButton, QToolButton { min-width: 44px; padding: 4px 16px; }"
        " QListView::item { min-height: 44px; }"
        " QWidget { font-size: 15pt; }"
        " QLabel#kioskWelcome { font-size: 24pt; }"
        " QPushButton#kioskStart { font-size: 32pt; font-weight: bold; padding: 24px 48px; }"
        " QScrollBar:vertical { width: 44px; }"
        " QScrollBar:horizontal { height: 44px; }"
        " QLabel#kioskCountdown { font-size: 32pt; font-weight: bold; }"
        " QPushButton#kioskStillHere { font-size: 28pt; font-weight: bold; padding: 24px 48px; }"
        " QLineEdit#resultRequestId { font-size: 48pt; font-weight: bold; }");
}

void KioskController::startSession()
{
    m_pages->setCurrentIndex(1);
    m_window->form()->resultPanel()->setKioskMode(true);
    // At the kiosk's larger type the columns kept proportions from before the form was first
    // shown: on a 1280-pixel screen the address field was a few characters wide. The names
    // are measured on one line: wrapped, they would never be wider than the list already is.
    for (QListView* list : m_lists)
        list->setWordWrap(false);
    m_window->form()->balanceColumns();
    for (QListView* list : m_lists)
        list->setWordWrap(true);
    m_window->form()->focusServiceFilter();
    m_idle->start();
}

void KioskController::endSession()
{
    m_idle->stop();
    m_resultTimer->stop();
    m_countdownTimer->stop();
    m_countdown->hide();
    m_focusBeforeCountdown.clear();
    m_window->wipePersonalData();
    m_window->form()->resultPanel()->clear();
    m_start->clear();
    m_pages->setCurrentWidget(m_start);
    // The form's focused field was just hidden; the next visitor starts from the button.
    m_start->startButton()->setFocus();
    Q_EMIT sessionEnded();
}

void KioskController::idle()
{
    if (isOnStartScreen() && m_start->isVisible())
        return;
    layoutOverlays();
    m_secondsLeft = m_options.countdownSeconds;
    m_countdown->setMessage(tr("Are you still there? This report will be cleared in %n second(s).",
        nullptr, m_secondsLeft));
    m_focusBeforeCountdown = m_window->focusWidget();
    m_countdown->show();
    m_countdown->raise();
    m_countdown->carryOnButton()->setFocus();
    m_countdownTimer->start();
}

void KioskController::tick()
{
    if (--m_secondsLeft <= 0) {
        endSession();
        return;
    }
    m_countdown->setMessage(tr("Are you still there? This report will be cleared in %n second(s).",
        nullptr, m_secondsLeft));
}

void KioskController::carryOn()
{
    m_countdownTimer->stop();
    m_countdown->hide();
    // Back to the field the visitor was in, not to whatever follows the hidden button.
    if (m_focusBeforeCountdown && m_focusBeforeCountdown->isVisible())
        m_focusBeforeCountdown->setFocus(Qt::OtherFocusReason);
    m_focusBeforeCountdown.clear();
    m_idle->start();
}

void KioskController::adaptStatusBar()
{
    QStatusBar* bar = m_window->statusBar();
    // Its text touched the screen's edge.
    bar->setContentsMargins(24, 4, 24, 4);
    // "Outbox empty" means nothing to a visitor, whose report is either sent or explained on
    // the form.
    if (auto* outbox = bar->findChild<QLabel*>(QStringLiteral("outboxStatus")))
        outbox->hide();
}

void KioskController::layoutOverlays()
{
    for (QWidget* panel : { static_cast<QWidget*>(m_countdown), m_pinPrompt })
        panel->setGeometry(m_window->rect());
}

bool KioskController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (isCountingDown()) {
            // Any touch or key answers "are you still there?". It goes no further: a tap on the
            // dimmed form must not also press what lies beneath, a key not type into a field.
            carryOn();
            event->accept();
            return true;
        }
        // Any input during a session means someone is there.
        if (!isOnStartScreen() && !m_resultTimer->isActive())
            m_idle->start();
        break;
    case QEvent::Resize:
        if (watched == m_window)
            layoutOverlays();
        break;
    case QEvent::Show:
        // After the window's constructor has put its widgets in the status bar.
        if (watched == m_window && !m_statusBarAdapted) {
            m_statusBarAdapted = true;
            adaptStatusBar();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Open311
