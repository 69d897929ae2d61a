#include "gui/report/ResultPanel.h"

#include "gui/widgets/AccessibleText.h"

#include "gui/kiosk/QrCodeWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace Open311 {

ResultPanel::ResultPanel(QWidget* parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_id(new QLineEdit(this))
    , m_qr(new QrCodeWidget(this))
    , m_takeAway(new QLabel(this))
    , m_copy(new QPushButton(tr("&Copy id"), this))
    , m_service(new QLabel(this))
    , m_sla(new QLabel(this))
    , m_newReport(new QPushButton(this))
    , m_print(new QPushButton(tr("&Print"), this))
{
    auto* layout = new QVBoxLayout(this);
    m_heading->setText(tr("The report was filed. Request id:"));
    m_heading->setWordWrap(true);
    QFont big = m_id->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    m_id->setFont(big);
    // The kiosk's style sheet sizes it by this name: a sheet overrides fonts set in code.
    m_id->setObjectName(QStringLiteral("resultRequestId"));
    m_id->setReadOnly(true);
    m_id->setAlignment(Qt::AlignCenter);
    m_id->setAccessibleName(tr("Request id"));
    m_heading->setBuddy(m_id);
    m_qr->setAccessibleName(tr("QR code of the request id"));
    m_qr->setVisible(false);
    m_takeAway->setText(
        tr("Scan the code with your phone, or write the number down: with it you can "
           "check on your report here or with the city."));
    m_takeAway->setWordWrap(true);
    m_takeAway->setAlignment(Qt::AlignCenter);
    m_takeAway->setVisible(false);
    m_copy->setAccessibleName(tr("Copy the request id"));
    m_service->setWordWrap(true);
    m_sla->setWordWrap(true);
    m_sla->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sla->setAccessibleDescription(tr("What the city promises"));
    m_newReport->setAccessibleName(tr("Start a new report"));
    layout->addStretch(1);
    layout->addWidget(m_heading);
    layout->addWidget(m_id);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);
    layout->addWidget(m_takeAway);
    auto* actions = new QHBoxLayout;
    actions->addStretch(1);
    actions->addWidget(m_copy);
    actions->addWidget(m_print);
    actions->addStretch(1);
    layout->addLayout(actions);
    layout->addWidget(m_service);
    layout->addWidget(m_sla);
    layout->addSpacing(12);
    layout->addWidget(m_newReport);
    layout->addStretch(2);
    connect(m_copy, &QPushButton::clicked, this,
        [this] { QApplication::clipboard()->setText(m_id->text()); });
    connect(m_newReport, &QPushButton::clicked, this, &ResultPanel::newReportRequested);
    m_print->setAccessibleName(tr("Print the request id"));
    // Only where a printer is configured (a kiosk's receipt printer, say); no dialog.
    m_print->setVisible(!QPrinterInfo::defaultPrinter().isNull());
    connect(m_print, &QPushButton::clicked, this, &ResultPanel::print);
    setKioskMode(false);
}

void ResultPanel::setKioskMode(bool kiosk)
{
    m_kiosk = kiosk;
    // A touch screen has no keyboard to hint at; elsewhere the keys as the menus write them.
    m_print->setText(kiosk ? tr("Print") : tr("&Print"));
    m_newReport->setText(kiosk
            ? tr("New report")
            : tr("%1 (%2)").arg(tr("&New report"),
                QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_copy->setVisible(!kiosk);
    m_takeAway->setVisible(kiosk);
    m_qr->setVisible(kiosk && m_qr->hasCode());
}

void ResultPanel::show(const CreateResult& result, const QString& serviceName)
{
    m_result = result;
    m_serviceName = serviceName;
    // A batch service answers with a token; the number follows in the Tracker.
    const bool waiting = result.serviceRequestId.isEmpty() && !result.token.isEmpty();
    m_heading->setText(waiting ? tr("The report was received. The city gives it a number later; "
                                    "the Tracker shows it when it does. Token:")
                               : tr("The report was filed. Request id:"));
    m_id->setAccessibleName(waiting ? tr("Token") : tr("Request id"));
    m_id->setText(waiting ? result.token : result.serviceRequestId);
    // A token can be longer than the field; it is shown from its start, and copied whole.
    m_id->setCursorPosition(0);
    m_copy->setText(waiting ? tr("&Copy token") : tr("&Copy id"));
    m_qr->setText(result.serviceRequestId);
    m_qr->setVisible(m_kiosk && m_qr->hasCode());
    m_service->setText(tr("Service: %1").arg(serviceName));
    m_sla->setText(result.serviceLevelAgreement.isEmpty()
            ? tr("The city did not say when it will act.")
            : tr("The city says: %1").arg(result.serviceLevelAgreement));
    // Focus reads the id with what it is; the heading is said as it appears.
    m_id->setAccessibleDescription(m_heading->text() + QLatin1Char(' ') + m_service->text());
    m_id->setFocus();
    m_id->selectAll();
    AccessibleText::announce(m_heading);
}

void ResultPanel::clear()
{
    m_result = CreateResult();
    m_serviceName.clear();
    m_id->setText(QString());
    m_qr->setText(QString());
    m_qr->setVisible(false);
    m_service->clear();
    m_sla->clear();
}

QString ResultPanel::requestId() const
{
    return m_result.serviceRequestId;
}

void ResultPanel::print()
{
    QPrinter printer(QPrinterInfo::defaultPrinter());
    QPainter painter;
    if (!painter.begin(&printer))
        return;
    QFont font = painter.font();
    font.setPointSize(14);
    painter.setFont(font);
    const QRect page = painter.viewport();
    const int flags = Qt::AlignTop | Qt::AlignLeft | Qt::TextWordWrap;
    const QString text
        = tr("Request id: %1\nService: %2\n%3")
              .arg(m_result.serviceRequestId, m_serviceName, m_result.serviceLevelAgreement);
    const QRect written = painter.boundingRect(page, flags, text);
    painter.drawText(page, flags, text);
    if (m_qr->hasCode()) {
        // Under the text, half the paper's width: a receipt roll is narrow.
        const int top = written.bottom() + written.height() / 3;
        const int side = qMin(page.width() / 2, page.bottom() - top);
        if (side > 0)
            m_qr->drawCode(painter, QRect(page.left(), top, side, side));
    }
    painter.end();
}

} // namespace Open311
