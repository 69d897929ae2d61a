#include "KioskStartScreen.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTranslator>
#include <QVBoxLayout>

namespace Open311 {

namespace {

const char* const kGreeting = QT_TRANSLATE_NOOP("Open311::KioskStartScreen", "Report a problem");

} // namespace

QStringList KioskStartScreen::greetings()
{
    QStringList lines;
    for (const char* language : { "en", "es" }) {
        QTranslator translator;
        QString text = QString::fromUtf8(kGreeting);
        if (translator.load(QStringLiteral("open311_%1").arg(QLatin1String(language)), QStringLiteral(":/i18n"))) {
            const QString translated = translator.translate("Open311::KioskStartScreen", kGreeting);
            if (!translated.isEmpty())
                text = translated;
        }
        if (!lines.contains(text))
            lines << text;
    }
    return lines;
}

KioskStartScreen::KioskStartScreen(QWidget* parent)
    : QWidget(parent),
      m_start(new QPushButton(this)),
      m_lookupId(new QLineEdit(this)),
      m_lookup(new QPushButton(tr("Check"), this)),
      m_lookupResult(new QLabel(this))
{
    auto* welcome = new QLabel(tr("Welcome. Tell the city about a pothole, graffiti, a broken street "
                                  "light or another problem that is not an emergency."),
                               this);
    welcome->setWordWrap(true);
    welcome->setAlignment(Qt::AlignCenter);
    // Sizes through the style sheet: the kiosk's sheet would override fonts set in code.
    welcome->setObjectName(QStringLiteral("kioskWelcome"));
    m_start->setObjectName(QStringLiteral("kioskStart"));
    m_start->setText(greetings().join(QStringLiteral("\n")));
    m_start->setAccessibleName(tr("Report a problem"));
    m_start->setMinimumSize(560, 180);
    auto* emergency = new QLabel(tr("For emergencies, call your local emergency number."), this);
    emergency->setAlignment(Qt::AlignCenter);

    auto* lookupLabel = new QLabel(tr("Already reported? Enter your request id:"), this);
    lookupLabel->setBuddy(m_lookupId);
    m_lookupId->setAccessibleName(tr("Request id to look up"));
    m_lookupId->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_lookupId->setMaximumWidth(320);
    m_lookup->setAccessibleName(tr("Check the status of this request"));
    m_lookupResult->setWordWrap(true);
    m_lookupResult->setAlignment(Qt::AlignCenter);
    m_lookupResult->setAccessibleName(tr("Status of the request"));

    auto* lookupRow = new QHBoxLayout;
    lookupRow->addStretch(1);
    lookupRow->addWidget(lookupLabel);
    lookupRow->addWidget(m_lookupId);
    lookupRow->addWidget(m_lookup);
    lookupRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(welcome);
    layout->addSpacing(24);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(emergency);
    layout->addStretch(1);
    layout->addLayout(lookupRow);
    layout->addWidget(m_lookupResult);
    layout->addStretch(1);

    connect(m_start, &QPushButton::clicked, this, &KioskStartScreen::startRequested);
    auto lookup = [this] {
        const QString id = m_lookupId->text().trimmed();
        if (!id.isEmpty()) {
            m_lookupResult->setText(tr("Checking\u2026"));
            Q_EMIT lookupRequested(id);
        }
    };
    connect(m_lookup, &QPushButton::clicked, this, lookup);
    connect(m_lookupId, &QLineEdit::returnPressed, this, lookup);
}

void KioskStartScreen::showLookupResult(const QString& text)
{
    m_lookupResult->setText(text);
}

void KioskStartScreen::clear()
{
    m_lookupId->setText(QString()); // setText also drops the undo history
    m_lookupResult->clear();
}

} // namespace Open311
