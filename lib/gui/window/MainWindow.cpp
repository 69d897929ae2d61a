#include "gui/window/MainWindow.h"
#include "core/FutureCallback.h"

#include "core/Client.h"
#include "core/Endpoint.h"
#include "gui/kiosk/KioskController.h"
#include "gui/kiosk/KioskStartScreen.h"
#include "gui/outbox/OutboxModel.h"
#include "gui/outbox/OutboxPanel.h"
#include "gui/report/ReportForm.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/tracker/TrackerModel.h"
#include "gui/tracker/TrackerPanel.h"
#include "gui/widgets/StoreNotice.h"
#include "gui/window/AboutDialog.h"
#include "gui/window/ShortcutsDialog.h"
#include "map/FeedLoader.h"
#include "map/Geocoder.h"
#include "map/TileSource.h"
#include "mapwidget/MapWidget.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"
#include "sandbox/SandboxCity.h"
#include "session/TrainingCity.h"
#include "store/Outbox.h"
#include "store/OutboxSender.h"
#include "store/SqliteConnection.h"
#include "store/TrackerPoller.h"
#include "store/TrackerStore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSaveFile>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QUuid>
#include <QVBoxLayout>
#include <QWindow>

namespace Open311 {

MainWindow::MainWindow(const Options& options, QWidget* parent)
    : QMainWindow(parent)
    , m_options(options)
    , m_tabs(new QTabWidget(this))
    , m_form(new ReportForm(m_tabs))
    , m_profileLabel(new QLabel(this))
    , m_jurisdiction(new QComboBox(this))
    , m_connectionLabel(new QLabel(this))
    , m_outboxLabel(new QLabel(this))
    , m_undoClear(new QPushButton(tr("&Undo clear"), this))
    , m_draftTimer(new QTimer(this))
    , m_undoTimer(new QTimer(this))
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

    m_profileLabel->setAccessibleName(tr("Jurisdiction"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    m_outboxLabel->setAccessibleName(tr("Outbox"));
    m_undoClear->setVisible(false);
    m_undoClear->setAccessibleName(tr("Undo clearing the form"));
    m_jurisdiction->setAccessibleName(tr("Jurisdiction"));
    m_jurisdiction->setToolTip(tr("The city the reports go to"));
    m_jurisdiction->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    statusBar()->addWidget(m_jurisdiction);
    statusBar()->addWidget(m_profileLabel);
    m_profileLabel->setVisible(false);
    statusBar()->addWidget(m_connectionLabel, 1);
    statusBar()->addPermanentWidget(m_undoClear);
    statusBar()->addPermanentWidget(m_outboxLabel);
    m_connectionLabel->setText(tr("Starting\u2026"));

    // On the window, not the form: a hidden widget's shortcuts are dead, so on the Tracker or
    // Outbox tab these keys did nothing.
    for (const auto& [keys, focus] :
        { std::pair(QKeySequence(tr("Ctrl+F")), &ReportForm::focusServiceFilter),
            std::pair(QKeySequence(tr("Ctrl+L")), &ReportForm::focusAddress) }) {
        connect(new QShortcut(keys, this), &QShortcut::activated, this, [this, focus] {
            if (m_kiosk && m_kiosk->isOnStartScreen())
                return;
            m_tabs->setCurrentWidget(m_form);
            (m_form->*focus)();
        });
    }

    QMenu* reportMenu = menuBar()->addMenu(tr("&Report"));
    QAction* newAction = reportMenu->addAction(tr("&New report"));
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &MainWindow::newReport);
    QAction* refreshAction = reportMenu->addAction(tr("&Refresh services"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, [this] { loadServices(true); });
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

    // Without a window manager (a kiosk's bare X server) nobody gives the focus back when a
    // dialog closes: see eventFilter().
    qApp->installEventFilter(this);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(600);
    connect(m_draftTimer, &QTimer::timeout, this, [this] {
        if (m_outbox && m_options.keepDrafts && !m_form->isShowingResult())
            m_outbox->saveDraft(m_profile.id, m_form->toDraft());
    });
    m_undoTimer->setSingleShot(true);
    m_undoTimer->setInterval(15000);
    connect(m_undoTimer, &QTimer::timeout, this, [this] {
        m_undoClear->setVisible(false);
        m_clearedDraft.clear();
    });
    connect(m_undoClear, &QPushButton::clicked, this, [this] {
        m_form->fromDraft(m_clearedDraft);
        m_clearedDraft.clear();
        m_undoClear->setVisible(false);
        m_undoTimer->stop();
    });
    connect(m_form, &ReportForm::submitRequested, this, &MainWindow::submit);
    connect(m_form, &ReportForm::newReportRequested, this, &MainWindow::newReport);
    connect(m_form, &ReportForm::edited, this, &MainWindow::saveDraftSoon);
    connect(m_form, &ReportForm::followRequested, this, &MainWindow::followRequest);
    connect(m_form->map(), &MapWidget::markerActivated, this, &MainWindow::showRequestDetails);
    restoreLayout();
    if (m_options.kiosk)
        m_form->splitter()->setSizes({ 520, 900, 560 }); // names readable, not elided
    m_form->setFocus();
}

MainWindow::~MainWindow() = default;

Profile MainWindow::trainingProfile(const TrainingCity& city)
{
    Profile profile;
    profile.id = QStringLiteral("training");
    profile.displayName = tr("Training city (Sandbox City)");
    profile.baseUrl = city.endpoint().baseUrl();
    profile.cityId = city.endpoint().cityId();
    profile.tileUrlTemplate = city.tileUrlTemplate();
    profile.tileAttribution = tr("Training city map");
    profile.geocoderUrl = city.geocoderUrl();
    profile.pollIntervalSeconds = 60;
    profile.isTraining = true;
    return profile;
}

void MainWindow::startAfterFirstFrame(int fallbackMs)
{
    m_startOnPaint = true;
    QTimer::singleShot(fallbackMs, this, &MainWindow::start);
}

bool MainWindow::event(QEvent* event)
{
    // A zero timer set at show() fired before the window system's first expose, so opening the
    // outbox and the training city used to delay the first frame by ~14 ms.
    // Once the frame is known; a size someone chose since (a test, a kiosk) stays.
    if (event->type() == QEvent::Show && !m_fittedToScreen) {
        m_fittedToScreen = true;
        if (size() == m_restoredSize)
            fitToScreen();
    }
    if (event->type() == QEvent::Paint && m_startOnPaint) {
        m_startOnPaint = false;
        QTimer::singleShot(0, this, &MainWindow::start);
    }
    return QMainWindow::event(event);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    // A dialog of this window closed. Without a window manager the window kept the keyboard but
    // was no longer active, so Ctrl+L, Ctrl+Enter and the rest went into the field as plain
    // keys (seen under Xvfb). A window manager has activated the window by the time this runs.
    if (event->type() == QEvent::Hide && watched->isWidgetType()) {
        auto* widget = static_cast<QWidget*>(watched);
        const Qt::WindowType type = widget->windowType();
        if (widget != this && widget->isWindow() && type != Qt::Popup && type != Qt::ToolTip
            && widget->parentWidget() && widget->parentWidget()->window() == this) {
            QTimer::singleShot(0, this, [this] {
                const QWidget* active = QApplication::activeWindow();
                if (isVisible() && (!active || !active->isVisible()))
                    activateWindow();
            });
        }
    }
    return QMainWindow::eventFilter(watched, event);
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
    openOutbox();

    if (!m_options.kiosk)
        openTracker();

    m_profiles = std::make_unique<ProfileStore>();
    m_keys = new KeyVault(m_profiles.get(), this);
    populateJurisdictions();
    connect(m_jurisdiction, &QComboBox::activated, this, [this](int index) {
        const QString id = m_jurisdiction->itemData(index).toString();
        m_profiles->setActiveProfileId(id);
        activateProfile(id);
    });
    activateProfile(m_profiles->activeProfileId());
}

void MainWindow::openOutbox()
{
    const QString outboxPath = this->outboxPath();
    m_outbox = std::make_unique<Outbox>(outboxPath);
    QString error;
    if (!m_outbox->open(error)) {
        const bool damaged = m_outbox->isDamaged();
        m_outbox.reset();
        // Without the outbox nothing may be sent: a report could be lost.
        m_form->showNotice(tr("Reports cannot be sent: %1").arg(error));
        // A kiosk's visitors are not the ones to deal with files.
        if (!m_options.kiosk) {
            showStoreProblem(tr("Outbox not available"),
                tr("%1\n\nNo report can be sent until the outbox works again; what is typed in the "
                   "form stays there.")
                    .arg(error),
                damaged, -1, tr("&Outbox"), outboxPath,
                tr("A new outbox was started. The damaged file was kept as %1."), [this] {
                    m_form->showNotice(QString());
                    openOutbox();
                    if (!m_outbox)
                        return false;
                    m_tabs->setCurrentWidget(m_outboxPanel);
                    return true;
                });
        }
    } else {
        m_outboxModel = new OutboxModel(m_outbox.get(), this);
        m_outboxPanel = new OutboxPanel(m_outboxModel, m_tabs);
        // A kiosk's visitors see nobody else's reports.
        if (!m_options.kiosk)
            m_tabs->addTab(m_outboxPanel, tr("&Outbox"));
        else
            m_outboxPanel->hide();
        m_sender = new OutboxSender(
            m_outbox.get(),
            [this](const OutboxEntry& entry) -> Client* {
                return entry.profile == m_profile.id ? m_client : nullptr;
            },
            this);
        connect(m_sender, &OutboxSender::entrySent, this, &MainWindow::onEntrySent);
        connect(m_sender, &OutboxSender::entryFailed, this, &MainWindow::onEntryFailed);
        connect(m_sender, &OutboxSender::entryChanged, this, &MainWindow::updateOutboxCount);
        connect(
            m_outboxPanel, &OutboxPanel::flushRequested, this, [this] { m_sender->flush(true); });
        connect(m_outboxPanel, &OutboxPanel::resendRequested, this, [this](qint64 id) {
            if (m_outbox->resend(id))
                m_sender->sendNow(id);
            updateOutboxCount();
        });
        connect(m_outboxPanel, &OutboxPanel::recordIdRequested, this,
            [this](qint64 id, const QString& requestId) {
                m_outbox->recordRequestId(id, requestId);
                updateOutboxCount();
                updateMapRequests();
            });
        connect(m_outboxPanel, &OutboxPanel::discardRequested, this, [this](qint64 id) {
            m_outbox->discard(id);
            updateOutboxCount();
            updateMapRequests();
        });
    }
    updateOutboxCount();
}

// One flow for every store that did not open: a notice in its tab and, for a damaged file, a
// button that keeps the file under another name and starts a new store where it was.
void MainWindow::showStoreProblem(const QString& title, const QString& problem, bool damaged,
    int tabIndex, const QString& tabText, const QString& path, const QString& startedMessage,
    const std::function<bool()>& reopen)
{
    auto* notice = new StoreNotice(title, m_tabs);
    notice->setProblem(problem, damaged);
    m_tabs->insertTab(tabIndex, notice, tabText);
    connect(notice, &StoreNotice::setAsideRequested, this,
        [this, notice, path, startedMessage, reopen] {
            const QString movedTo = setAside(notice, path);
            if (!movedTo.isEmpty() && reopen())
                statusBar()->showMessage(startedMessage.arg(movedTo), 30000);
        });
}

// Keeps a damaged store under another name and takes its notice away; the new name, or empty
// (the notice then says why).
QString MainWindow::setAside(StoreNotice* notice, const QString& path)
{
    QString movedTo;
    QString problem;
    if (!SqliteConnection::setAside(path, movedTo, problem)) {
        notice->setProblem(problem, true);
        return QString();
    }
    m_tabs->removeTab(m_tabs->indexOf(notice));
    notice->deleteLater();
    return movedTo;
}

QString MainWindow::outboxPath() const
{
    return m_options.outboxPath.isEmpty() ? Outbox::defaultPath() : m_options.outboxPath;
}

QString MainWindow::trackerPath() const
{
    return m_options.trackerPath.isEmpty() ? TrackerStore::defaultPath() : m_options.trackerPath;
}

QString MainWindow::trainingCityPath() const
{
    // Kiosks keep nothing of their visitors on disk.
    if (!m_options.keepDrafts)
        return QStringLiteral(":memory:");
    return m_options.trainingCityPath.isEmpty() ? TrainingCity::defaultPath()
                                                : m_options.trainingCityPath;
}

bool MainWindow::startTrainingCity()
{
    if (m_training)
        return true;
    m_training = new TrainingCity(this);
    const QString path = trainingCityPath();
    // Practice data, but still nobody's to delete: a damaged file is kept aside.
    QString movedTo;
    QString error;
    if (SqliteConnection::isDamagedFile(path) && SqliteConnection::setAside(path, movedTo, error))
        statusBar()->showMessage(
            tr("The training city's records were damaged; they were kept as %1 and it starts "
               "afresh.")
                .arg(movedTo),
            30000);
    if (!m_training->start(error, path)) {
        m_connectionLabel->setText(tr("The training city could not start: %1").arg(error));
        delete m_training;
        m_training = nullptr;
        return false;
    }
    return true;
}

void MainWindow::populateJurisdictions()
{
    m_jurisdiction->clear();
    for (const Profile& p : m_profiles->profiles()) {
        QString label = p.displayName;
        if (p.deprecated)
            label = tr("%1 (deprecated)").arg(label);
        m_jurisdiction->addItem(label, p.id);
    }
    m_jurisdiction->setCurrentIndex(qMax(0,
        m_jurisdiction->findData(
            m_profile.id.isEmpty() ? m_profiles->activeProfileId() : m_profile.id)));
}

void MainWindow::activateProfile(const QString& id)
{
    std::optional<Profile> profile = m_profiles ? m_profiles->find(id) : std::nullopt;
    QString problem;
    if (!profile)
        problem = tr("The jurisdiction \u201c%1\u201d is not configured.").arg(id);
    else if (std::optional<Error> invalid = ProfileStore::validate(*profile))
        problem = tr("The jurisdiction %1 is not configured correctly: %2 Open Settings to fix it.")
                      .arg(profile->displayName, invalid->message());
    if (!problem.isEmpty() || profile->isTraining) {
        if (!startTrainingCity())
            return;
        const QString key = m_training->apiKey();
        setProfile(trainingProfile(*m_training), [key] { return key; });
        m_jurisdiction->setCurrentIndex(
            qMax(0, m_jurisdiction->findData(ProfileStore::kTrainingId)));
        if (!problem.isEmpty()) {
            // The app still opens, on the training city, and says what is wrong.
            m_form->showNotice(problem);
            statusBar()->showMessage(problem, 20000);
        }
        return;
    }
    const Profile chosen = *profile;
    m_connectionLabel->setText(tr("Fetching the API key\u2026"));
    onResult(m_keys->key(chosen.id), this, [this, chosen](const Result<QString>& key) {
        const QString apiKey = key.ok() ? key.value() : QString();
        setProfile(chosen, [apiKey] { return apiKey; });
        m_jurisdiction->setCurrentIndex(qMax(0, m_jurisdiction->findData(chosen.id)));
        if (!key.ok())
            m_form->showNotice(key.error().message());
        else if (apiKey.isEmpty())
            m_form->showNotice(tr("No API key is set for %1. Set it in Settings (Ctrl+,).")
                                   .arg(chosen.displayName));
        if (const std::optional<QString> blocked = ProfileStore::submitBlocker(chosen))
            m_form->showNotice(*blocked);
    });
}

// Not modal: the operator may keep the list beside the form during a call.
static QDialog* showOnce(QPointer<QDialog>& slot, const std::function<QDialog*()>& make)
{
    if (!slot) {
        slot = make();
        slot->setAttribute(Qt::WA_DeleteOnClose);
    }
    slot->show();
    slot->raise();
    // Without a window manager a new window gets no keyboard focus (see openSettings()).
    slot->activateWindow();
    return slot;
}

QDialog* MainWindow::openShortcuts()
{
    return showOnce(m_shortcuts, [this] { return new ShortcutsDialog(this); });
}

QDialog* MainWindow::openAbout()
{
    AboutDialog::Places places;
    places.outbox = outboxPath();
    places.tracker = trackerPath();
    places.trainingCity = trainingCityPath() == QLatin1String(":memory:")
        ? tr("Kept in memory only")
        : trainingCityPath();
    places.settings = QSettings().fileName();
    return showOnce(m_about, [this, places] { return new AboutDialog(places, this); });
}

SettingsDialog* MainWindow::openSettings()
{
    if (!m_profiles)
        return nullptr;
    if (!m_settings) {
        auto* dialog = new SettingsDialog(m_profiles.get(), m_keys, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_settings = dialog;
        // Forgotten when closed, not only when deleted: the deletion waits for the event loop,
        // and opening it again before then handed back a dialog about to go.
        const auto forget = [this, dialog] {
            if (m_settings == dialog)
                m_settings = nullptr;
        };
        connect(dialog, &QDialog::finished, this, forget);
        connect(dialog, &QObject::destroyed, this, forget);
        connect(m_settings, &SettingsDialog::profilesChanged, this, [this] {
            populateJurisdictions();
            if (std::optional<Profile> current = m_profiles->find(m_profile.id);
                current && !current->isTraining)
                activateProfile(m_profile.id);
        });
        connect(m_settings, &SettingsDialog::keyChanged, this, [this](const QString& id) {
            if (id == m_profile.id)
                activateProfile(id);
        });
    }
    m_settings->selectProfile(m_profile.id);
    QStringList problems;
    for (const FeedLoader* feed : std::as_const(m_feeds)) {
        if (!feed->lastError().isEmpty())
            problems << tr("%1: %2").arg(feed->location(), feed->lastError());
        else if (feed->skipped() > 0)
            problems << tr("%1: %n request(s) without usable coordinates were left out.", nullptr,
                feed->skipped())
                            .arg(feed->location());
    }
    m_settings->setFeedProblems(problems);
    m_settings->show();
    m_settings->raise();
    // Without a window manager (a kiosk's bare X server) a new window gets no keyboard focus:
    // the administrator's typing went on into the report form behind it.
    m_settings->activateWindow();
    return m_settings;
}

void MainWindow::openTracker()
{
    const QString path = trackerPath();
    m_tracker = std::make_unique<TrackerStore>(path);
    QString error;
    if (!m_tracker->open(error)) {
        const bool damaged = m_tracker->isDamaged();
        m_tracker.reset();
        // In the tab where people look for it: as a lasting status bar message it hid the
        // jurisdiction selector for good.
        showStoreProblem(tr("Tracker not available"),
            tr("The Tracker is not available: %1").arg(error), damaged, 1, tr("&Tracker"), path,
            tr("A new Tracker was started. The damaged file was kept as %1."), [this] {
                openTracker();
                if (!m_tracker)
                    return false;
                if (!m_profile.id.isEmpty())
                    attachTracker();
                m_tabs->setCurrentIndex(1);
                return true;
            });
        return;
    }
    m_trackerModel = new TrackerModel(m_tracker.get(), this);
    m_trackerPanel = new TrackerPanel(m_tracker.get(), m_trackerModel, m_tabs);
    m_tabs->insertTab(1, m_trackerPanel, tr("&Tracker"));
    connect(m_trackerPanel, &TrackerPanel::addRequested, this, [this](const QString& id) {
        TrackedRequest request;
        request.profile = m_profile.id;
        request.requestId = id;
        m_tracker->add(request);
        m_trackerModel->refresh();
        if (m_poller)
            m_poller->pollDue();
    });
    connect(m_trackerPanel, &TrackerPanel::refreshRequested, this, [this](const QString& id) {
        if (m_poller)
            m_poller->refresh(id);
        m_trackerModel->refreshRow(id);
    });
    connect(m_trackerPanel, &TrackerPanel::refreshAllRequested, this, [this] {
        if (m_poller)
            m_poller->refreshAll();
    });
    connect(m_trackerPanel, &TrackerPanel::archiveRequested, this,
        [this](const QString& id, bool archived) {
            m_tracker->setArchived(m_profile.id, id, archived);
            m_trackerModel->refresh();
            updateTrackerCount();
        });
    connect(m_trackerPanel, &TrackerPanel::removeRequested, this, [this](const QString& id) {
        m_tracker->remove(m_profile.id, id);
        m_trackerModel->refresh();
        updateTrackerCount();
    });
    connect(m_trackerPanel, &TrackerPanel::exportRequested, this, [this](const QString& path) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(m_tracker->exportCsv(m_profile.id)) >= 0
            && file.commit())
            statusBar()->showMessage(tr("The Tracker was exported to %1.").arg(path), 8000);
        else
            statusBar()->showMessage(
                tr("The Tracker could not be exported to %1: %2").arg(path, file.errorString()),
                15000);
    });
    connect(m_trackerPanel, &TrackerPanel::seen, this, [this](const QString& id) {
        m_tracker->markSeen(m_profile.id, id);
        updateTrackerCount();
    });
    // Once: a new Tracker replacing a damaged one opens here again.
    if (!findChild<QSystemTrayIcon*>() && QSystemTrayIcon::isSystemTrayAvailable()) {
        auto* tray = new QSystemTrayIcon(windowIcon(), this);
        tray->setToolTip(tr("Open311 Reporter"));
        tray->show();
        connect(this, &MainWindow::notification, tray,
            [tray](const QString& title, const QString& message) {
                tray->showMessage(title, message);
            });
        connect(tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            activateWindow();
            m_tabs->setCurrentWidget(m_trackerPanel);
        });
    }
}

void MainWindow::loadFeeds()
{
    qDeleteAll(m_feeds);
    m_feeds.clear();
    const QString cache = QDir(m_options.cacheDirectory.isEmpty()
            ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
            : m_options.cacheDirectory)
                              .filePath(QStringLiteral("feeds"));
    for (const QString& location : std::as_const(m_profile.feeds)) {
        auto* feed = new FeedLoader(location, cache, this);
        feed->setRefreshInterval(qMax(1, m_profile.feedRefreshMinutes) * 60 * 1000);
        connect(feed, &FeedLoader::loaded, this, &MainWindow::updateMapRequests);
        connect(feed, &FeedLoader::failed, this, [this, location](const QString& message) {
            // A broken feed is reported; the app carries on without it.
            statusBar()->showMessage(
                tr("Existing requests could not be loaded from %1: %2").arg(location, message),
                15000);
        });
        m_feeds.append(feed);
        feed->refresh();
    }
    updateMapRequests();
}

void MainWindow::updateMapRequests()
{
    m_knownRequests.clear();
    for (const FeedLoader* feed : std::as_const(m_feeds))
        m_knownRequests += feed->requests();
    // Our own reports count the moment they are sent or queued: a second caller with the same
    // pothole is most likely minutes after the first.
    if (m_tracker) {
        for (const TrackedRequest& tracked : m_tracker->list(m_profile.id)) {
            // An id the city says it does not know is no report to repeat.
            if (tracked.isUnknownToServer())
                continue;
            FeedRequest known;
            known.id = tracked.requestId;
            known.serviceName = tracked.serviceName;
            known.status = tracked.status.isEmpty() ? QStringLiteral("open") : tracked.status;
            known.address = tracked.address;
            known.description = tracked.statusNotes;
            known.requested = QDateTime::fromMSecsSinceEpoch(tracked.submittedMs);
            known.hasPosition = tracked.latitude && tracked.longitude;
            known.latitude = tracked.latitude.value_or(0);
            known.longitude = tracked.longitude.value_or(0);
            m_knownRequests.append(known);
        }
    }
    if (m_outbox) {
        for (const OutboxEntry& entry : m_outbox->list(true, m_profile.id)) {
            // The report the form is sending now is not a duplicate of itself, and one the city
            // refused never reached it.
            if (entry.localId == m_submission || entry.state == OutboxEntry::State::Rejected)
                continue;
            FeedRequest known;
            known.id = outboxMarkerId(entry.localId);
            known.queued = true;
            known.serviceName
                = entry.serviceName.isEmpty() ? entry.request.serviceCode : entry.serviceName;
            known.status = QStringLiteral("open");
            known.address = entry.request.addressString;
            // At a kiosk the next visitor would read what the last one wrote.
            if (!m_options.kiosk)
                known.description = entry.request.description;
            known.requested = QDateTime::fromMSecsSinceEpoch(entry.createdMs);
            known.hasPosition = entry.request.hasLocation();
            known.latitude = entry.request.latitude.value_or(0);
            known.longitude = entry.request.longitude.value_or(0);
            m_knownRequests.append(known);
        }
    }
    QList<MapMarker> markers;
    markers.reserve(m_knownRequests.size());
    for (const FeedRequest& r : std::as_const(m_knownRequests)) {
        if (!r.hasPosition)
            continue;
        const QString excerpt = r.description.size() > 120
            ? r.description.left(117) + QStringLiteral("\u2026")
            : r.description;
        markers.append({ r.id, QGeoCoordinate(r.latitude, r.longitude),
            tr("%1 \u2014 %2\n%3\n%4\n%5")
                .arg(r.serviceName, TrackerModel::statusText(r.status),
                    r.requested.isValid()
                        ? QLocale().toString(r.requested.toLocalTime(), QLocale::ShortFormat)
                        : QString(),
                    r.address, excerpt),
            r.isOpen() ? QColor(0xe0, 0x6c, 0x00) : QColor(0x75, 0x75, 0x75) });
    }
    m_form->map()->setMarkers(markers);
    m_form->setKnownRequests(m_knownRequests, m_profile.duplicateRadiusMeters);
}

QString MainWindow::outboxMarkerId(qint64 localId)
{
    // Not a request id: the city has given none yet.
    return QStringLiteral("outbox:%1").arg(localId);
}

bool MainWindow::isOutboxMarker(const QString& id)
{
    return id.startsWith(QLatin1String("outbox:"));
}

void MainWindow::followRequest(const QString& requestId)
{
    if (requestId.isEmpty() || isOutboxMarker(requestId))
        return;
    if (!m_tracker) {
        m_form->showNotice(
            tr("Request %1 is already with the city; there is no need to report it again.")
                .arg(requestId));
        return;
    }
    TrackedRequest tracked;
    tracked.profile = m_profile.id;
    tracked.requestId = requestId;
    for (const FeedRequest& known : std::as_const(m_knownRequests)) {
        if (known.id == requestId) {
            tracked.serviceName = known.serviceName;
            tracked.address = known.address;
            tracked.latitude = known.latitude;
            tracked.longitude = known.longitude;
        }
    }
    m_tracker->add(tracked);
    m_trackerModel->refresh();
    if (m_poller)
        m_poller->start();
    updateMapRequests();
    m_form->showNotice(
        tr("Request %1 is now followed in the Tracker; no new report was filed.").arg(requestId));
}

void MainWindow::showRequestDetails(const QString& markerId)
{
    auto it = std::find_if(m_knownRequests.cbegin(), m_knownRequests.cend(),
        [&](const FeedRequest& r) { return r.id == markerId; });
    if (it == m_knownRequests.cend())
        return;
    const FeedRequest request = *it;
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool waiting = request.queued;
    dialog->setWindowTitle(
        waiting ? tr("A report waiting in the outbox") : tr("Request %1").arg(request.id));
    auto* text = new QLabel(dialog);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(tr("%1\nStatus: %2\nReported: %3\n%4\n\n%5")
                      .arg(request.serviceName, TrackerModel::statusText(request.status),
                          request.requested.isValid() ? QLocale().toString(
                              request.requested.toLocalTime(), QLocale::LongFormat)
                                                      : tr("unknown"),
                          request.address, request.description));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton* follow
        = buttons->addButton(tr("Follow this request"), QDialogButtonBox::ActionRole);
    follow->setAccessibleName(tr("Follow this request"));
    follow->setVisible(!m_options.kiosk && !waiting);
    connect(follow, &QPushButton::clicked, dialog, [this, dialog, id = request.id] {
        followRequest(id);
        dialog->close();
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->show();
    dialog->activateWindow(); // keyboard focus even with no window manager
}

void MainWindow::onStatusChanged(const TrackedRequest& request, const QString& previousStatus)
{
    m_trackerModel->refreshRow(request.requestId);
    updateTrackerCount();
    const QString message = request.statusNotes.isEmpty()
        ? tr("Request %1 (%2) is now %3.")
              .arg(request.requestId, request.serviceName, TrackerModel::statusText(request))
        : tr("Request %1 (%2) is now %3: %4")
              .arg(request.requestId, request.serviceName, TrackerModel::statusText(request),
                  request.statusNotes);
    Q_UNUSED(previousStatus)
    if (!isActiveWindow())
        Q_EMIT notification(tr("A report changed"), message);
    statusBar()->showMessage(message, 10000);
}

void MainWindow::updateTrackerCount()
{
    if (!m_tracker || !m_trackerPanel)
        return;
    const int unseen = m_tracker->unseenChanges(m_profile.id);
    m_tabs->setTabText(m_tabs->indexOf(m_trackerPanel),
        unseen == 0 ? tr("&Tracker") : tr("&Tracker (%n new)", nullptr, unseen));
}

void MainWindow::setProfile(const Profile& profile, std::function<QString()> apiKey)
{
    saveMapView();
    m_profile = profile;
    m_apiKey = std::move(apiKey);
    delete m_client;
    delete m_geocoder;
    m_client = new Client(
        Endpoint(profile.baseUrl, profile.cityId, profile.allowPlainHttp), m_apiKey, this);
    m_geocoder = profile.geocoderUrl.isValid() ? new Geocoder(profile.geocoderUrl, this) : nullptr;
    if (m_geocoder && profile.isTraining)
        m_geocoder->setMinimumInterval(0); // our own server, no policy to respect
    m_form->setGeocoder(m_geocoder);
    m_form->setDeviceId(deviceId());
    m_form->setAccountIdVisible(profile.usesAccountId);
    const QString cache = m_options.cacheDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        : m_options.cacheDirectory;
    // Kiosks without a network use a local MBTiles file or a folder of tiles.
    const QString tileLocation = profile.tileUrlTemplate;
    const TileSource tiles = TileSource::fromSetting(
        tileLocation, profile.tileAttribution, profile.tileAttributionUrl);
    // The training city's tiles are drawn on demand in this process; caching them is pointless.
    m_form->setMapSource(tiles,
        profile.isTraining || !m_options.keepDrafts
            ? QString()
            : QDir(cache).filePath(QStringLiteral("tiles")));
    // Where this jurisdiction's map was left, or else its home: a real city's map opened on the
    // whole world, to be zoomed down to a street by hand.
    const QVariantList view = QSettings().value(mapViewKey()).toList();
    bool ok[3] = {};
    const QGeoCoordinate where = view.size() == 3
        ? QGeoCoordinate(view[0].toDouble(&ok[0]), view[1].toDouble(&ok[1]))
        : QGeoCoordinate();
    const double zoom = view.size() == 3 ? view[2].toDouble(&ok[2]) : 0;
    if (!profile.isTraining && ok[0] && ok[1] && ok[2] && where.isValid())
        m_form->setMapHome(where, zoom);
    else
        showMapHome();
    m_profileLabel->setText(profile.displayName);
    m_profileLabel->setToolTip(profile.baseUrl.toString());
    m_tileSource = tiles;
    if (m_tracker)
        attachTracker();
    if (m_outbox && m_options.keepDrafts) {
        const QByteArray draft = m_outbox->draft(profile.id);
        if (!draft.isEmpty())
            m_form->fromDraft(draft);
    }
    loadServices(false);
    loadFeeds();
    updateOutboxCount();
    if (m_sender)
        m_sender->flush(false);
}

// The Tracker follows the active jurisdiction; also when a new Tracker replaces a damaged one.
void MainWindow::attachTracker()
{
    delete m_poller;
    m_poller = new TrackerPoller(m_tracker.get(), m_client, m_profile.id, this);
    m_poller->setInterval(m_profile.pollIntervalSeconds * 1000);
    connect(m_poller, &TrackerPoller::statusChanged, this, &MainWindow::onStatusChanged);
    connect(m_poller, &TrackerPoller::checked, m_trackerModel, &TrackerModel::refreshRow);
    connect(m_poller, &TrackerPoller::checkFailed, m_trackerModel,
        [this](const QString& id) { m_trackerModel->refreshRow(id); });
    // The panel first: the model's reset redraws the panel's hint for the new profile.
    m_trackerPanel->setProfile(m_profile.id);
    m_trackerModel->setProfile(m_profile.id);
    m_trackerPanel->setMapSource(m_tileSource);
    // The training city is on loopback and there offline too; watching the system's network
    // would pause its Tracker on an offline kiosk, and loads gio and two plug-ins for nothing.
    if (!Endpoint::isLoopbackHost(m_profile.baseUrl.host()))
        m_poller->watchNetwork();
    m_poller->start();
    updateTrackerCount();
}

QString MainWindow::mapViewKey() const
{
    return QStringLiteral("mapViews/") + m_profile.id;
}

void MainWindow::saveMapView()
{
    // Kiosks start every visitor at home; the training city always opens on its centre.
    if (m_profile.id.isEmpty() || m_profile.isTraining || m_options.kiosk)
        return;
    const MapWidget* map = m_form->map();
    QSettings().setValue(mapViewKey(),
        QVariantList { map->center().latitude(), map->center().longitude(), map->zoom() });
}

void MainWindow::showMapHome()
{
    if (m_profile.isTraining)
        // A kiosk's touch map shows the level above in @2x tiles; the training city names its
        // streets from level 16 on.
        m_form->setMapHome(
            QGeoCoordinate(SandboxCity::kCenterLatitude, SandboxCity::kCenterLongitude),
            m_options.kiosk ? 17 : 16);
    else if (m_profile.hasHome())
        m_form->setMapHome(
            QGeoCoordinate(m_profile.homeLatitude, m_profile.homeLongitude), m_profile.homeZoom);
}

QString MainWindow::serviceCachePath() const
{
    const QString cache = m_options.cacheDirectory.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        : m_options.cacheDirectory;
    return QDir(cache).filePath(
        QStringLiteral("services-%1.json").arg(QString::fromLatin1(m_profile.id.toUtf8().toHex())));
}

void MainWindow::loadServices(bool refresh)
{
    if (!refresh && !m_profile.isTraining) {
        QFile cached(serviceCachePath());
        if (cached.open(QIODevice::ReadOnly)) {
            ServiceList services;
            for (const QJsonValue& value : QJsonDocument::fromJson(cached.readAll()).array()) {
                const QJsonObject o = value.toObject();
                services.append({ o.value(QStringLiteral("code")).toString(),
                    o.value(QStringLiteral("name")).toString(),
                    o.value(QStringLiteral("description")).toString() });
            }
            if (!services.isEmpty())
                m_form->setServices(services);
        }
    }
    m_connectionLabel->setText(tr("Loading services\u2026"));
    onResult(m_client->serviceList(), this, [this](const Result<ServiceList>& result) {
        if (!result.ok()) {
            m_connectionLabel->setText(tr("Not connected: %1").arg(result.error().message()));
            m_form->setServicesMessage(
                tr("The list of services could not be loaded: %1 Press F5 to try again.")
                    .arg(result.error().message()));
            return;
        }
        m_form->setServices(result.value());
        m_connectionLabel->setText(
            tr("Connected: %n service(s)", nullptr, int(result.value().size())));
        QJsonArray array;
        for (const Service& s : result.value())
            array.append(QJsonObject { { QStringLiteral("code"), s.code },
                { QStringLiteral("name"), s.name },
                { QStringLiteral("description"), s.description } });
        if (m_options.keepDrafts && !m_profile.isTraining) {
            QDir().mkpath(QFileInfo(serviceCachePath()).absolutePath());
            QSaveFile file(serviceCachePath());
            if (file.open(QIODevice::WriteOnly)) {
                file.write(QJsonDocument(array).toJson(QJsonDocument::Compact));
                file.commit();
            }
        }
        Q_EMIT servicesLoaded(int(result.value().size()));
    });
}

void MainWindow::submit()
{
    if (!m_form->validateAndShow())
        return;
    if (!m_outbox || !m_sender) {
        m_form->showNotice(tr("Reports cannot be sent because the outbox is not available."));
        return;
    }
    if (const std::optional<QString> blocked = ProfileStore::submitBlocker(m_profile)) {
        m_form->showNotice(*blocked);
        return;
    }
    const NewRequest request = m_form->request();
    m_form->setSending(true);
    // A report the city refused is the same report, edited: send it again, not a second one.
    if (m_submission) {
        const std::optional<OutboxEntry> previous = m_outbox->find(m_submission);
        if (previous && previous->state == OutboxEntry::State::Rejected
            && m_outbox->updateRequest(m_submission, request) && m_outbox->resend(m_submission)) {
            m_sender->sendNow(m_submission);
            updateOutboxCount();
            return;
        }
    }
    OutboxEntry entry;
    entry.profile = m_profile.id;
    entry.endpoint = m_profile.baseUrl;
    entry.cityId = m_profile.cityId;
    entry.allowPlainHttp = m_profile.allowPlainHttp;
    entry.request = request;
    entry.serviceName = m_form->selectedServiceName();
    m_submission = m_outbox->add(entry);
    if (m_submission == 0) {
        m_form->showNotice(
            tr("The report could not be saved, so it was not sent. Nothing was lost: "
               "the form still holds it."));
        return;
    }
    updateOutboxCount();
    updateMapRequests();
    if (!m_sender->sendNow(m_submission))
        m_form->showNotice(tr("The report is saved in the outbox and will be sent shortly."));
}

void MainWindow::onEntrySent(qint64 localId, const CreateResult& result)
{
    updateOutboxCount();
    if (m_tracker && m_outbox) {
        if (const std::optional<OutboxEntry> entry = m_outbox->find(localId)) {
            m_tracker->addSent(
                *entry, result.serviceRequestId, QDateTime::currentMSecsSinceEpoch());
            m_trackerModel->refresh();
            if (m_poller)
                m_poller->start();
        }
    }
    const auto known = qScopeGuard([this] { updateMapRequests(); });
    if (localId == m_submission) {
        m_submission = 0;
        const std::optional<OutboxEntry> entry = m_outbox->find(localId);
        m_form->showResult(result, entry ? entry->serviceName : QString());
        if (m_outbox)
            m_outbox->clearDraft(m_profile.id);
    } else if (!m_options.kiosk) {
        // At a kiosk it would be an earlier visitor's number shown to the next one.
        statusBar()->showMessage(
            tr("A waiting report went out: request id %1.").arg(result.serviceRequestId), 10000);
    }
    Q_EMIT reportFiled(localId, result.serviceRequestId);
}

void MainWindow::onEntryFailed(qint64 localId, const Error& error, OutboxEntry::State state)
{
    updateOutboxCount();
    if (localId != m_submission)
        return;
    const auto known = qScopeGuard([this] { updateMapRequests(); });
    switch (state) {
    case OutboxEntry::State::WaitingToRetry:
        m_submission = 0;
        m_form->showNotice(tr("%1 The report is saved in the outbox (number %2) and will be sent "
                              "automatically when the city's server can be reached.")
                               .arg(error.message())
                               .arg(localId));
        break;
    case OutboxEntry::State::Rejected:
        m_form->setSending(false);
        m_form->showError(error);
        break;
    default:
        m_submission = 0;
        m_form->showNotice(
            tr("%1 The report is listed in the Outbox tab (number %2), where you can "
               "check with the city and resend it or record its id.")
                .arg(error.message())
                .arg(localId));
        break;
    }
}

void MainWindow::newReport()
{
    if (!m_form->isEmpty() && !m_form->isShowingResult()) {
        // Cleared by mistake? Undo is offered for a while.
        m_clearedDraft = m_form->toDraft();
        m_undoClear->setVisible(true);
        m_undoTimer->start();
    }
    m_submission = 0;
    m_form->clear();
    if (m_outbox)
        m_outbox->clearDraft(m_profile.id);
    // The report just written counts for the next one, sent or not.
    updateMapRequests();
}

void MainWindow::saveDraftSoon()
{
    if (m_options.keepDrafts)
        m_draftTimer->start();
}

void MainWindow::updateOutboxCount()
{
    if (m_outboxModel)
        m_outboxModel->refresh();
    const int count = m_outbox ? m_outbox->pendingCount() : 0;
    m_outboxLabel->setText(!m_outbox ? tr("Outbox not available")
            : count == 0             ? tr("Outbox empty")
                                     : tr("Outbox: %n waiting", nullptr, count));
    if (m_outboxPanel)
        m_tabs->setTabText(m_tabs->indexOf(m_outboxPanel),
            count == 0 ? tr("&Outbox") : tr("&Outbox (%1)").arg(count));
}

QString MainWindow::deviceId() const
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("deviceId")).toString();
    if (id.isEmpty()) {
        id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(QStringLiteral("deviceId"), id);
    }
    return id;
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_form->splitter()->restoreState(
        settings.value(QStringLiteral("window/splitter")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1280, 800);
    fitToScreen();
    m_restoredSize = size();
}

void MainWindow::fitToScreen()
{
    // A 1366x768 laptop had the coordinates and the status bar below its edge at 1280x800; a
    // geometry saved on a larger monitor can do the same.
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (!screen || isMaximized() || isFullScreen())
        return;
    const QRect available = screen->availableGeometry();
    // The window manager's frame, once the window exists (see event()).
    const QMargins margins = windowHandle() ? windowHandle()->frameMargins() : QMargins();
    const QSize frame(margins.left() + margins.right(), margins.top() + margins.bottom());
    const QSize fitted = size().boundedTo(available.size() - frame);
    if (fitted != size())
        resize(fitted);
    if (!available.contains(QRect(pos(), fitted + frame)))
        move(available.topLeft());
}

void MainWindow::wipePersonalData()
{
    m_submission = 0;
    m_form->clear();
    m_clearedDraft.clear();
    m_undoClear->setVisible(false);
    if (m_geocoder)
        m_geocoder->clearCache();
    // On a kiosk nothing but this app uses the clipboard, so whatever is there came from a
    // visitor; elsewhere only what this app put there is cleared.
    if (m_options.kiosk || QApplication::clipboard()->ownsClipboard())
        QApplication::clipboard()->clear();
    if (m_outbox) {
        m_outbox->scrubSent();
        if (!m_options.keepDrafts)
            m_outbox->clearDraft(m_profile.id);
    }
    showMapHome();
    statusBar()->clearMessage();
}

QFuture<Result<RequestStatus>> MainWindow::statusOf(const QString& requestId)
{
    if (!m_client)
        return QtFuture::makeReadyFuture(
            Result<RequestStatus>(Error::network(tr("Not connected yet."), true)));
    return m_client->statusUpdate(requestId);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_kiosk && !m_kiosk->unlocked()) {
        // No way out of a kiosk without the administrator.
        event->ignore();
        m_kiosk->askForPin();
        return;
    }
    saveMapView();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/splitter"), m_form->splitter()->saveState());
    if (m_draftTimer->isActive()) {
        m_draftTimer->stop();
        if (m_outbox && m_options.keepDrafts)
            m_outbox->saveDraft(m_profile.id, m_form->toDraft());
    }
    QMainWindow::closeEvent(event);
}

} // namespace Open311
