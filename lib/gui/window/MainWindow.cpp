#include "gui/window/MainWindow.h"

#include "gui/widgets/AccessibleText.h"

#include "core/FutureCallback.h"
#include "gui/kiosk/KioskController.h"
#include "gui/outbox/OutboxPanel.h"
#include "gui/outbox/OutboxTab.h"
#include "gui/report/DefinitionPresenter.h"
#include "gui/report/KnownRequestMarkers.h"
#include "gui/report/LocationSection.h"
#include "gui/report/MapViewMemory.h"
#include "gui/report/ReportDetails.h"
#include "gui/report/ReportForm.h"
#include "gui/report/ReportPresenter.h"
#include "gui/tracker/TrackerPanel.h"
#include "gui/tracker/TrackerTab.h"
#include "gui/widgets/StoreNotice.h"
#include "gui/window/DialogFocusKeeper.h"
#include "gui/window/RequestDetailsDialog.h"
#include "gui/window/TrayIcon.h"
#include "gui/window/WindowDialogs.h"
#include "gui/window/WindowLayout.h"
#include "mapwidget/MapWidget.h"
#include "profiles/ProfileStore.h"
#include "session/KnownRequests.h"
#include "session/ReportSubmission.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>

namespace Open311 {

namespace {

AppSession::Options sessionOptions(const MainWindow::Options& options)
{
    AppSession::Options session;
    session.outboxPath = options.outboxPath;
    session.trackerPath = options.trackerPath;
    session.trainingCityPath = options.trainingCityPath;
    session.cacheDirectory = options.cacheDirectory;
    session.keepDrafts = options.keepDrafts && !options.kiosk;
    session.kiosk = options.kiosk;
    return session;
}

} // namespace

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_session(new AppSession(sessionOptions(options), this))
    , m_submission(new ReportSubmission(m_session, this))
    , m_tabs(new QTabWidget(this))
    , m_form(new ReportForm(m_tabs))
    , m_profileLabel(new QLabel(this))
    , m_jurisdiction(new QComboBox(this))
    , m_connectionLabel(new QLabel(this))
    , m_outboxLabel(new QLabel(this))
    , m_undoClear(new QPushButton(tr("&Undo clear"), this))
    , m_outboxTab(new OutboxTab(m_session, m_tabs, m_outboxLabel, !options.kiosk, this))
    , m_trackerTab(new TrackerTab(m_session, m_tabs, this))
    , m_presenter(new ReportPresenter(m_form, m_submission, m_undoClear, !options.kiosk, this))
    , m_dialogs(new WindowDialogs(m_session, this))
    , m_mapViews(std::make_unique<MapViewMemory>(m_form, options.kiosk))
    , m_layout(std::make_unique<WindowLayout>(this, m_form->splitter()))
{
    setWindowTitle(tr("Open311 Reporter"));
    // Small laptops and netbooks: below the form's own size it scrolls instead (see ReportForm).
    setMinimumSize(640, 480);
    // No Alt key: every letter of "Report" is taken on this page (the Report menu has R);
    // Ctrl+Tab, Ctrl+F and Ctrl+L lead here.
    m_tabs->addTab(m_form, tr("Report"));
    m_tabs->setAccessibleName(tr("Views"));
    if (m_options.kiosk) {
        m_options.keepDrafts = false;
        auto* pages = new QStackedWidget(this);
        pages->addWidget(m_tabs);
        setCentralWidget(pages);
        m_tabs->tabBar()->hide();
        menuBar()->hide();
        m_jurisdiction->hide();
        m_form->setTouchMode(true);
        m_kiosk = new KioskController(this, pages, m_options.kioskOptions);
    } else {
        setCentralWidget(m_tabs);
    }

    m_profileLabel->setAccessibleDescription(tr("Jurisdiction"));
    m_connectionLabel->setAccessibleDescription(tr("Connection"));
    m_outboxLabel->setAccessibleDescription(tr("Outbox"));
    m_outboxLabel->setObjectName(QStringLiteral("outboxStatus"));
    m_undoClear->setVisible(false);
    m_undoClear->setAccessibleName(tr("Undo clearing the form"));
    AccessibleText::namePopup(m_jurisdiction, tr("Jurisdiction"));
    m_jurisdiction->setToolTip(tr("The city the reports go to"));
    m_jurisdiction->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Visible, so that a screen reader relates it to the combo box (Qt names one by its value).
    auto* jurisdictionLabel = new QLabel(tr("City:"), this);
    jurisdictionLabel->setBuddy(m_jurisdiction);
    jurisdictionLabel->setVisible(!m_options.kiosk);
    statusBar()->addWidget(jurisdictionLabel);
    statusBar()->addWidget(m_jurisdiction);
    statusBar()->addWidget(m_profileLabel);
    m_profileLabel->setVisible(false);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_undoClear);
    statusBar()->addPermanentWidget(m_outboxLabel);
    m_connectionLabel->setText(tr("Starting\u2026"));

    buildMenus();
    AccessibleText::nameTabPages(m_tabs);
    new DialogFocusKeeper(this);
    connectSession();
    connectSubmission();
    connect(m_form->map(), &MapWidget::markerActivated, this, &MainWindow::showRequestDetails);
    m_form->map()->setKineticPanning(
        ProfileStore().value(QStringLiteral("map/kineticPanning"), true).toBool());
    m_layout->restore();
    if (m_options.kiosk)
        m_form->splitter()->setSizes({ 520, 900, 560 }); // names readable, not elided
    m_form->focusServiceFilter();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    // On the window, not the form: a hidden widget's shortcuts are dead, so on the Tracker or
    // Outbox tab these keys did nothing.
    // Lambdas rather than pointers to member functions: GCC 12's UBSan reports a call through
    // one inside a lambda as a member access at a bogus address (a false positive; the pointer
    // and the object are right), and the crash-and-restart loop runs under UBSan.
    const auto focusKey = [this](const QKeySequence& keys, const std::function<void()>& focus) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this, focus] {
            if (m_kiosk && m_kiosk->isOnStartScreen())
                return;
            m_tabs->setCurrentWidget(m_form);
            focus();
        });
    };
    focusKey(QKeySequence(tr("Ctrl+F")), [this] { m_form->focusServiceFilter(); });
    focusKey(QKeySequence(tr("Ctrl+L")), [this] { m_form->focusAddress(); });

    QMenu* reportMenu = menuBar()->addMenu(tr("&Report"));
    QAction* newAction = reportMenu->addAction(tr("&New report"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, m_presenter, &ReportPresenter::newReport);
    QAction* refreshAction = reportMenu->addAction(tr("&Refresh services"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, [this] { m_session->loadServices(true); });
    reportMenu->addSeparator();
    QAction* settingsAction = reportMenu->addAction(tr("&Settings\u2026"));
    settingsAction->setShortcut(QKeySequence(tr("Ctrl+,")));
    connect(settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    reportMenu->addSeparator();
    QAction* quitAction = reportMenu->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);
    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction* shortcutsAction = helpMenu->addAction(tr("&Keyboard shortcuts"));
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(shortcutsAction, &QAction::triggered, this, &MainWindow::openShortcuts);
    connect(helpMenu->addAction(tr("&About Open311 Reporter")), &QAction::triggered, this,
        &MainWindow::openAbout);
}

void MainWindow::connectSession()
{
    connect(m_session, &AppSession::profileChanged, this, &MainWindow::onProfileChanged);
    connect(m_session, &AppSession::serviceAreaChanged, m_form->location(),
        &LocationSection::setServiceArea);
    connect(m_session, &AppSession::notice, m_form,
        [this](const QString& message) { m_form->showNotice(message); });
    connect(m_session, &AppSession::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_session, &AppSession::connectionChanged, m_connectionLabel, &QLabel::setText);
    connect(m_session, &AppSession::servicesCached, m_form, &ReportForm::setServices);
    connect(m_session, &AppSession::servicesLoaded, this, [this](const ServiceList& services) {
        m_form->setServices(services);
        Q_EMIT servicesLoaded(int(services.size()));
    });
    connect(m_session, &AppSession::servicesFailed, this, [this](const Error& error) {
        m_form->setServicesMessage(
            tr("The list of services could not be loaded: %1 Press F5 to try again.")
                .arg(error.message()));
    });
    new DefinitionPresenter(m_form, m_session->definitions(), this);
    connect(m_session, &AppSession::knownRequestsChanged, this, &MainWindow::showKnownRequests);
    connect(m_session, &AppSession::trackerAttached, m_trackerTab, &TrackerTab::attach);
    connect(m_trackerTab, &TrackerTab::message, statusBar(), &QStatusBar::showMessage);
    connect(m_trackerTab, &TrackerTab::notable, this,
        [this](const QString& title, const QString& text) {
            if (!isActiveWindow())
                Q_EMIT notification(title, text);
        });
}

void MainWindow::connectSubmission()
{
    connect(m_form, &ReportForm::followRequested, this, &MainWindow::followRequest);
    connect(m_presenter, &ReportPresenter::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_presenter, &ReportPresenter::reportFiled, this, &MainWindow::reportFiled);
    connect(m_dialogs, &WindowDialogs::profilesChanged, this, &MainWindow::populateJurisdictions);
    connect(m_dialogs, &WindowDialogs::kineticPanningChanged, m_form->map(),
        &MapWidget::setKineticPanning);
}

void MainWindow::startAfterFirstFrame(int fallbackMs)
{
    m_startOnPaint = true;
    QTimer::singleShot(fallbackMs, this, &MainWindow::start);
}

bool MainWindow::event(QEvent* event)
{
    // Once the frame is known; a size someone chose since (a test, a kiosk) stays.
    if (event->type() == QEvent::Show)
        m_layout->fitOnFirstShow();
    // A zero timer set at show() fired before the window system's first expose, so opening the
    // outbox and the training city used to delay the first frame by ~14 ms.
    if (event->type() == QEvent::Paint && m_startOnPaint) {
        m_startOnPaint = false;
        QTimer::singleShot(0, this, &MainWindow::start);
    }
    return QMainWindow::event(event);
}

void MainWindow::keyPressEvent(QKeyEvent* event)
{
    // Outside a dialog Qt's push buttons take Space only and pass Enter up to here; people
    // press Enter on a focused button (a kiosk visitor on "Report a problem", an operator on
    // "Send report"). Enter in a field still sends nothing.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
        auto* button = qobject_cast<QPushButton*>(QApplication::focusWidget());
        if (button && button->isEnabled() && isAncestorOf(button)) {
            button->click();
            return;
        }
    }
    QMainWindow::keyPressEvent(event);
}

void MainWindow::start()
{
    if (m_started)
        return;
    m_started = true;
    m_startOnPaint = false;
    m_session->openDrafts();
    openOutbox();
    if (!m_options.kiosk)
        openTracker();
    m_session->openProfiles();
    populateJurisdictions();
    connect(m_jurisdiction, &QComboBox::activated, this, [this](int index) {
        const QString id = m_jurisdiction->itemData(index).toString();
        m_session->profiles()->setActiveProfileId(id);
        activateProfile(id);
    });
    activateProfile(m_session->profiles()->activeProfileId());
    QStringList damage;
    for (const ProfileStore::Damage& file : m_options.settingsDamage)
        damage << ProfileStore::describe(file);
    // In the form, where it stays until read; the status bar would hide the city's box.
    if (!damage.isEmpty())
        m_form->showNotice(damage.join(QLatin1Char('\n')));
}

void MainWindow::openOutbox()
{
    const AppSession::StoreState state = m_session->openOutbox();
    if (state.ok) {
        m_outboxTab->open();
        return;
    }
    // Without the outbox nothing may be sent: a report could be lost.
    m_form->showNotice(tr("Reports cannot be sent: %1").arg(state.error));
    // A kiosk's visitors are not the ones to deal with files.
    if (m_options.kiosk)
        return;
    showStoreProblem(tr("Outbox not available"),
        tr("%1\n\nNo report can be sent until the outbox works again; what is typed in the "
           "form stays there.")
            .arg(state.error),
        state.damaged, -1, tr("&Outbox"), state.path,
        tr("A new outbox was started. The damaged file was kept as %1."), [this] {
            m_form->showNotice(QString());
            openOutbox();
            if (!m_session->outbox())
                return false;
            m_tabs->setCurrentWidget(m_outboxTab->panel());
            return true;
        });
}

void MainWindow::openTracker()
{
    const AppSession::StoreState state = m_session->openTracker();
    if (!state.ok) {
        // In the tab where people look for it: as a lasting status bar message it hid the
        // jurisdiction selector for good.
        showStoreProblem(tr("Tracker not available"),
            tr("The Tracker is not available: %1").arg(state.error), state.damaged, 1,
            tr("&Tracker"), state.path,
            tr("A new Tracker was started. The damaged file was kept as %1."), [this] {
                openTracker();
                if (!m_session->tracker())
                    return false;
                m_tabs->setCurrentIndex(1);
                return true;
            });
        return;
    }
    m_trackerTab->open();
    // A Tracker started anew after a damaged one: its poller came before its table.
    if (m_session->poller())
        m_trackerTab->attach();
    showTrayIcon();
}

void MainWindow::showTrayIcon()
{
    TrayIcon* tray = TrayIcon::showFor(this);
    if (!tray)
        return;
    connect(this, &MainWindow::notification, tray, &TrayIcon::notify);
    connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
        showNormal();
        activateWindow();
        m_tabs->setCurrentWidget(m_trackerTab->panel());
    });
}

// One flow for every store that did not open: a notice in its tab and, for a damaged file, a
// button that keeps the file under another name and starts a new store where it was.
void MainWindow::showStoreProblem(const QString& title, const QString& problem, bool damaged,
    int tabIndex, const QString& tabText, const QString& path, const QString& startedMessage,
    const std::function<bool()>& reopen)
{
    auto* notice = new StoreNotice(title, path, m_tabs);
    notice->setProblem(problem, damaged);
    m_tabs->insertTab(tabIndex, notice, tabText);
    AccessibleText::nameTabPages(m_tabs);
    connect(notice, &StoreNotice::setAside, this,
        [this, notice, startedMessage, reopen](const QString& movedTo) {
            m_tabs->removeTab(m_tabs->indexOf(notice));
            notice->deleteLater();
            if (reopen())
                statusBar()->showMessage(startedMessage.arg(movedTo), 30000);
        });
}

void MainWindow::populateJurisdictions()
{
    m_jurisdiction->clear();
    for (const Profile& p : m_session->profiles()->profiles()) {
        QString label = p.displayName;
        if (p.deprecated)
            label = tr("%1 (deprecated)").arg(label);
        m_jurisdiction->addItem(label, p.id);
    }
    const QString current = m_session->profile().id;
    m_jurisdiction->setCurrentIndex(qMax(0,
        m_jurisdiction->findData(
            current.isEmpty() ? m_session->profiles()->activeProfileId() : current)));
}

void MainWindow::activateProfile(const QString& id)
{
    m_session->activateProfile(id);
}

void MainWindow::setProfile(const Profile& profile, std::function<QString()> apiKey)
{
    m_session->setProfile(profile, std::move(apiKey));
}

void MainWindow::onProfileChanged(const Profile& profile)
{
    m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(profile.id)));
    m_form->setGeocoder(m_session->geocoder());
    m_form->resetDefinition();
    m_form->setDeviceId(m_session->deviceId());
    m_form->setAccountIdVisible(profile.usesAccountId);
    // Before the new tiles: their zoom range would clamp the view being kept.
    m_mapViews->save();
    // Kiosks without a network use a local MBTiles file or a folder of tiles.
    // The training city's tiles are drawn on demand in this process; caching them is pointless.
    m_form->setMapSource(TileSource::forProfile(profile),
        profile.isTraining || !m_options.keepDrafts
            ? QString()
            : QDir(m_session->cacheDirectory()).filePath(QStringLiteral("tiles")));
    m_mapViews->switchTo(profile);
    m_profileLabel->setText(profile.displayName);
    m_profileLabel->setToolTip(profile.baseUrl.toString());
    m_form->setTestServer(profile.testEndpoint);
    const QString& camera = m_options.kioskOptions.cameraFolder;
    m_form->details()->setPhotoRules(
        profile.protocol == Protocol::GeoReportV2 && profile.acceptsPhotoUploads,
        !m_options.kiosk || !camera.isEmpty(), m_options.kiosk ? camera : QString());
    m_form->restoreDraft(m_submission->savedDraft(), m_submission->savedPhotos());
}

QDialog* MainWindow::openShortcuts()
{
    return m_dialogs->openShortcuts();
}

QDialog* MainWindow::openAbout()
{
    return m_dialogs->openAbout();
}

SettingsDialog* MainWindow::openSettings()
{
    return m_dialogs->openSettings();
}

void MainWindow::showKnownRequests()
{
    const QList<FeedRequest>& known = m_session->knownRequests();
    m_form->map()->setMarkers(KnownRequestMarkers::markers(known));
    m_form->setKnownRequests(known, m_session->profile().duplicateRadiusMeters);
}

void MainWindow::followRequest(const QString& requestId)
{
    if (requestId.isEmpty() || KnownRequests::isOutboxMarker(requestId))
        return;
    if (!m_session->follow(requestId)) {
        if (m_session->tracker())
            return; // its file refused the request, and the session's notice says so
        m_form->showNotice(
            tr("Request %1 is already with the city; there is no need to report it again.")
                .arg(requestId));
        return;
    }
    m_form->showNotice(
        tr("Request %1 is now followed in the Tracker; no new report was filed.").arg(requestId));
}

void MainWindow::showRequestDetails(const QString& markerId)
{
    const QList<FeedRequest>& known = m_session->knownRequests();
    auto it = std::find_if(
        known.cbegin(), known.cend(), [&](const FeedRequest& r) { return r.id == markerId; });
    if (it == known.cend())
        return;
    auto* dialog = new RequestDetailsDialog(*it, !m_options.kiosk, this);
    connect(dialog, &RequestDetailsDialog::followRequested, this, &MainWindow::followRequest);
    dialog->show();
    dialog->activateWindow(); // keyboard focus even with no window manager
}

TrackerPanel* MainWindow::trackerPanel() const
{
    return m_trackerTab->panel();
}

void MainWindow::wipePersonalData()
{
    m_submission->forget();
    m_form->clear();
    m_session->wipePersonalData();
    // On a kiosk nothing but this app uses the clipboard, so whatever is there came from a
    // visitor; elsewhere only what this app put there is cleared.
    if (m_options.kiosk || QApplication::clipboard()->ownsClipboard())
        QApplication::clipboard()->clear();
    m_mapViews->showHome();
    statusBar()->clearMessage();
}

QFuture<Result<RequestStatus>> MainWindow::statusOf(const QString& requestId)
{
    return m_session->statusOf(requestId);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_kiosk && !m_kiosk->unlocked()) {
        // No way out of a kiosk without the administrator.
        event->ignore();
        m_kiosk->askForPin();
        return;
    }
    keepState();
    QMainWindow::closeEvent(event);
}

void MainWindow::keepState()
{
    m_mapViews->save();
    m_layout->save();
    m_submission->flushDraft();
}

void MainWindow::shutDown()
{
    keepState();
    // exit(), not quit(): quit() asks every window to close first, and a locked kiosk refuses.
    QApplication::exit(0);
}

} // namespace Open311
