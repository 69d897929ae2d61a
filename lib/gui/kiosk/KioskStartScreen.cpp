#include "gui/kiosk/KioskStartScreen.h"

#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTranslator>
#include <QVBoxLayout>

#include <memory>
#include <vector>

namespace Open311 {

namespace {

const char* const kContext = "Open311::KioskStartScreen";
const char* const kGreeting = QT_TRANSLATE_NOOP("Open311::KioskStartScreen", "Report a problem");
const char* const kWelcome = QT_TRANSLATE_NOOP("Open311::KioskStartScreen",
    "Welcome. Tell the city about a pothole, graffiti, a broken street "
    "light or another problem that is not an emergency.");
const char* const kEmergency = QT_TRANSLATE_NOOP(
    "Open311::KioskStartScreen", "For emergencies, call your local emergency number.");

// One translator per language asked for, whatever the interface's language is.
std::vector<std::unique_ptr<QTranslator>> loadLanguages(const QStringList& languages)
{
    std::vector<std::unique_ptr<QTranslator>> translators;
    for (const QString& language : languages) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral("open311_") + language, QStringLiteral(":/i18n")))
            translators.push_back(std::move(translator));
    }
    return translators;
}

// The interface's language first, then every other that says it differently.
QStringList inEveryLanguage(
    const std::vector<std::unique_ptr<QTranslator>>& languages, const char* source)
{
    QStringList texts { QCoreApplication::translate(kContext, source) };
    for (const auto& language : languages) {
        QString text = language->translate(kContext, source);
        if (text.isEmpty())
            text = QString::fromUtf8(source);
        if (!texts.contains(text))
            texts << text;
    }
    return texts;
}

} // namespace

QStringList KioskStartScreen::defaultLanguages()
{
    return { QStringLiteral("en"), QStringLiteral("es") };
}

QStringList KioskStartScreen::greetings(const QStringList& languages)
{
    return inEveryLanguage(loadLanguages(languages), kGreeting);
}

QStringList KioskStartScreen::welcomes(const QStringList& languages)
{
    return inEveryLanguage(loadLanguages(languages), kWelcome);
}

KioskStartScreen::KioskStartScreen(const QStringList& languages, QWidget* parent)
    : QWidget(parent)
    , m_start(new QPushButton(this))
    , m_lookupId(new QLineEdit(this))
    , m_lookup(new QPushButton(tr("Check"), this))
    , m_lookupResult(new QLabel(this))
{
    // A visitor may not read the interface's language: what the screen is for, and where to
    // turn in an emergency, are in every language the kiosk serves.
    const std::vector<std::unique_ptr<QTranslator>> translators = loadLanguages(languages);
    QList<QLabel*> welcomeLabels;
    for (const QString& text : inEveryLanguage(translators, kWelcome)) {
        auto* welcome = new QLabel(text, this);
        welcome->setWordWrap(true);
        welcome->setAlignment(Qt::AlignCenter);
        // Sizes through the style sheet: the kiosk's sheet would override fonts set in code.
        welcome->setObjectName(QStringLiteral("kioskWelcome"));
        welcomeLabels << welcome;
    }
    m_start->setObjectName(QStringLiteral("kioskStart"));
    // With a button per language below it, the large button speaks the interface's language
    // alone: three greetings on it left no room on a 1280x720 screen.
    const QStringList greetings = inEveryLanguage(translators, kGreeting);
    m_start->setText(languages.size() > 1 ? greetings.first() : greetings.join(u'\n'));
    m_start->setAccessibleName(tr("Report a problem"));
    m_start->setMinimumSize(560, 180);
    QList<QLabel*> emergencyLabels;
    for (const QString& text : inEveryLanguage(translators, kEmergency)) {
        auto* emergency = new QLabel(text, this);
        emergency->setWordWrap(true);
        emergency->setAlignment(Qt::AlignCenter);
        emergencyLabels << emergency;
    }

    auto* lookupLabel = new QLabel(tr("Already reported? Enter your request id:"), this);
    lookupLabel->setBuddy(m_lookupId);
    m_lookupId->setAccessibleName(tr("Request id to look up"));
    m_lookupId->setInputMethodHints(
        Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
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
    for (QLabel* welcome : welcomeLabels)
        layout->addWidget(welcome);
    layout->addSpacing(24);
    layout->addWidget(m_start, 0, Qt::AlignHCenter);
    // The form in the visitor's own language: each language by its own name.
    if (languages.size() > 1) {
        auto* languageRow = new QHBoxLayout;
        languageRow->addStretch(1);
        for (const QString& language : languages) {
            auto* button = new QPushButton(Translations::nativeName(language), this);
            button->setObjectName(QStringLiteral("kioskLanguage"));
            button->setMinimumSize(120, 56);
            connect(button, &QPushButton::clicked, this,
                [this, language] { Q_EMIT languageChosen(language); });
            languageRow->addWidget(button);
            m_languageButtons << button;
        }
        languageRow->addStretch(1);
        layout->addSpacing(12);
        layout->addLayout(languageRow);
    }
    layout->addSpacing(12);
    for (QLabel* emergency : emergencyLabels)
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
