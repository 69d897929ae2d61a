#include "gui/window/RequestDetailsDialog.h"

#include "gui/tracker/TrackerModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Open311 {

RequestDetailsDialog::RequestDetailsDialog(
    const FeedRequest& request, bool canFollow, QWidget* parent)
    : QDialog(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(
        request.queued ? tr("A report waiting in the outbox") : tr("Request %1").arg(request.id));
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setText(tr("%1\nStatus: %2\nReported: %3\n%4\n\n%5")
                      .arg(request.serviceName, TrackerModel::statusText(request.status),
                          request.requested.isValid() ? QLocale().toString(
                              request.requested.toLocalTime(), QLocale::LongFormat)
                                                      : tr("unknown"),
                          request.address, request.description));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* follow
        = buttons->addButton(tr("Follow this request"), QDialogButtonBox::ActionRole);
    follow->setAccessibleName(tr("Follow this request"));
    follow->setVisible(canFollow && !request.queued);
    connect(follow, &QPushButton::clicked, this, [this, id = request.id] {
        Q_EMIT followRequested(id);
        close();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(buttons);
}

} // namespace Open311
