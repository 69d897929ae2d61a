#include "gui/report/ReportDetails.h"

#include "core/NewRequest.h"
#include "gui/report/AttributeFields.h"
#include "gui/report/ContactFields.h"
#include "gui/report/DescriptionEdit.h"
#include "gui/report/FieldErrors.h"
#include "gui/report/PhotoAttachments.h"
#include "gui/report/ReportFormText.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Open311 {

ReportDetails::ReportDetails(FieldErrors& errors, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    m_attributes = new AttributeFields(this);
    m_attributes->hide();
    m_attributesMessage = new QLabel(this);
    m_attributesMessage->setWordWrap(true);
    m_attributesMessage->setAccessibleDescription(ReportFormText::tr("The service's questions"));
    m_attributesMessage->hide();
    m_contact = new ContactFields(this, errors);

    auto* descriptionLabel = new QLabel(ReportFormText::tr("&Description"), this);
    m_description = new DescriptionEdit(this);
    m_description->setAccessibleName(ReportFormText::tr("Description"));
    m_description->setLimit(NewRequest::kMaxDescriptionCodePoints);
    m_description->setPlaceholderText(ReportFormText::tr("What is wrong, and where exactly?"));
    descriptionLabel->setBuddy(m_description);
    m_counter = new QLabel(this);
    m_counter->setAccessibleDescription(ReportFormText::tr("Characters used"));
    m_descriptionNotice = new QLabel(this);
    m_descriptionNotice->setWordWrap(true);
    auto* counterRow = new QHBoxLayout;
    counterRow->addWidget(m_descriptionNotice, 1);
    counterRow->addWidget(m_counter, 0, Qt::AlignRight | Qt::AlignTop);

    auto* photosLabel = new QLabel(ReportFormText::tr("Photos"), this);
    m_photos = new PhotoAttachments(this);
    photosLabel->setBuddy(m_photos->addButton());

    auto* mediaLabel = new QLabel(ReportFormText::tr("Photo or page lin&k"), this);
    m_mediaUrl = new QLineEdit(this);
    m_mediaUrl->setAccessibleName(ReportFormText::tr("Link to a photo or page"));
    m_mediaUrl->setPlaceholderText(ReportFormText::tr("https://\u2026"));
    m_mediaUrl->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    mediaLabel->setBuddy(m_mediaUrl);

    m_send = new QPushButton(this);
    m_send->setAccessibleName(ReportFormText::tr("Send the report"));
    m_send->setDefault(true);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleDescription(ReportFormText::tr("Message"));
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ReportFormText::reserveLines(m_notice, 2);
    m_notice->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    errors.setFormNotice(m_notice, m_send);

    layout->addWidget(m_attributesMessage);
    layout->addWidget(m_attributes);
    layout->addLayout(m_contact->layout());
    layout->addWidget(descriptionLabel);
    layout->addWidget(m_description, 1);
    layout->addLayout(counterRow);
    layout->addWidget(errors.labelFor(m_description, Error::Field::Description));
    layout->addWidget(photosLabel);
    layout->addWidget(m_photos);
    layout->addWidget(errors.labelFor(m_photos, Error::Field::Photos));
    layout->addWidget(mediaLabel);
    layout->addWidget(m_mediaUrl);
    layout->addWidget(errors.labelFor(m_mediaUrl, Error::Field::MediaUrl));
    layout->addWidget(m_send);
    layout->addWidget(m_notice);

    connect(m_description, &DescriptionEdit::lengthChanged, this, &ReportDetails::updateCounter);
    connect(m_description, &DescriptionEdit::limitReached, this, [this](int leftOut) {
        m_descriptionNotice->setText(ReportFormText::tr(
            "The description is limited to %1 characters. Left out: %n.", nullptr, leftOut)
                                         .arg(QLocale().toString(m_description->limit())));
    });
    connect(m_description, &QPlainTextEdit::textChanged, this, &ReportDetails::edited);
    connect(m_attributes, &AttributeFields::edited, this, &ReportDetails::edited);
    connect(m_photos, &PhotoAttachments::changed, this, [this, &errors] {
        errors.hide(Error::Field::Photos);
        Q_EMIT photosChanged();
        Q_EMIT edited();
    });
    QList<QLineEdit*> typed = m_contact->fields();
    typed << m_mediaUrl;
    for (QLineEdit* edit : std::as_const(typed))
        connect(edit, &QLineEdit::textEdited, this, &ReportDetails::edited);
    updateCounter(0);
}

void ReportDetails::updateCounter(int length)
{
    const QLocale locale;
    m_counter->setText(ReportFormText::tr("%1 / %2").arg(
        locale.toString(length), locale.toString(m_description->limit())));
    if (length < m_description->limit())
        m_descriptionNotice->clear();
}

void ReportDetails::setDefinition(const QString& serviceCode, const ServiceDefinition& definition)
{
    m_attributesMessage->hide();
    m_attributes->setDefinition(definition);
    m_shownFor = serviceCode;
    if (m_pending.contains(serviceCode))
        m_attributes->setValues(m_pending.take(serviceCode));
}

void ReportDetails::clearDefinition(bool keepAnswers)
{
    const AttributeValues answered = m_attributes->values();
    if (keepAnswers && !answered.isEmpty()) {
        m_pending.insert(m_shownFor, answered);
    }
    m_attributesMessage->hide();
    m_attributes->clearDefinition();
    m_shownFor.clear();
}

void ReportDetails::setAttributesMessage(const QString& message)
{
    m_attributesMessage->setText(message);
    m_attributesMessage->setVisible(!message.isEmpty());
}

void ReportDetails::fill(NewRequest& request, const QWidget* form) const
{
    // Answers from a draft whose questions have not arrived yet are still the caller's, but
    // only for the service they were given for.
    if (!m_shownFor.isEmpty() && m_shownFor == request.serviceCode)
        request.attributes = m_attributes->values();
    else
        request.attributes = m_pending.value(request.serviceCode);
    m_contact->fill(request, form);
    request.description = m_description->toPlainText();
    request.mediaUrl = m_mediaUrl->text().trimmed();
    // A city that takes no uploads gets none; the photos stay in the form for another.
    if (m_photosAccepted)
        request.photos = photos();
}

MediaFiles ReportDetails::photos() const
{
    MediaFiles files;
    for (const PreparedPhoto& photo : m_photos->photos()) {
        // The bytes are JPEG now, whatever the file was.
        const QFileInfo name(photo.fileName);
        const QString jpegName = name.suffix().compare(u"jpg", Qt::CaseInsensitive) == 0
                || name.suffix().compare(u"jpeg", Qt::CaseInsensitive) == 0
            ? photo.fileName
            : name.completeBaseName() + QStringLiteral(".jpg");
        files.append({ jpegName, QByteArrayLiteral("image/jpeg"), photo.jpeg });
    }
    return files;
}

void ReportDetails::setPhotos(const MediaFiles& files)
{
    QList<PreparedPhoto> photos;
    for (const MediaFile& file : files) {
        PreparedPhoto photo;
        photo.fileName = file.fileName;
        photo.jpeg = file.data;
        photos.append(photo);
    }
    m_photos->setPhotos(photos);
}

void ReportDetails::setPhotoRules(bool uploadsAccepted, bool fileAccess, const QString& folder)
{
    m_photosAccepted = uploadsAccepted;
    m_photos->setUploadsAccepted(uploadsAccepted);
    m_photos->setFileAccess(fileAccess, folder);
}

void ReportDetails::restore(const NewRequest& request)
{
    m_contact->restore(request);
    if (!m_shownFor.isEmpty() && m_shownFor == request.serviceCode) {
        m_pending.remove(request.serviceCode);
        m_attributes->setValues(request.attributes);
    } else {
        m_pending.insert(request.serviceCode, request.attributes);
    }
    m_description->setPlainText(request.description);
    m_mediaUrl->setText(request.mediaUrl);
}

bool ReportDetails::isEmpty() const
{
    return m_contact->isEmpty() && m_attributes->isEmpty() && m_pending.isEmpty()
        && m_description->toPlainText().isEmpty() && m_mediaUrl->text().isEmpty()
        && m_photos->isEmpty();
}

void ReportDetails::clear()
{
    m_contact->clear();
    m_attributes->clearValues();
    m_pending.clear();
    // setText(), unlike clear(), also drops the undo history: nothing typed stays behind.
    m_mediaUrl->setText(QString());
    m_description->clear(); // drops its undo history too
    m_descriptionNotice->clear();
    m_photos->clear();
}

} // namespace Open311
