#include "gui/report/PhotoThumbnail.h"

#include "gui/report/ReportFormText.h"

#include <QEvent>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace Open311 {

PhotoThumbnail::PhotoThumbnail(const QString& fileName, QWidget* parent)
    : QFrame(parent)
    , m_fileName(fileName)
{
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);

    m_image = new QLabel(ReportFormText::tr("Preparing\u2026"), this);
    m_image->setFixedSize(kSide, kSide);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setWordWrap(true);
    m_image->setAccessibleName(ReportFormText::tr("Preparing %1").arg(fileName));

    // A file name is the person's words, never markup.
    m_name = new QLabel(this);
    m_name->setTextFormat(Qt::PlainText);
    m_name->setFixedWidth(kSide);
    m_name->setAlignment(Qt::AlignHCenter);
    m_name->setAccessibleName(fileName);
    m_name->setToolTip(fileName);

    m_remove = new QPushButton(ReportFormText::tr("Remove"), this);
    m_remove->setAccessibleName(ReportFormText::tr("Remove photo %1").arg(fileName));
    m_remove->setMinimumHeight(kTouchTarget);
    // At once, not when the photo is ready: a slow or stuck one must not hold the report.

    layout->addWidget(m_image, 0, Qt::AlignHCenter);
    layout->addWidget(m_name);
    layout->addWidget(m_remove);
    elide();
}

void PhotoThumbnail::setThumbnail(const QImage& thumbnail)
{
    m_ready = true;
    m_thumbnail = thumbnail;
    m_image->setAccessibleName(ReportFormText::tr("Photo %1").arg(m_fileName));
    render();
}

void PhotoThumbnail::showEvent(QShowEvent* event)
{
    // The window may have moved to a screen of another pixel ratio since.
    render();
    QFrame::showEvent(event);
}

void PhotoThumbnail::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        elide();
    QFrame::changeEvent(event);
}

void PhotoThumbnail::render()
{
    if (!m_ready)
        return;
    if (m_thumbnail.isNull()) {
        m_image->setText(ReportFormText::tr("No preview"));
        return;
    }
    // Shrunk to the tile but never enlarged past the thumbnail's own size at a ratio of 1, so a
    // tiny photo stays tiny and a sharp one stays sharp on a high-density screen.
    QSize logical = m_thumbnail.size();
    if (logical.width() > kSide || logical.height() > kSide)
        logical.scale(kSide, kSide, Qt::KeepAspectRatio);
    const qreal ratio = devicePixelRatioF();
    const QSize physical = (QSizeF(logical) * ratio).toSize().expandedTo(QSize(1, 1));
    QPixmap pixmap = QPixmap::fromImage(m_thumbnail.size() == physical
            ? m_thumbnail
            : m_thumbnail.scaled(physical, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(ratio);
    m_image->setPixmap(pixmap);
}

void PhotoThumbnail::elide()
{
    // The middle goes, so that the end a camera numbers its photos by stays.
    m_name->setText(m_name->fontMetrics().elidedText(m_fileName, Qt::ElideMiddle, kSide));
}

} // namespace Open311
