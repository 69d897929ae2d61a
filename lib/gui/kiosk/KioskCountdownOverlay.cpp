#include "gui/kiosk/KioskCountdownOverlay.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QVBoxLayout>

namespace Open311 {

namespace {

// Dark enough that the card stands out, light enough that the form stays recognisable.
constexpr int kScrimAlpha = 150;
constexpr int kCardRadius = 24;

} // namespace

KioskCountdownOverlay::KioskCountdownOverlay(QWidget* parent)
    : QWidget(parent)
    , m_card(new QWidget(this))
    , m_message(new QLabel(m_card))
    , m_carryOn(new QPushButton(m_card))
{
    // Sizes through the kiosk's style sheet, which would override fonts set in code.
    m_message->setObjectName(QStringLiteral("kioskCountdown"));
    m_carryOn->setObjectName(QStringLiteral("kioskStillHere"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_carryOn->setMinimumSize(320, 96);
    m_carryOn->setDefault(true);
    m_card->setMinimumWidth(600);
    m_card->setMaximumWidth(960);

    auto* cardLayout = new QVBoxLayout(m_card);
    cardLayout->setContentsMargins(48, 40, 48, 40);
    cardLayout->setSpacing(32);
    cardLayout->addWidget(m_message);
    cardLayout->addWidget(m_carryOn, 0, Qt::AlignHCenter);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 32, 32, 32);
    layout->addStretch(1);
    layout->addWidget(m_card, 0, Qt::AlignHCenter);
    layout->addStretch(1);
    hide();
}

void KioskCountdownOverlay::setMessage(const QString& text)
{
    m_message->setText(text);
}

QString KioskCountdownOverlay::message() const
{
    return m_message->text();
}

void KioskCountdownOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    // A scrim, not a background: the visitor's form shows through.
    painter.fillRect(rect(), QColor(0, 0, 0, kScrimAlpha));
    QPainterPath card;
    card.addRoundedRect(QRectF(m_card->geometry()), kCardRadius, kCardRadius);
    painter.fillPath(card, palette().color(QPalette::Window));
}

} // namespace Open311
