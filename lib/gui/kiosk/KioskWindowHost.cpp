#include "gui/kiosk/KioskWindowHost.h"

#include "gui/kiosk/KioskController.h"
#include "i18n/Translations.h"

#include <QTimer>

namespace Open311 {

namespace {

// Settings' tags ("zh_TW") and Translations::language() ("zh-TW") name a language alike.
QString bcp47(const QString& tag)
{
    return QString(tag).replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace

KioskWindowHost::KioskWindowHost(const MainWindow::Options& options, const QString& kioskLanguage,
    std::function<void(MainWindow&)> show, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_kioskLanguage(bcp47(kioskLanguage))
    , m_language(bcp47(Translations::language()))
    , m_show(std::move(show))
    , m_window(std::make_unique<MainWindow>(m_options))
{
    adopt();
}

KioskWindowHost::~KioskWindowHost() = default;

void KioskWindowHost::adopt()
{
    KioskController* kiosk = m_window->kiosk();
    if (!kiosk)
        return;
    connect(kiosk, &KioskController::languageChosen, this, [this](const QString& language) {
        if (bcp47(language) == m_language) {
            m_window->kiosk()->startSession();
            return;
        }
        // Not from inside the old window's own signal: it is about to be deleted.
        QTimer::singleShot(0, this, [this, language] { build(language, true); });
    });
    connect(kiosk, &KioskController::sessionEnded, this, [this] {
        if (m_language != m_kioskLanguage)
            QTimer::singleShot(0, this, [this] { build(m_kioskLanguage, false); });
    });
}

void KioskWindowHost::build(const QString& language, bool startSession)
{
    // One window at a time: both would open the same outbox and training city.
    m_window.reset();
    Translations::switchTo(QString(language).replace(QLatin1Char('-'), QLatin1Char('_')));
    m_language = bcp47(language);
    m_window = std::make_unique<MainWindow>(m_options);
    adopt();
    if (m_show)
        m_show(*m_window);
    if (startSession && m_window->kiosk())
        m_window->kiosk()->startSession();
    Q_EMIT windowReplaced(m_window.get());
}

} // namespace Open311
